/**
 * Every message between the panel and the worker, as zod schemas. Both sides
 * parse: the worker parses requests, the panel parses responses. Handlers never
 * throw across the boundary; they answer a Result.
 */
import * as z from "zod/v4-mini";

import { UrlText } from "../domain/url-text";
import {
  ClaimRequestSchema,
  ClaimResultSchema,
  CloseOptionsRequestSchema,
  CloseOptionsSchema,
  CloseRequestSchema,
  CloseResultSchema,
  TransferRequestSchema,
  TransferResultSchema,
} from "./case-actions";
import { CasePanelAnswerSchema } from "./case-panel-data";
import { OrgContextRequestSchema, OrgContextSchema } from "./org-context";
import { LogActivityRequestSchema, LoggedActivitySchema, SavedNotesSchema, SaveNotesRequestSchema } from "./case-work";
import { CreateReferralRequestSchema, PooledAccountDataSchema, PooledAccountRequestSchema, ReferralCreatedSchema } from "./pooled-account";
import {
  CloseUpgradeRequestSchema,
  CloseUpgradeResultSchema,
  CreateUpgradeRequestSchema,
  CreateUpgradeResultSchema,
  PoolOverviewRequestSchema,
  PoolOverviewSchema,
  TakeNextRequestSchema,
  TakeNextResultSchema,
} from "./pool";
import { AnyId } from "./ids";
import {
  ConnectedSchema,
  ConnectRequestSchema,
  DisconnectedSchema,
  DisconnectRequestSchema,
  OrgCheckAnswerSchema,
  OrgCheckRequestSchema,
  SessionStatusRequestSchema,
  SessionStatusSchema,
} from "./org-setup";
import { TeamCasesRequestSchema, TeamCasesSchema, TeamNowRequestSchema, TeamNowSchema, TeamPeriodRequestSchema, TeamPeriodSchema } from "./team";

export const RequestSchema = z.discriminatedUnion("type", [
  OrgContextRequestSchema,
  z.object({ type: z.literal("case/panel"), caseId: AnyId }),
  LogActivityRequestSchema,
  SaveNotesRequestSchema,
  PooledAccountRequestSchema,
  CreateReferralRequestSchema,
  ClaimRequestSchema,
  TransferRequestSchema,
  CloseRequestSchema,
  CloseOptionsRequestSchema,
  PoolOverviewRequestSchema,
  TakeNextRequestSchema,
  CreateUpgradeRequestSchema,
  CloseUpgradeRequestSchema,
  OrgCheckRequestSchema,
  SessionStatusRequestSchema,
  ConnectRequestSchema,
  DisconnectRequestSchema,
  TeamNowRequestSchema,
  TeamPeriodRequestSchema,
  TeamCasesRequestSchema,
]);

export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request["type"];

/** What each request answers with when it succeeds. */
export const ResponseDataSchemas = {
  "org/context": OrgContextSchema,
  "case/panel": CasePanelAnswerSchema,
  "activity/log": LoggedActivitySchema,
  "case/save-notes": SavedNotesSchema,
  "pooled-account/banner": PooledAccountDataSchema,
  "pooled-account/create-referral": ReferralCreatedSchema,
  "case/claim": ClaimResultSchema,
  "case/transfer": TransferResultSchema,
  "case/close": CloseResultSchema,
  "case/close-options": CloseOptionsSchema,
  "pool/overview": PoolOverviewSchema,
  "pool/take-next": TakeNextResultSchema,
  "upgrade/create": CreateUpgradeResultSchema,
  "upgrade/close": CloseUpgradeResultSchema,
  "org/check": OrgCheckAnswerSchema,
  "session/status": SessionStatusSchema,
  "session/connect": ConnectedSchema,
  "session/disconnect": DisconnectedSchema,
  "team/now": TeamNowSchema,
  "team/period": TeamPeriodSchema,
  "team/cases": TeamCasesSchema,
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseData<T extends RequestType> = z.infer<(typeof ResponseDataSchemas)[T]>;

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
