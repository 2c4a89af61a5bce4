/**
 * The reads the panel's record needs first (the session's org context, and the
 * case on a case page), from the frame's own URL: the dock loads the frame with
 * the record in its fragment. Sent raw, to be parsed when the queries take them.
 */
import type { Transport } from "../messaging/send-request";
import { sendEarly } from "../shared/case-panel/early-reads";
import { parseFragment } from "./current-record-store";

export function sendFirstReads(target: Window = window, transport?: Transport): void {
  sendEarly({ type: "org/context" }, transport);
  const record = parseFragment(target.location.hash);
  if (record?.object === "Case") sendEarly({ type: "case/panel", caseId: record.id }, transport);
}
