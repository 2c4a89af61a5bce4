/** The list of everything the worker can do for the panel: one line per request type. */
import { getCase } from "../salesforce/operations/get-case";
import type { Handlers } from "./router";

export const handlers: Handlers = {
  "case/get": (request, org) => getCase(org.connection, request.caseId),
};
