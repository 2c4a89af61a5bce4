/**
 * The shape of every answer from the worker: the data, or an AppError that says
 * what went wrong and what the AE can do. Its own module: the panel parses its
 * answers with it and carries no other message's schema.
 */
import * as z from "zod/v4-mini";

import { UrlText } from "../domain/url-text";

const ErrorKindSchema = z.enum([
  "session", // no or expired Salesforce session: the AE must log in
  "salesforce", // Salesforce answered with an error; its message is shown as is
  "network", // Salesforce could not be reached
  "not-found",
  "bad-request", // a malformed message, or one from a sender we don't serve
  "internal",
  "profile", // the org's profile (Chrome policy or options page) is bad: problems say what, fixAt says where
  "connect", // the REST API refuses the browser session (or the profile asks for OAuth): "Connect to Salesforce"
  "wrong-user", // the OAuth connection acts as another user than the one logged in to Salesforce: reconnect
]);

export const AppErrorSchema = z.object({
  kind: ErrorKindSchema,
  message: z.string(),
  errorCode: z.optional(z.string()),
  loginUrl: z.optional(UrlText),
  /** kind "profile": each bad value, by its path in the profile. */
  problems: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  /** kind "profile": where the profile is fixed (the admin's Chrome policy, or the options page). */
  fixAt: z.optional(z.enum(["policy", "options"])),
  /** kind "connect" / "wrong-user": whether the profile lets this org connect with OAuth (a consumer key is set). */
  canConnect: z.optional(z.boolean()),
  /**
   * A write whose answer was lost (timeout, connection reset, 5xx): "not-done" when the
   * worker read the record again and the write is not there, "unknown" when it could not.
   */
  lostAnswer: z.optional(z.enum(["not-done", "unknown"])),
});

export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function resultSchema<T extends z.ZodMiniType>(data: T) {
  return z.discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: AppErrorSchema }),
  ]);
}
