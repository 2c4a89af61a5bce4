/** The list of everything the worker can do for the panel: one line per request type. */
import { claimCase } from "../salesforce/operations/claim-case";
import { closeCase } from "../salesforce/operations/close-case";
import { createReferral } from "../salesforce/operations/create-referral";
import { getCloseOptions } from "../salesforce/operations/get-close-options";
import { getCasePanel } from "../salesforce/operations/get-case-panel";
import { getOrgContext } from "../salesforce/operations/get-org-context";
import { getPooledAccount } from "../salesforce/operations/get-pooled-account";
import { logActivity } from "../salesforce/operations/log-activity";
import { saveNotes } from "../salesforce/operations/save-notes";
import { transferCase } from "../salesforce/operations/transfer-case";
import { withRetry } from "../salesforce/retry";
import type { Handlers } from "./router";

export const handlers: Handlers = {
  "case/panel": async (request, org) => getCasePanel(org.connection, request.caseId, await getOrgContext(org.connection, org.session)),
  "activity/log": (request, org) => logActivity(org.connection, request),
  "case/save-notes": (request, org) => saveNotes(org.connection, request),
  "pooled-account/banner": (request, org) => getPooledAccount(org.connection, request.object, request.recordId, { session: org.session, apiHost: org.apiHost }),
  "pooled-account/create-referral": ({ type: _type, ...input }, org) => createReferral(org.connection, input, { session: org.session }),
  // Claim, transfer and close retry UNABLE_TO_LOCK_ROW (see retry.ts); "me" comes from the session, never the panel.
  "case/claim": async ({ type: _type, ...version }, org) => {
    const { me, pooledOwnerUserIds } = await getOrgContext(org.connection, org.session);
    return withRetry(() => claimCase(org.connection, version, { meId: me.id, pooledOwnerUserIds }));
  },
  "case/transfer": async ({ type: _type, ...input }, org) => {
    const { me } = await getOrgContext(org.connection, org.session);
    return withRetry(() => transferCase(org.connection, input, me.name));
  },
  "case/close": ({ type: _type, ...input }, org) => withRetry(() => closeCase(org.connection, input)),
  "case/close-options": (_request, org) => getCloseOptions(org.connection, org.session),
};
