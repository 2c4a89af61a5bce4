/**
 * The worker's reads of a case for the panel: started early by the content
 * script's prefetch (with the session's org context beside it, for the first panel
 * of a session), and served to the panel's "case/panel" from that read when one is
 * in flight or just done.
 */
import type { CasePanelAnswer } from "../messaging/case-panel-data";
import { getCasePanel } from "../salesforce/operations/get-case-panel";
import { createCasePrefetch } from "./case-prefetch";
import { namesOf, orgContextOf } from "./org-work";
import type { HandlerContext } from "./router";

const prefetched = createCasePrefetch();

async function readCasePanel(org: HandlerContext, caseId: string): Promise<CasePanelAnswer> {
  return getCasePanel(org.connection, caseId, await namesOf(org));
}

/** The page was recognised as this case: read it now, and the org context beside it (nothing waits for either). */
export function prefetchCasePanel(org: HandlerContext, caseId: string): { started: true } {
  prefetched.start(org, caseId, () => readCasePanel(org, caseId));
  orgContextOf(org).catch(() => undefined);
  return { started: true };
}

/** The panel's case: the prefetched read when there is one for this org, session and case, else a read now. */
export async function casePanelFor(org: HandlerContext, caseId: string): Promise<CasePanelAnswer> {
  return (await prefetched.take(org, caseId)) ?? readCasePanel(org, caseId);
}
