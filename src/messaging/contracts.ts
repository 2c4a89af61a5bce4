/**
 * Every message between the pages and the worker, as zod schemas. Both sides
 * parse: the worker parses requests with RequestSchema, a page parses each answer
 * with this table's schema for its request (send-request.ts; the types check it).
 * Handlers never throw across the boundary; they answer a Result.
 */
import * as z from "zod/v4-mini";

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

export type { AppError, Result } from "./result";
