/**
 * The panel's side of messaging: sends a request to the worker and parses the
 * answer, so a worker bug or a missing worker surfaces as an AppError, never as
 * an unchecked object in the UI.
 */
import { AppErrorSchema, RequestSchema, ResponseDataSchemas, resultSchema, type AppError, type Request, type ResponseData } from "./contracts";

export class RequestFailed extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = "RequestFailed";
  }
}

export type Transport = (message: unknown) => Promise<unknown>;

const chromeTransport: Transport = (message) => chrome.runtime.sendMessage(message);

export async function sendRequest<R extends Request>(request: R, transport: Transport = chromeTransport): Promise<ResponseData<R["type"]>> {
  const outgoing = RequestSchema.parse(request);
  let reply: unknown;
  try {
    reply = await transport(outgoing);
  } catch (cause) {
    throw new RequestFailed({ kind: "internal", message: `The extension's background worker did not answer (${String(cause)}).` });
  }
  const parsed = resultSchema(ResponseDataSchemas[request.type]).safeParse(reply);
  if (!parsed.success) {
    throw new RequestFailed({ kind: "internal", message: "The background worker sent an answer the panel does not understand." });
  }
  if (!parsed.data.ok) throw new RequestFailed(AppErrorSchema.parse(parsed.data.error));
  return parsed.data.data as ResponseData<R["type"]>;
}
