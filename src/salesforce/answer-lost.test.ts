import * as z from "zod/v4-mini";

import { AnswerLost, lostReasonOf, notDone, outcomeUnknown, withDeadline } from "./answer-lost";
import { SalesforceError } from "./composite";
import { retryDelay } from "./retry";
import { toAppError } from "./salesforce-error";

/** What jsforce throws for an error answer: its HttpApiError carries the code as name and errorCode. */
const jsforceError = (errorCode: string, message: string) => Object.assign(new Error(message), { name: errorCode, errorCode });

describe("which failures leave a write's outcome unknown", () => {
  it.each([
    ["a proxy's 502 page", jsforceError("ERROR_HTTP_502", "HTTP response contains html content."), "server-error"],
    ["a proxy's 504 page", jsforceError("ERROR_HTTP_504", "HTTP response contains html content."), "server-error"],
    ["Salesforce's UNKNOWN_EXCEPTION", jsforceError("UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: 1717804919-93512 (-1371860698)"), "server-error"],
    ["a 503 SERVER_UNAVAILABLE", jsforceError("SERVER_UNAVAILABLE", "Service temporarily unavailable."), "server-error"],
    ["a reset connection in the browser", new TypeError("Failed to fetch"), "no-answer"],
    ["a reset connection in Node", Object.assign(new Error("socket hang up"), { name: "FetchError", code: "ECONNRESET" }), "no-answer"],
    ["our deadline", new AnswerLost("timeout", "no answer"), "timeout"],
    ["an answer we could not read", z.object({ id: z.string() }).safeParse({}).error, "unreadable"],
  ])("%s: unknown", (_what, error, reason) => {
    expect(lostReasonOf(error)).toBe(reason);
  });

  it.each([
    ["a validation rule", new SalesforceError("FIELD_CUSTOM_VALIDATION_EXCEPTION", "Set a Case Reason.")],
    ["a lock held past our retries", new SalesforceError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access")],
    ["the API limit", jsforceError("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")],
    ["an expired session", jsforceError("INVALID_SESSION_ID", "Session expired or invalid")],
    ["a bug of ours", new Error("boom")],
  ])("%s: Salesforce decided, so its answer is the outcome", (_what, error) => {
    expect(lostReasonOf(error)).toBeNull();
  });

  it("never retries a write whose outcome is unknown (only UNABLE_TO_LOCK_ROW, answered before anything applied)", () => {
    for (const error of [new AnswerLost("timeout", "x"), jsforceError("ERROR_HTTP_502", "x"), jsforceError("UNKNOWN_EXCEPTION", "x"), new TypeError("Failed to fetch")]) {
      expect(retryDelay(1, error)).toBeNull();
    }
    expect(retryDelay(1, new SalesforceError("UNABLE_TO_LOCK_ROW", "locked"))).toBe(250);
  });
});

describe("the verdicts after a lost answer", () => {
  it("not done: says the extension looked, with Salesforce's code", () => {
    const appError = toAppError(notDone(jsforceError("ERROR_HTTP_504", "html"), "the call was not logged."), "https://login");
    expect(appError).toEqual({ kind: "network", lostAnswer: "not-done", errorCode: "ERROR_HTTP_504", message: "Salesforce (or a proxy in between) answered with a server error instead of a result, so the extension looked again: the call was not logged." });
  });

  it("unknown: says it cannot tell, never that nothing was changed", () => {
    const appError = toAppError(outcomeUnknown(new AnswerLost("timeout", "x"), "the case was claimed"), "https://login");
    expect(appError).toMatchObject({ kind: "network", lostAnswer: "unknown" });
    expect(appError.message).toBe("Salesforce did not answer in time, and the extension could not look again: it cannot tell whether the case was claimed. Reload the panel to see before trying again.");
  });
});

describe("withDeadline", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("answers what came in time", async () => {
    const answer = withDeadline(new Promise((resolve) => setTimeout(() => resolve("claimed"), 29_000)), 30_000);
    await vi.advanceTimersByTimeAsync(29_000);
    await expect(answer).resolves.toBe("claimed");
  });

  it("gives up at the deadline with AnswerLost", async () => {
    const answer = withDeadline(new Promise(() => undefined), 30_000);
    const settled = expect(answer).rejects.toMatchObject({ name: "AnswerLost", reason: "timeout", message: "Salesforce did not answer within 30 seconds." });
    await vi.advanceTimersByTimeAsync(30_000);
    await settled;
  });
});
