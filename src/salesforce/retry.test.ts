import { SalesforceError } from "./composite";
import { LOCK_RETRY_POLICY, retryDelay, withRetry } from "./retry";

const locked = () => new SalesforceError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record");

describe("retryDelay", () => {
  it.each([
    [1, 250],
    [2, 500],
    [3, 1000],
    [4, null],
  ])("a locked row after attempt %i waits %s ms", (attempt, expected) => {
    expect(retryDelay(attempt, locked())).toBe(expected);
  });

  it("caps the wait", () => {
    expect(retryDelay(5, locked(), { maxAttempts: 10, baseDelayMs: 250, maxDelayMs: 2000 })).toBe(2000);
  });

  it.each(["REQUEST_LIMIT_EXCEEDED", "HTTP_503", "FIELD_CUSTOM_VALIDATION_EXCEPTION", "INSUFFICIENT_ACCESS_OR_READONLY", "INVALID_SESSION_ID", "PRECONDITION_FAILED"])(
    "never retries %s",
    (code) => {
      expect(retryDelay(1, new SalesforceError(code, "no"))).toBeNull();
    },
  );

  it("never retries what is not a Salesforce error", () => {
    expect(retryDelay(1, new TypeError("Failed to fetch"))).toBeNull();
    expect(retryDelay(1, null)).toBeNull();
  });
});

describe("withRetry", () => {
  it("retries a locked row with growing waits, then answers", async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw locked();
        return "done";
      },
      async (ms) => void waits.push(ms),
    );
    expect(result).toBe("done");
    expect(waits).toEqual([250, 500]);
  });

  it("gives up after the last attempt and throws Salesforce's error", async () => {
    const waits: number[] = [];
    let calls = 0;
    const run = withRetry(
      async () => {
        calls += 1;
        throw locked();
      },
      async (ms) => void waits.push(ms),
    );
    await expect(run).rejects.toMatchObject({ errorCode: "UNABLE_TO_LOCK_ROW" });
    expect(calls).toBe(LOCK_RETRY_POLICY.maxAttempts);
    expect(waits).toEqual([250, 500, 1000]);
  });

  it("answers any other failure at once", async () => {
    let calls = 0;
    const run = withRetry(async () => {
      calls += 1;
      throw new SalesforceError("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    }, async () => undefined);
    await expect(run).rejects.toMatchObject({ errorCode: "REQUEST_LIMIT_EXCEEDED" });
    expect(calls).toBe(1);
  });
});
