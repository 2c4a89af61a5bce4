/**
 * The case read the worker starts when a tab goes to a case page, held until the
 * panel's own "case/panel" asks (its frame is still loading meanwhile): the frame's
 * load and the network overlap instead of adding up.
 *
 * Each read is kept in memory under its org host, its session (the token: another
 * user's login is another key, as for the worker's connections) and its case, for
 * a short life, and is taken once: a later refresh reads again. Its answer is
 * parsed before it is served; a read that failed gives the panel its error (a
 * second try would cost a call and most often fail the same way).
 */
import { toId18 } from "../domain/salesforce-id";
import { CasePanelAnswerSchema, type CasePanelAnswer } from "../messaging/case-panel-data";
import type { HandlerContext } from "./router";

/** Long enough for a slow frame to load; short enough that nothing stale is ever served. */
export const PREFETCH_LIFE_MS = 15_000;
/** A second start for the same case this soon (a page load's request and its URL change both report the page) joins the first. */
const SAME_NAVIGATION_MS = 2_000;

interface Entry {
  startedAt: number;
  /** Null once the panel took it: the navigation's read is spent, a late report of it must not start another. */
  answer: Promise<CasePanelAnswer> | null;
}

export interface CasePrefetch {
  /** Starts the read, unless one for the same key started a moment ago (the same navigation); an older one is replaced. */
  start(org: HandlerContext, caseId: string, load: () => Promise<CasePanelAnswer>): void;
  /**
   * The read for this org, session and case, in flight or done, once: its answer,
   * or its error. Null when there is none or it expired, and for an answer that does
   * not parse (the caller reads again); the caller's own read then spends the
   * navigation as a taken one does.
   */
  take(org: HandlerContext, caseId: string): Promise<CasePanelAnswer | null>;
}

const keyOf = (org: HandlerContext, caseId: string) => `${org.apiHost} ${org.session.accessToken} ${toId18(caseId)}`;

export function createCasePrefetch(clock: () => number = Date.now, lifeMs = PREFETCH_LIFE_MS): CasePrefetch {
  const entries = new Map<string, Entry>();
  const prune = () => {
    for (const [key, entry] of entries) if (clock() - entry.startedAt > lifeMs) entries.delete(key);
  };
  return {
    start(org, caseId, load) {
      prune();
      const current = entries.get(keyOf(org, caseId));
      // The other report of a navigation can come after the panel took the read (the tab's URL change waits for the
      // session): reading then would keep a copy from before the AE's next write, for the next visit to be served.
      if (current && clock() - current.startedAt < SAME_NAVIGATION_MS) return;
      const answer = load();
      // Nobody may come for it: its failure must not go unhandled meanwhile.
      answer.catch(() => undefined);
      entries.set(keyOf(org, caseId), { startedAt: clock(), answer });
    },
    async take(org, caseId) {
      prune();
      const key = keyOf(org, caseId);
      const entry = entries.get(key);
      if (!entry) {
        // The panel asked first (the worker's first request of a session can wait for the admin's policy, and a
        // page's report with it): it reads now, and this navigation is spent. A report of it arriving after must
        // not start a read that a later visit would be served, from before the AE's next write.
        entries.set(key, { startedAt: clock(), answer: null });
        return null;
      }
      if (!entry.answer) return null;
      const { answer } = entry;
      entries.set(key, { startedAt: entry.startedAt, answer: null });
      const parsed = CasePanelAnswerSchema.safeParse(await answer);
      return parsed.success ? parsed.data : null;
    },
  };
}
