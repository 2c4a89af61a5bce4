import { orgContextFixture } from "../../test/support/org-context-fixture";
import { ClaimResultSchema } from "./case-actions";
import { OrgContextSchema } from "./org-context";
import { REDELIVER_AFTER_MS, RequestFailed, sendRequest } from "./send-request";

const NOT_DELIVERED = new Error("Could not establish connection. Receiving end does not exist.");

/** A transport whose answers are given in order: an Error is thrown, anything else answered. */
function transportOf(...answers: unknown[]) {
  const sent: unknown[] = [];
  const transport = async (message: unknown) => {
    sent.push(message);
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { transport, sent };
}

describe("sendRequest", () => {
  it("sends again a message no listener received (the worker was stopping), and answers from the try that arrived", async () => {
    const { transport, sent } = transportOf(NOT_DELIVERED, { ok: true, data: orgContextFixture() });
    const context = await sendRequest({ type: "org/context" }, OrgContextSchema, transport);
    expect(context.me.id).toBe(orgContextFixture().me.id);
    expect(sent).toHaveLength(2);
  });

  it("waits longer each time while the worker is still stopping (a busy machine): the third try arrives", async () => {
    const { transport, sent } = transportOf(NOT_DELIVERED, NOT_DELIVERED, { ok: true, data: orgContextFixture() });
    const started = Date.now();
    await sendRequest({ type: "org/context" }, OrgContextSchema, transport);
    expect(sent).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(REDELIVER_AFTER_MS[0] + REDELIVER_AFTER_MS[1] - 5);
  });

  it("never sends a write again when the worker got it and went away: its outcome is unknown", async () => {
    const { transport, sent } = transportOf(new Error("The message port closed before a response was received."));
    const claim = sendRequest({ type: "case/claim", caseId: "5008X00002CytL1QAJ", lastModifiedDate: "2026-12-01T10:00:00.000Z", ownerId: "00G8X0000000001UAA", accountId: null }, ClaimResultSchema, transport);
    await expect(claim).rejects.toBeInstanceOf(RequestFailed);
    await expect(claim).rejects.toMatchObject({ error: { lostAnswer: "unknown" } });
    expect(sent).toHaveLength(1);
  });

  it("parses the answer with the schema named for it: one that does not fit is an internal error, not data", async () => {
    const { transport } = transportOf({ ok: true, data: { ...orgContextFixture(), me: { id: 42 } } }, { ok: false, error: { kind: "session", message: "Log in to Salesforce." } });
    await expect(sendRequest({ type: "org/context" }, OrgContextSchema, transport)).rejects.toMatchObject({ error: { kind: "internal", message: expect.stringMatching(/does not understand/) } });
    await expect(sendRequest({ type: "org/context" }, OrgContextSchema, transport)).rejects.toMatchObject({ error: { kind: "session", message: "Log in to Salesforce." } });
  });

  it("gives up after the last try, with the reason", async () => {
    const { transport, sent } = transportOf(...REDELIVER_AFTER_MS.map(() => NOT_DELIVERED), NOT_DELIVERED);
    await expect(sendRequest({ type: "org/context" }, OrgContextSchema, transport)).rejects.toThrow(/did not answer .*Receiving end does not exist/);
    expect(sent).toHaveLength(REDELIVER_AFTER_MS.length + 1);
  });
});
