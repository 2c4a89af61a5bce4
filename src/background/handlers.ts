/** The list of everything the worker can do for the panel: one line per request type. */
import type { CaseVersion } from "../messaging/case-actions";
import type { OrgContext } from "../messaging/org-context";
import type { OrgNames } from "../salesforce/query/org-names";
import { claimCase } from "../salesforce/operations/claim-case";
import { closeCase } from "../salesforce/operations/close-case";
import { closeUpgradeOpportunity } from "../salesforce/operations/close-upgrade-opportunity";
import { createReferral } from "../salesforce/operations/create-referral";
import { createUpgradeOpportunity } from "../salesforce/operations/create-upgrade-opportunity";
import { getCloseOptions } from "../salesforce/operations/get-close-options";
import { getPooledAccount } from "../salesforce/operations/get-pooled-account";
import { getPoolOverview } from "../salesforce/operations/get-pool-overview";
import { logActivity } from "../salesforce/operations/log-activity";
import { saveNotes } from "../salesforce/operations/save-notes";
import { takeNext } from "../salesforce/operations/take-next";
import { getTeamCases } from "../salesforce/operations/team/team-cases";
import { getTeamNow } from "../salesforce/operations/team/team-now";
import { getTeamPeriod } from "../salesforce/operations/team/team-period";
import { transferCase } from "../salesforce/operations/transfer-case";
import { withRetry } from "../salesforce/retry";
import { openCaseInSalesforceTab, poolReadOwner, recordPoolRead } from "./badge";
import { casePanelFor } from "./case-panel-reads";
import { noticeWork, poolReadOf } from "./notifications";
import { caseWrite, logWrite, referralWrite, upgradeWrite } from "./lost-answers";
import { namesOf, orgContextOf, withOrgNames } from "./org-work";
import type { HandlerContext, Handlers } from "./router";
import { oneCreatePerAe } from "./upgrade-creates";
import { checkOrg, connectOrg, disconnectOrg, sessionStatus } from "./org-setup-handlers";

/** The panel's claim, retrying UNABLE_TO_LOCK_ROW; "me" comes from the session, never the panel. */
async function claimFor(org: HandlerContext) {
  const [{ me, pooledOwnerUserIds, profile }, names] = await Promise.all([orgContextOf(org), namesOf(org)]);
  return (version: CaseVersion) => withRetry(() => claimCase(org.connection, version, { meId: me.id, pooledOwnerUserIds, profile, names }));
}

const withoutType = <R extends { type: string }>({ type: _type, ...rest }: R): Omit<R, "type"> => rest;

/** A read of the team view: the session's context, and the org's names (checked again if Salesforce refuses one). */
async function teamRead<T>(org: HandlerContext, read: (context: OrgContext, names: OrgNames) => Promise<T>): Promise<T> {
  const context = await orgContextOf(org);
  return withOrgNames(org, (names) => read(context, names));
}

export const handlers: Handlers = {
  "org/context": (_request, org) => orgContextOf(org),
  "case/panel": (request, org) => casePanelFor(org, request.caseId),
  // Writes run under a deadline, once per key; a lost answer is followed by one re-read (lost-answers.ts).
  "activity/log": (request, org) => logWrite(org, request, () => logActivity(org.connection, request, org.profile)),
  "case/save-notes": async (request, org) => saveNotes(org.connection, request, await namesOf(org)),
  "pooled-account/banner": (request, org) =>
    withOrgNames(org, (names) => getPooledAccount(org.connection, request.object, request.recordId, { session: org.session, apiHost: org.apiHost, names })),
  "pooled-account/create-referral": (request, org) => referralWrite(org, request, () => createReferral(org.connection, withoutType(request), { session: org.session, profile: org.profile })),
  // Claim, transfer and close retry UNABLE_TO_LOCK_ROW (see retry.ts); "me" comes from the session, never the panel.
  // Each runs once per key under a deadline; a lost answer is followed by the panel's read of the case (lost-answers.ts).
  "case/claim": (request, org) => caseWrite(org, request, "the case was claimed", async () => (await claimFor(org))(withoutType(request))),
  "case/transfer": (request, org) =>
    caseWrite(org, request, "the case was transferred", async () => {
      const [{ me }, names] = await Promise.all([orgContextOf(org), namesOf(org)]);
      return withRetry(() => transferCase(org.connection, withoutType(request), me, names));
    }),
  "case/close": (request, org) =>
    caseWrite(org, request, "the case was closed", async () => {
      const names = await namesOf(org);
      return withRetry(() => closeCase(org.connection, withoutType(request), names));
    }),
  "case/close-options": async (_request, org) => getCloseOptions(org.connection, org.session, await namesOf(org)),
  // The popup: one Composite; when its page holds the whole queue, the toolbar badge rides on it.
  "pool/overview": async (request, org) => {
    const context = await orgContextOf(org);
    const overview = await withOrgNames(org, (names) => getPoolOverview(org.connection, context, names, new Date(), request.rows));
    if (!overview.queueTruncated) await recordPoolRead(poolReadOwner(context), overview.queue.map((row) => ({ ...row, accountId: row.account?.id ?? null })));
    void noticeWork(org.apiHost, context, poolReadOf(overview));
    return overview;
  },
  // Take next reuses the panel's claim, one try per case in the popup's order, then shows the case in the Salesforce tab.
  "pool/take-next": async (request, org) => {
    const claim = await claimFor(org);
    const { me } = await orgContextOf(org);
    const result = await takeNext(request.candidates, (version) => caseWrite(org, { type: "case/claim", ...version }, "the case was claimed", () => claim(version)), me.id);
    if (!result.claimed) return { ...result, openedInTab: false };
    await openCaseInSalesforceTab(org.apiHost, result.claimed.id);
    return { ...result, openedInTab: true };
  },
  // One create per AE at a time (upgrade-creates.ts); the create itself verifies the cap against other browsers; a lost answer is re-read (lost-answers.ts).
  "upgrade/create": async (request, org) => {
    const context = await orgContextOf(org);
    return oneCreatePerAe(`${org.apiHost} ${context.me.id}`, request.caseId, () =>
      upgradeWrite(org, request, () => createUpgradeOpportunity(org.connection, request.caseId, context)),
    );
  },
  "upgrade/close": async ({ type: _type, ...input }, org) => closeUpgradeOpportunity(org.connection, input, await orgContextOf(org)),
  "org/check": (request, org) => checkOrg(request, org),
  "session/status": (_request, org) => sessionStatus(org),
  "session/connect": (_request, org) => connectOrg(org),
  "session/disconnect": (_request, org) => disconnectOrg(org),
  // The team view (tabs/team.html): one Composite per view; the cases behind an aggregate's figure, one query.
  "team/now": (request, org) => teamRead(org, (context, names) => getTeamNow(org.connection, context, names, request.poolKey)),
  "team/period": (request, org) => teamRead(org, (context, names) => getTeamPeriod(org.connection, context, names, request.poolKey, request.period)),
  "team/cases": (request, org) => teamRead(org, (context, names) => getTeamCases(org.connection, context, names, request.poolKey, request.figure)),
};
