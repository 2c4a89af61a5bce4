import { WRITE_DEADLINE_MS } from "../messaging/write-deadlines";
import { AnswerLost, notDone } from "../salesforce/answer-lost";
import { SalesforceError } from "../salesforce/composite";
import { joinWrite, writeOrReread } from "./lost-answers";

describe("writeOrReread", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("the happy path: the write's answer, no re-read", async () => {
    const reread = vi.fn();
    await expect(writeOrReread(async () => "claimed", reread, "the case was claimed")).resolves.toBe("claimed");
    expect(reread).not.toHaveBeenCalled();
  });

  it("an answered failure is Salesforce's: thrown as it came, no re-read", async () => {
    const reread = vi.fn();
    const refused = new SalesforceError("FIELD_CUSTOM_VALIDATION_EXCEPTION", "Set a Case Reason.");
    await expect(writeOrReread(() => Promise.reject(refused), reread, "x")).rejects.toBe(refused);
    expect(reread).not.toHaveBeenCalled();
  });

  it("no answer by the deadline: the write is not sent again, the record is read once", async () => {
    const write = vi.fn(() => new Promise<string>(() => undefined));
    const reread = vi.fn(async () => "now owned by you");
    const answer = writeOrReread(write, reread, "the case was claimed");
    await vi.advanceTimersByTimeAsync(WRITE_DEADLINE_MS - 1);
    expect(reread).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toBe("now owned by you");
    expect(write).toHaveBeenCalledTimes(1);
    expect(reread).toHaveBeenCalledTimes(1);
    expect(reread.mock.calls[0]).toEqual([expect.any(AnswerLost)]);
  });

  it("a re-read that shows nothing happened answers its verdict", async () => {
    const verdict = notDone(new TypeError("Failed to fetch"), "the call was not logged.");
    await expect(writeOrReread(() => Promise.reject(new TypeError("Failed to fetch")), () => Promise.reject(verdict), "the call was logged")).rejects.toBe(verdict);
  });

  it("a re-read that fails too: the outcome is unknown", async () => {
    const answer = writeOrReread(() => Promise.reject(new TypeError("Failed to fetch")), () => Promise.reject(new TypeError("Failed to fetch")), "the case was closed");
    await expect(answer).rejects.toMatchObject({ name: "LostAnswerVerdict", appError: { lostAnswer: "unknown" } });
  });
});

describe("joinWrite", () => {
  it("a second identical write while the first is in flight joins it; after it, a new one runs", async () => {
    let release!: (value: string) => void;
    const run = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const first = joinWrite("key", run);
    const second = joinWrite("key", run);
    expect(run).toHaveBeenCalledTimes(1);
    release("claimed");
    await expect(Promise.all([first, second])).resolves.toEqual(["claimed", "claimed"]);
    void joinWrite("key", run);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
