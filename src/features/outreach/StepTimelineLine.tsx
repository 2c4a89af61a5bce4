/**
 * Under a cadence step: what was logged for it (stepTimeline), who logged it and
 * when, with the email's subject or the call's result, and a retry scheduled
 * after it when the panel knows of one.
 */
import type { TimelineEntry } from "../../domain/outreach/step-timeline";
import { formatLoggedAt, formatTaskDate } from "./format";

export interface StepTimelineLineProps {
  entry: TimelineEntry;
  /** The AE's zone. */
  timeZone: string;
  /** The retry call scheduled with it, from the log's answer. */
  retry?: { activityDate: string | null } | null;
}

const KIND = { email: "Email", call: "Call", other: "Activity" } as const;

export function StepTimelineLine({ entry, timeZone, retry }: StepTimelineLineProps) {
  const what = entry.kind === "call" ? (entry.outcome ?? entry.subject) : entry.subject;
  return (
    <p className="outreach-timeline" data-activity-id={entry.activityId}>
      <span className="outreach-timeline__kind">{KIND[entry.kind]}</span>
      {what ? <span className="outreach-timeline__what">{entry.kind === "call" && entry.outcome ? what : `“${what}”`}</span> : null}
      {entry.by ? <span>{entry.by}</span> : null}
      <time dateTime={entry.at.toISOString()}>{formatLoggedAt(entry.at, timeZone)}</time>
      {retry?.activityDate ? <span>Retry call {formatTaskDate(retry.activityDate)}</span> : null}
    </p>
  );
}
