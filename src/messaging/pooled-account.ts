/**
 * Messages of the pooled-account banner and the referral form: what the worker
 * reads about an Account (or a Contact's account) in one Composite, and what it
 * answers after creating the referral case. The panel decides "pooled or not"
 * from these facts with domain code.
 */
import * as z from "zod/v4-mini";

import { AnyId, Id, IsoDateTime, OwnerSchema } from "./ids";

const PooledCaseSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.nullable(z.string()),
  status: z.nullable(z.string()),
  createdDate: IsoDateTime,
  owner: OwnerSchema,
});

const AccountContactSchema = z.object({ id: Id, name: z.nullable(z.string()), email: z.nullable(z.string()), title: z.nullable(z.string()) });

/** From `describe` of Case, cached for the session. */
export const ReferralMetadataSchema = z.object({
  /** The pooled cases' record type (the profile's); null when the org (or the user) has none. */
  recordTypeId: z.nullable(Id),
  reasons: z.array(z.object({ value: z.string(), label: z.string() })),
});

export const PooledAccountDataSchema = z.object({
  /** The My Domain host the data comes from, for record links. */
  orgHost: z.string(),
  /** Null when the record has no account (a Contact without one) or was not found. */
  account: z.nullable(z.object({
    id: Id,
    name: z.nullable(z.string()),
    type: z.nullable(z.string()),
    carr: z.nullable(z.number()),
    region: z.nullable(z.string()),
    owner: z.object({ id: Id, name: z.nullable(z.string()), nickname: z.nullable(z.string()) }),
  })),
  /** Open cases of the pooled record type on the account, oldest first. */
  openPooledCases: z.array(PooledCaseSchema),
  contacts: z.array(AccountContactSchema),
  /** More contacts than were read: the search covers only the first ones. */
  contactsTruncated: z.boolean(),
  metadata: ReferralMetadataSchema,
});

export const PooledAccountRequestSchema = z.object({
  type: z.literal("pooled-account/banner"),
  object: z.enum(["Account", "Contact"]),
  recordId: AnyId,
});

export const CreateReferralRequestSchema = z.object({
  type: z.literal("pooled-account/create-referral"),
  accountId: AnyId,
  contactId: AnyId,
  description: z.string().check(z.maxLength(32_000), z.refine((text) => text.trim().length > 0, "The Description is required.")),
  reason: z.string().check(z.maxLength(255)),
});

export const ReferralCreatedSchema = z.object({
  case: PooledCaseSchema,
  /** The account's open pooled cases after the create (the new one included). */
  openPooledCases: z.array(PooledCaseSchema),
});

export type PooledCase = z.infer<typeof PooledCaseSchema>;
export type AccountContact = z.infer<typeof AccountContactSchema>;
export type ReferralMetadata = z.infer<typeof ReferralMetadataSchema>;
export type PooledAccountData = z.infer<typeof PooledAccountDataSchema>;
export type ReferralCreated = z.infer<typeof ReferralCreatedSchema>;
export type CreateReferralRequest = z.infer<typeof CreateReferralRequestSchema>;
