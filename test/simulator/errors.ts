/**
 * Salesforce REST errors are JSON arrays of {message, errorCode, fields?}; the HTTP
 * status travels with the error so the store can throw and the router can answer.
 */
export interface SfErrorBody {
  message: string;
  errorCode: string;
  fields?: string[];
}

export class SfError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly fields?: string[],
  ) {
    super(message);
  }

  toBody(): SfErrorBody[] {
    const body: SfErrorBody = { message: this.message, errorCode: this.errorCode };
    if (this.fields) body.fields = this.fields;
    return [body];
  }
}

export const notFound = () => new SfError(404, "NOT_FOUND", "The requested resource does not exist");
export const malformedQuery = (message: string) => new SfError(400, "MALFORMED_QUERY", message);
export const methodNotAllowed = (method: string, allowed: string) =>
  new SfError(405, "METHOD_NOT_ALLOWED", `HTTP Method '${method}' not allowed. Allowed are ${allowed}`);
