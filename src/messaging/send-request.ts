/**
 * The pages' side of messaging: sends a request to the worker and parses the
 * answer with the schema the caller names for it (the one the contracts table has
 * for that request: the types check it), so a worker bug or a missing worker
 * surfaces as an AppError, never as an unchecked object in the UI. A page carries
 * the schemas of what it asks for only; the worker parses every request it gets.
 */
import type * as z from "zod/v4-mini";

import type { Request, RequestType, ResponseData, ResponseDataSchemas } from "./contracts";
import { resultSchema, type AppError } from "./result";
import { PANEL_WRITE_DEADLINE_MS, WRITE_REQUESTS } from "./write-deadlines";

export class RequestFailed extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = "RequestFailed";
  }
}

export type Transport = (message: unknown) => Promise<unknown>;

const chromeTransport: Transport = (message) => chrome.runtime.sendMessage(message);

/**
 * Chrome's answer when no listener received the message: the worker was stopping (Chrome stops an idle one) as the
 * message left. It never arrived, so sending it again cannot repeat a write; one sent once it has stopped starts it.
 * On a busy machine stopping can outlast the first wait, so each wait is longer than the last (0.85 s in all).
 */
const NOT_DELIVERED = /Receiving end does not exist/;
export const REDELIVER_AFTER_MS = [100, 250, 500] as const;

async function deliver(transport: Transport, message: unknown): Promise<unknown> {
  for (const wait of REDELIVER_AFTER_MS) {
    try {
      return await transport(message);
    } catch (cause) {
      if (!NOT_DELIVERED.test(String(cause))) throw cause;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return transport(message);
}

/** The worker's reply, or a rejection once the panel's last-resort deadline for a write passes. */
function withinDeadline(reply: Promise<unknown>, ms: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} seconds`)), ms);
    reply.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Each answer schema's Result form, built once. */
const results = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

function resultOf(answer: z.ZodMiniType): z.ZodMiniType {
  let result = results.get(answer);
  if (!result) {
    result = resultSchema(answer);
    results.set(answer, result);
  }
  return result;
}

/**
 * Sends the request and gives the worker's reply as it came (answerOf parses it): a worker that never answers, or
 * went away with a write, is a RequestFailed here. Its own step so that a page can send before it has built the
 * schemas it parses with (the panel's first reads).
 */
export async function deliverRequest(request: Request, transport: Transport = chromeTransport): Promise<unknown> {
  const write = WRITE_REQUESTS.has(request.type);
  try {
    // The worker answers a write by its own deadline and re-read; this only catches a worker that never answers.
    return await (write ? withinDeadline(deliver(transport, request), PANEL_WRITE_DEADLINE_MS) : deliver(transport, request));
  } catch (cause) {
    // A write may have reached Salesforce before the worker went away: its outcome is unknown, never "nothing changed".
    if (write) {
      throw new RequestFailed({
        kind: "internal",
        lostAnswer: "unknown",
        message: `The extension's background worker did not answer (${String(cause)}), so it cannot tell whether the change was saved. The panel reads the case again: check it before trying again.`,
      });
    }
    throw new RequestFailed({ kind: "internal", message: `The extension's background worker did not answer (${String(cause)}).` });
  }
}

/** The data of the worker's reply, parsed with the answer's schema; a RequestFailed for its error or for an answer that does not fit. */
export function answerOf<T extends RequestType>(reply: unknown, answer: (typeof ResponseDataSchemas)[T]): ResponseData<T> {
  const parsed = resultOf(answer).safeParse(reply);
  if (!parsed.success) {
    throw new RequestFailed({ kind: "internal", message: "The background worker sent an answer the panel does not understand." });
  }
  const result = parsed.data as { ok: true; data: ResponseData<T> } | { ok: false; error: AppError };
  if (!result.ok) throw new RequestFailed(result.error);
  return result.data;
}

export async function sendRequest<R extends Request>(
  request: R,
  answer: (typeof ResponseDataSchemas)[R["type"]],
  transport: Transport = chromeTransport,
): Promise<ResponseData<R["type"]>> {
  return answerOf<R["type"]>(await deliverRequest(request, transport), answer);
}
