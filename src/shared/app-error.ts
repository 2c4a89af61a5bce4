/** Any thrown value as the AppError the UI shows: a worker's own error as sent, anything else as "internal". */
import type { AppError } from "../messaging/contracts";
import { RequestFailed } from "../messaging/send-request";

export function toAppErrorOf(error: unknown): AppError {
  return error instanceof RequestFailed ? error.error : { kind: "internal", message: String(error) };
}

/** Whether the worker refused a change because the record moved on since the panel loaded it. */
export function isPreconditionFailed(error: unknown): boolean {
  return error instanceof RequestFailed && error.error.errorCode === "PRECONDITION_FAILED";
}
