/**
 * A logged activity into the cached case: the log's answer carries the Task as
 * Salesforce stored it, so the panel ticks the step and shows its timeline from
 * it, without reading the case again (logging stays one API call).
 */
import type { QueryClient } from "@tanstack/react-query";

import type { Activity, CasePanelAnswer } from "../../messaging/case-panel-data";
import { casePanelQueryKey } from "./use-case-panel";

/** The case's activities with this one, once, oldest first (as the worker orders them). */
export function withLoggedActivity(answer: CasePanelAnswer, activity: Activity): CasePanelAnswer {
  const others = answer.activities.filter((existing) => existing.id !== activity.id);
  return { ...answer, activities: [...others, activity].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) };
}

export async function showLoggedActivity(queryClient: QueryClient, caseId: string, activity: Activity): Promise<void> {
  const queryKey = casePanelQueryKey(caseId);
  // A read of the case already on its way predates the Task: it must not overwrite it.
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData<CasePanelAnswer>(queryKey, (answer) => (answer ? withLoggedActivity(answer, activity) : answer));
}
