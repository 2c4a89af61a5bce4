/** The case as the panel sees it: already flattened from Salesforce's shape by the worker. */
import * as z from "zod/v4-mini";

import { Id, OwnerSchema } from "./ids";

export const CaseSummarySchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.nullable(z.string()),
  description: z.nullable(z.string()),
  status: z.nullable(z.string()),
  isClosed: z.boolean(),
  priority: z.nullable(z.string()),
  origin: z.nullable(z.string()),
  createdDate: z.string(),
  lastModifiedDate: z.string(),
  recordType: z.nullable(z.string()),
  owner: OwnerSchema,
  account: z.nullable(z.object({ id: Id, name: z.nullable(z.string()) })),
  contact: z.nullable(z.object({
    id: Id,
    name: z.nullable(z.string()),
    /** For the outreach templates' {FirstName}. */
    firstName: z.nullable(z.string()),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
  })),
});

export type CaseSummary = z.infer<typeof CaseSummarySchema>;
