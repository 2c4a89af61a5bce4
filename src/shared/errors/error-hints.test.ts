import type { AppError } from "../../messaging/contracts";
import { errorIdOf, plainLine } from "./error-hints";

const UNEXPECTED = "An unexpected error occurred. Please include this ErrorId if you contact support: 1717804919-93512 (-1371860698)";
const salesforce = (errorCode: string, message = "Salesforce's words"): AppError => ({ kind: "salesforce", errorCode, message });

describe("the plain line beside Salesforce's message", () => {
  it("finds the ErrorId of an unexpected error", () => {
    expect(errorIdOf(UNEXPECTED)).toBe("1717804919-93512 (-1371860698)");
    expect(errorIdOf("An unexpected error occurred. Please include this ErrorId if you contact support: 1234567-12345")).toBe("1234567-12345");
    expect(errorIdOf("Set a Case Reason.")).toBeNull();
  });

  it("UNKNOWN_EXCEPTION on a reload: what it is, and the ErrorId to give the admin", () => {
    expect(plainLine(salesforce("UNKNOWN_EXCEPTION", UNEXPECTED), { write: false })).toBe(
      "Salesforce hit an unexpected error on its side. Try again in a moment. If it keeps happening, give your Salesforce admin the ErrorId 1717804919-93512 (-1371860698): Salesforce support can look it up.",
    );
  });

  it("UNKNOWN_EXCEPTION on a write: never 'nothing was changed', it may have been saved", () => {
    const line = plainLine(salesforce("UNKNOWN_EXCEPTION", UNEXPECTED), { write: true })!;
    expect(line).toMatch(/did not say whether the change was saved/);
    expect(line).not.toMatch(/nothing was changed/i);
  });

  it.each([
    ["a proxy's 502", salesforce("ERROR_HTTP_502"), /server error \(HTTP 502\).*usually brief/],
    ["a 504", salesforce("ERROR_HTTP_504"), /server error \(HTTP 504\)/],
    ["503 Server Unavailable", salesforce("SERVER_UNAVAILABLE"), /unavailable right now \(maintenance, or too much load\)\. Try again in a few minutes\./],
    ["the API limit", { kind: "salesforce", errorCode: "REQUEST_LIMIT_EXCEEDED", message: "TotalRequests Limit exceeded." } as AppError, /^Your org has used up its Salesforce API requests for now\. Try again later/],
    ["no connection", { kind: "network", message: "Salesforce could not be reached (Failed to fetch)." } as AppError, /check your connection/],
  ])("%s on a reload", (_what, error, line) => {
    expect(plainLine(error, { write: false })).toMatch(line);
  });

  it.each([salesforce("ERROR_HTTP_502"), salesforce("SERVER_UNAVAILABLE"), { kind: "network", message: "Salesforce could not be reached." } as AppError])(
    "a server error or no connection on a write does not claim nothing was changed ($errorCode)",
    (error) => {
      const line = plainLine(error, { write: true })!;
      expect(line).toMatch(/did not say whether the change was saved/);
      expect(line).not.toMatch(/nothing was changed/i);
    },
  );

  it("a refusal on a write says nothing was changed: Salesforce answered no", () => {
    expect(plainLine(salesforce("FIELD_CUSTOM_VALIDATION_EXCEPTION"), { write: true })).toBe("A validation rule refused the change. Nothing was changed.");
    expect(plainLine({ kind: "salesforce", errorCode: "REQUEST_LIMIT_EXCEEDED", message: "x" }, { write: true })).toMatch(/for now, so nothing was changed\./);
  });

  it("after a lost answer the worker's own message says it all", () => {
    expect(plainLine({ kind: "network", lostAnswer: "unknown", errorCode: "ERROR_HTTP_502", message: "…cannot tell whether the case was claimed." }, { write: true })).toBeNull();
  });
});
