/**
 * The panel's first reads, sent while its page is still starting: before it has
 * built its answer schemas and before React's first render, whose two passes (the record
 * comes from the fragment in an effect) and effects would hold them back. The
 * queries take them, once, instead of asking again, and parse the answer then;
 * one left untaken expires, so a later refresh never gets an old answer.
 */
import type { Request, ResponseData, ResponseDataSchemas } from "../../messaging/contracts";
import { answerOf, deliverRequest, sendRequest, type Transport } from "../../messaging/send-request";

type EarlyRead = Extract<Request, { type: "org/context" | "case/panel" }>;

/** Long enough for a slow frame to render; short enough that nothing stale is served. */
export const EARLY_READ_LIFE_MS = 10_000;

const sent = new Map<string, { at: number; reply: Promise<unknown> }>();
const keyOf = (request: EarlyRead) => JSON.stringify(request);

export function sendEarly(request: EarlyRead, transport?: Transport, clock: () => number = Date.now): void {
  const reply = deliverRequest(request, transport);
  // Nobody may come for it: its failure must not go unhandled meanwhile.
  reply.catch(() => undefined);
  sent.set(keyOf(request), { at: clock(), reply });
}

/** The answer of the read sent early when there is one (see takeEarly), else of the read sent now. */
export function earlyOrSent<R extends EarlyRead>(request: R, answer: (typeof ResponseDataSchemas)[R["type"]], transport?: Transport): Promise<ResponseData<R["type"]>> {
  return takeEarly(request, answer) ?? sendRequest(request, answer, transport);
}

/** The answer of the same read sent early (in flight or done, parsed with the query's schema), once; null when there is none or it expired. */
export function takeEarly<R extends EarlyRead>(request: R, answer: (typeof ResponseDataSchemas)[R["type"]], clock: () => number = Date.now): Promise<ResponseData<R["type"]>> | null {
  const key = keyOf(request);
  const early = sent.get(key);
  sent.delete(key);
  if (!early || clock() - early.at > EARLY_READ_LIFE_MS) return null;
  return early.reply.then((reply) => answerOf<R["type"]>(reply, answer));
}
