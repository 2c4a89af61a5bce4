/**
 * One Composite request (one API call, up to 25 subrequests of which at most 5
 * queries): how the panel reads everything it needs in a single round trip.
 * A failed subrequest throws Salesforce's own error code and message.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { API_VERSION } from "./connection";

export interface Subrequest {
  referenceId: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
}

const SalesforceErrorBody = z.array(z.looseObject({ errorCode: z.string(), message: z.string() }));

const CompositeResponseSchema = z.object({
  compositeResponse: z.array(
    z.object({ referenceId: z.string(), httpStatusCode: z.number(), body: z.unknown(), httpHeaders: z.optional(z.record(z.string(), z.string())) }),
  ),
});

export type CompositeResults = Map<string, { status: number; body: unknown }>;

export class SalesforceError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly referenceId?: string,
  ) {
    super(message);
    this.name = errorCode;
  }
}

export const dataPath = (path: string) => `/services/data/v${API_VERSION}${path}`;
export const queryUrl = (soql: string) => dataPath(`/query?q=${encodeURIComponent(soql)}`);

/** A query URL with a composite reference (`@{...}`) left readable: Salesforce resolves it before decoding. */
export const queryUrlWithReference = (soql: string, reference: string) => queryUrl(soql).replace(encodeURIComponent(reference), reference);

/** The first real error of a composite answer (PROCESSING_HALTED only says another subrequest failed). */
export function firstError(results: CompositeResults): SalesforceError | null {
  let halted: SalesforceError | null = null;
  for (const [referenceId, result] of results) {
    if (result.status < 400) continue;
    const parsed = SalesforceErrorBody.safeParse(result.body);
    const first = parsed.success ? parsed.data[0] : undefined;
    const error = new SalesforceError(first?.errorCode ?? `HTTP_${result.status}`, first?.message ?? `Salesforce answered ${result.status}.`, referenceId);
    if (error.errorCode !== "PROCESSING_HALTED") return error;
    halted ??= error;
  }
  return halted;
}

export async function composite(connection: Connection, subrequests: Subrequest[], allOrNone: boolean): Promise<CompositeResults> {
  const raw = await connection.request({
    method: "POST",
    url: dataPath("/composite"),
    body: JSON.stringify({ allOrNone, compositeRequest: subrequests }),
    headers: { "Content-Type": "application/json" },
  });
  const parsed = CompositeResponseSchema.parse(raw);
  return new Map(parsed.compositeResponse.map((r) => [r.referenceId, { status: r.httpStatusCode, body: r.body }]));
}

/** Each subrequest's body, throwing the first error. */
export function bodiesOrThrow(results: CompositeResults): Map<string, unknown> {
  const error = firstError(results);
  if (error) throw error;
  return new Map([...results].map(([referenceId, result]) => [referenceId, result.body]));
}

/** Runs the subrequests and returns each body, throwing the first error. */
export async function compositeBodies(connection: Connection, subrequests: Subrequest[], allOrNone = false): Promise<Map<string, unknown>> {
  return bodiesOrThrow(await composite(connection, subrequests, allOrNone));
}

/** Salesforce's limits on one Composite: 25 subrequests, of which at most 5 are queries. */
const MAX_SUBREQUESTS = 25;
const MAX_QUERIES = 5;
const isQuery = (subrequest: Subrequest) => subrequest.method === "GET" && /\/query(All)?[/?]/.test(subrequest.url);

/** Splits independent subrequests into as few Composites as Salesforce allows. */
export function compositeChunks(subrequests: readonly Subrequest[]): Subrequest[][] {
  const chunks: Subrequest[][] = [];
  for (const subrequest of subrequests) {
    const last = chunks[chunks.length - 1];
    const fits = last && last.length < MAX_SUBREQUESTS && (!isQuery(subrequest) || last.filter(isQuery).length < MAX_QUERIES);
    if (fits) last.push(subrequest);
    else chunks.push([subrequest]);
  }
  return chunks;
}

/**
 * Independent subrequests (none references another) in as few Composites as the
 * limits allow, sent side by side: one round trip of wall time. Throws the first error.
 */
export async function independentBodies(connection: Connection, subrequests: readonly Subrequest[]): Promise<Map<string, unknown>> {
  const answers = await Promise.all(compositeChunks(subrequests).map((chunk) => composite(connection, chunk, false)));
  return bodiesOrThrow(new Map(answers.flatMap((answer) => [...answer])));
}
