/**
 * What makes an account pooled, as data (pooled-model.json), so the next
 * revision of the handbook's thresholds or owners is a data change. The two
 * handbook pages disagree on the CARR thresholds; the newer one (under $4k for
 * existing customers, under $2k for new ones) is the one in the file.
 */
import * as z from "zod";

import modelJson from "./pooled-model.json";

const Names = z.array(z.string().min(1));

const CarrThresholdSchema = z.object({
  /** Account.Type the threshold applies to. */
  accountType: z.string().min(1),
  /** How the handbook calls these accounts ("existing customers"). */
  segment: z.string().min(1),
  /** CARR must be strictly below this to be in the pool. */
  below: z.number().positive(),
});

export const PooledModelSchema = z
  .object({
    source: z.string().min(1),
    currency: z.string().length(3),
    carrThresholds: z.array(CarrThresholdSchema).min(1),
    owners: z.object({
      /** AMER: every pooled account is owned by this system user. */
      pooledSalesUser: z.object({ region: z.string().min(1), names: Names, nicknames: Names, roles: Names }),
      /** EMEA: each region's pooled AE owns that region's pooled accounts. */
      regionalPooledAe: z.object({ role: z.string().min(1), regions: Names.min(1) }),
    }),
    landingPageUrl: z.string().url().startsWith("https://"),
  })
  .refine((model) => new Set(model.carrThresholds.map((t) => t.accountType)).size === model.carrThresholds.length, "one threshold per account type");

export type CarrThreshold = z.infer<typeof CarrThresholdSchema>;
export type PooledModel = z.infer<typeof PooledModelSchema>;

export const DEFAULT_POOLED_MODEL: PooledModel = PooledModelSchema.parse(modelJson);
