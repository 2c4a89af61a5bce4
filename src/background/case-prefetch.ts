/**
 * The case read the content script starts at document_start, held until the
 * panel's own "case/panel" asks (its frame is still loading meanwhile): the frame's
 * load and the network overlap instead of adding up.
 *
 * Each read is kept in memory under its org host, its session (the token: another
 * user's login is another key, as for the worker's connections) and its case, for
 * a short life, and is taken once: a later refresh reads again. Its answer is
 * parsed before it is served.
 */
import { toId18 } from "../domain/salesforce-id";
import { CasePanelAnswerSchema, type CasePanelAnswer } from "../messaging/case-panel-data";
import type { HandlerContext } from "./router";

/** Long enough for a slow frame to load; short enough that nothing stale is ever served. */
export const PREFETCH_LIFE_MS = 15_000;

interface Entry {
  startedAt: number;
  answer: Promise<CasePanelAnswer>;
}

export interface CasePrefetch {
  /** Starts the read (replacing an older one of the same key). */
  start(org: HandlerContext, caseId: string, load: () => Promise<CasePanelAnswer>): void;
  /** The read for this org, session and case, in flight or done, once; null when there is none, it expired or it failed. */
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
      const answer = load();
      // A failed read is only a miss: the panel's own request reads again and reports.
      answer.catch(() => undefined);
      entries.set(keyOf(org, caseId), { startedAt: clock(), answer });
    },
    async take(org, caseId) {
      prune();
      const key = keyOf(org, caseId);
      const entry = entries.get(key);
      if (!entry) return null;
      entries.delete(key);
      try {
        return CasePanelAnswerSchema.parse(await entry.answer);
      } catch {
        return null;
      }
    },
  };
}
