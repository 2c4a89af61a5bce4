/** The list of everything the worker can do for the panel: one line per request type. */
import { getCasePanel } from "../salesforce/operations/get-case-panel";
import { getOrgContext } from "../salesforce/operations/get-org-context";
import type { Handlers } from "./router";

export const handlers: Handlers = {
  "case/panel": async (request, org) => getCasePanel(org.connection, request.caseId, await getOrgContext(org.connection, org.session)),
};
