/**
 * Logs a cadence step from the outreach controls: one request (one API call) whose
 * answer carries the logged Task, so the caller ticks the step and shows its
 * timeline from it (onLogged) without reading the case again.
 */
import { useMutation } from "@tanstack/react-query";

import type { LogActivityRequest, LoggedActivity } from "../../messaging/case-work";
import { sendRequest, type Transport } from "../../messaging/send-request";

/** The cadence step a control logs for. */
export interface OutreachStep {
  caseId: string;
  contactId: string | null;
  /** The cadence day it ticks. */
  day: number;
  /** The AE's local date (YYYY-MM-DD): Task.ActivityDate. */
  activityDate: string;
}

export type OutreachDetails = Pick<LogActivityRequest, "email" | "call">;

export function useLogOutreach(step: OutreachStep, kind: LogActivityRequest["kind"], { transport, onLogged }: { transport?: Transport; onLogged?: (answer: LoggedActivity) => void }) {
  return useMutation({
    mutationFn: (details: OutreachDetails) => sendRequest({ type: "activity/log", ...step, kind, ...details }, transport),
    onSuccess: (answer) => onLogged?.(answer),
  });
}
