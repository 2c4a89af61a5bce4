/** What the outreach component tests share: the step, a recording transport, and links that do not navigate jsdom away. */
import type { LoggedActivity } from "../../messaging/case-work";
import type { Transport } from "../../messaging/send-request";
import type { OutreachStep } from "./use-log-outreach";

export const CASE_ID = "5008X00002CytL1QAJ";
export const CONTACT_ID = "0038X00000AbCdEQAV";
export const TASK_ID = "00T8X00000Tsk09UAB";
export const RETRY_ID = "00T8X00000Tsk10UAB";

export const stepOn = (day: number): OutreachStep => ({ caseId: CASE_ID, contactId: CONTACT_ID, day, activityDate: "2026-11-18" });

export function loggedAnswer(activity: Partial<NonNullable<LoggedActivity["activity"]>> = {}, retry: LoggedActivity["retry"] = null): LoggedActivity {
  return {
    id: TASK_ID,
    activity: { id: TASK_ID, kind: "email", subject: null, at: "2026-11-18T16:00:00.000+0000", on: "case", by: "Avery Chen", outcome: null, ...activity },
    retry,
  };
}

/** A transport that records every message and gives each the same reply. */
export function recordingTransport(reply: unknown) {
  const sent: unknown[] = [];
  const transport: Transport = async (message) => {
    sent.push(message);
    return reply;
  };
  return { sent, transport };
}

/** jsdom cannot follow mailto:, tel: or another site: a click keeps the page where it is, after the app's own handler ran. */
export function keepLinksInPlace(): () => void {
  const stop = (event: MouseEvent) => {
    if ((event.target as Element | null)?.closest?.("a[href]")) event.preventDefault();
  };
  document.addEventListener("click", stop);
  return () => document.removeEventListener("click", stop);
}
