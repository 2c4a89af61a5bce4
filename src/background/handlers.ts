/** The list of everything the worker can do for the panel: one line per request type. */
import { createReferral } from "../salesforce/operations/create-referral";
import { getCasePanel } from "../salesforce/operations/get-case-panel";
import { getOrgContext } from "../salesforce/operations/get-org-context";
import { getPooledAccount } from "../salesforce/operations/get-pooled-account";
import { logActivity } from "../salesforce/operations/log-activity";
import { saveNotes } from "../salesforce/operations/save-notes";
import type { Handlers } from "./router";

export const handlers: Handlers = {
  "case/panel": async (request, org) => getCasePanel(org.connection, request.caseId, await getOrgContext(org.connection, org.session)),
  "activity/log": (request, org) => logActivity(org.connection, request),
  "case/save-notes": (request, org) => saveNotes(org.connection, request),
  "pooled-account/banner": (request, org) => getPooledAccount(org.connection, request.object, request.recordId, { session: org.session, apiHost: org.apiHost }),
  "pooled-account/create-referral": ({ type: _type, ...input }, org) => createReferral(org.connection, input, { session: org.session }),
};
