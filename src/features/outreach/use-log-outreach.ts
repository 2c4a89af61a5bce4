/**
 * Logs a cadence step from the outreach controls: one request (one API call) whose
 * answer carries the logged Task. The cached case takes it at once, so the step
 * ticks and shows its timeline without reading the case again; onLogged gets the
 * whole answer (the retry, for one).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { LoggedActivitySchema, type LogActivityRequest, type LoggedActivity } from "../../messaging/case-work";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { showLoggedActivity } from "../../shared/case-panel/logged-activity";
import { useSingleFlight } from "../../shared/single-flight";

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
  const queryClient = useQueryClient();
  // One click, one log: a second click before the answer does not log the step twice.
  return useSingleFlight(
    useMutation({
      mutationFn: (details: OutreachDetails) => sendRequest({ type: "activity/log", ...step, kind, ...details }, LoggedActivitySchema, transport),
      onSuccess: async (answer) => {
        onLogged?.(answer);
        await showLoggedActivity(queryClient, step.caseId, answer.activity);
      },
    }),
  );
}
