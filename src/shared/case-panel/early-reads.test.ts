import { CasePanelAnswerSchema } from "../../messaging/case-panel-data";
import { OrgContextSchema } from "../../messaging/org-context";
import { EARLY_READ_LIFE_MS, sendEarly, takeEarly } from "./early-reads";

const CASE_ID = "5008X00002CytL1QAJ";

describe("the panel's early reads", () => {
  it("are taken once, by the same request: a second query asks the worker itself", async () => {
    const transport = vi.fn(async () => ({ ok: true, data: { answer: 1 } }));
    sendEarly({ type: "case/panel", caseId: CASE_ID }, transport);
    expect(transport).toHaveBeenCalledTimes(1);

    expect(takeEarly({ type: "case/panel", caseId: "5008X00002CytL2QAJ" }, CasePanelAnswerSchema)).toBeNull();
    expect(takeEarly({ type: "org/context" }, OrgContextSchema)).toBeNull();
    const taken = takeEarly({ type: "case/panel", caseId: CASE_ID }, CasePanelAnswerSchema);
    expect(takeEarly({ type: "case/panel", caseId: CASE_ID }, CasePanelAnswerSchema)).toBeNull();
    // The worker's own answer (here one the panel cannot parse), not a second request.
    await expect(taken).rejects.toThrow("does not understand");
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it("give the worker's error to the query that takes them, and none unhandled before", async () => {
    const transport = async () => ({ ok: false, error: { kind: "session", loginUrl: "https://acme.my.salesforce.com/", message: "Log in" } });
    sendEarly({ type: "org/context" }, transport);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeEarly({ type: "org/context" }, OrgContextSchema)).rejects.toThrow("Log in");
  });

  it("expire when no query came for them in time: a later one never gets an old answer", () => {
    let now = 1_000;
    sendEarly({ type: "case/panel", caseId: CASE_ID }, async () => ({ ok: true, data: {} }), () => now);
    now += EARLY_READ_LIFE_MS + 1;
    expect(takeEarly({ type: "case/panel", caseId: CASE_ID }, CasePanelAnswerSchema, () => now)).toBeNull();
  });
});
