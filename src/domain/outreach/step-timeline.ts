/**
 * What was logged for a cadence step: the activity that ticked it (the cadence
 * decides which), with who logged it, when, and its subject or call result. Read
 * from the activities the panel already has, so an email logged in Salesforce or
 * by another tool shows up like one logged here.
 */
import type { CadenceStep } from "../cadence";

/** An activity as the panel loads it; `by` and `outcome` when the read includes them. */
export interface TimelineActivity {
  id: string;
  kind: "email" | "call" | "other";
  subject: string | null;
  /** ISO date-time. */
  at: string;
  /** Who the Task belongs to (Owner.Name). */
  by?: string | null;
  /** Task.CallDisposition. */
  outcome?: string | null;
}

export interface TimelineEntry {
  activityId: string;
  kind: "email" | "call" | "other";
  at: Date;
  by: string | null;
  subject: string | null;
  outcome: string | null;
}

export function stepTimeline(step: Pick<CadenceStep, "doneBy">, activities: readonly TimelineActivity[]): TimelineEntry | null {
  const ticked = step.doneBy;
  if (!ticked) return null;
  const activity = activities.find((candidate) => candidate.id === ticked.id);
  return {
    activityId: ticked.id,
    kind: activity?.kind ?? ticked.kind,
    at: activity ? new Date(activity.at) : ticked.at,
    by: activity?.by ?? null,
    subject: activity?.subject?.trim() || null,
    outcome: activity?.outcome?.trim() || null,
  };
}
