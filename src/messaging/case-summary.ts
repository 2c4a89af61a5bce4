/** The case as the panel sees it: already flattened from Salesforce's shape by the worker. */
import * as z from "zod";

import { Id, OwnerSchema } from "./ids";

export const CaseSummarySchema = z.object({
  id: Id,
  caseNumber: z.string(),
  subject: z.string().nullable(),
  description: z.string().nullable(),
  status: z.string().nullable(),
  isClosed: z.boolean(),
  priority: z.string().nullable(),
  origin: z.string().nullable(),
  createdDate: z.string(),
  lastModifiedDate: z.string(),
  recordType: z.string().nullable(),
  owner: OwnerSchema,
  account: z.object({ id: Id, name: z.string().nullable() }).nullable(),
  contact: z
    .object({
      id: Id,
      name: z.string().nullable(),
      /** For the outreach templates' {FirstName}. */
      firstName: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
});

export type CaseSummary = z.infer<typeof CaseSummarySchema>;
