/** Case's describe: its record types and picklists, read by the referral form and the close dialog. */
import * as z from "zod/v4-mini";

import { dataPath } from "../composite";

export const CASE_DESCRIBE_URL = dataPath("/sobjects/Case/describe");

export const DescribeSchema = z.object({
  recordTypeInfos: z._default(z.array(z.object({ developerName: z.string(), recordTypeId: z.string(), active: z.boolean(), available: z.boolean() })), []),
  fields: z.array(z.object({ name: z.string(), picklistValues: z._default(z.array(z.object({ value: z.string(), label: z.nullable(z.string()), active: z.boolean() })), []) })),
});

export type CaseDescribe = z.infer<typeof DescribeSchema>;

/** A picklist field's active values; the value stands in for a missing label. */
export function activePicklist(describe: CaseDescribe, field: string): { value: string; label: string }[] {
  const picklist = describe.fields.find((candidate) => candidate.name === field)?.picklistValues ?? [];
  return picklist.filter((entry) => entry.active).map((entry) => ({ value: entry.value, label: entry.label ?? entry.value }));
}
