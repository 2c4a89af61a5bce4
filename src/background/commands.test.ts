import { poolOverviewFixture, queueRowFixture } from "../../test/support/pool-overview-fixture";
import { runCommand, takeNextCandidates, type CommandDeps } from "./commands";

function fakeDeps(takeNext: CommandDeps["takeNext"] = async () => ({ claimed: { id: "5008X0000000001QAA", caseNumber: "00000001" }, skipped: [], openedInTab: true })) {
  const sent: Array<[string, unknown]> = [];
  const deps: CommandDeps = {
    sendToTab: async (tabId, message) => sent.push([`tab ${tabId}`, message]),
    broadcast: async (message) => sent.push(["pages", message]),
    takeNext,
    tell: async (title, message) => sent.push(["tell", `${title}: ${message}`]),
  };
  return { deps, sent };
}

describe("keyboard shortcuts", () => {
  it("show or hide the panel of the tab the AE is on", async () => {
    const { deps, sent } = fakeDeps();
    await runCommand("toggle-panel", 7, deps);
    expect(sent).toEqual([["tab 7", { pcc: "toggle-panel" }]]);
  });

  it("claim: open a collapsed panel first, then the panel of that tab claims as its button would", async () => {
    const { deps, sent } = fakeDeps();
    await runCommand("claim-case", 7, deps);
    expect(sent).toEqual([
      ["tab 7", { pcc: "show-panel" }],
      ["pages", { pcc: "claim-case", tabId: 7 }],
    ]);
  });

  it("take next says so when nothing could be taken, and when no Salesforce tab is open; a claimed case opens by itself", async () => {
    const claimed = fakeDeps();
    await runCommand("take-next", undefined, claimed.deps);
    expect(claimed.sent).toEqual([]);
    const empty = fakeDeps(async () => ({ claimed: null, skipped: [], openedInTab: false }));
    await runCommand("take-next", undefined, empty.deps);
    expect(empty.sent).toEqual([["tell", "Take next: Nothing waits in your pool's queue."]]);
    const noTab = fakeDeps(async () => null);
    await runCommand("take-next", undefined, noTab.deps);
    expect(noTab.sent[0]![1]).toMatch(/Open your Salesforce org in a tab/);
    const failing = fakeDeps(async () => Promise.reject(new Error("You are not logged in to Salesforce in this browser.")));
    await runCommand("take-next", undefined, failing.deps);
    expect(failing.sent).toEqual([["tell", "Take next did not run: You are not logged in to Salesforce in this browser."]]);
  });

  it("take next tries the queue High first, then oldest, leaving out cases that go to another AE", () => {
    const overview = poolOverviewFixture({
      queue: [
        queueRowFixture(1, { priority: "Low", createdDate: "2026-11-16T15:00:00.000+0000" }),
        queueRowFixture(2, { priority: "High", createdDate: "2026-11-18T15:00:00.000+0000" }),
        queueRowFixture(3, { priority: "High", createdDate: "2026-11-17T15:00:00.000+0000", conflict: { kind: "open-case", label: "Case 9", transferTo: { id: "0058X0000000002QAA", name: "Avery Chen" } } }),
      ],
    });
    expect(takeNextCandidates(overview, "High").map((candidate) => candidate.caseNumber)).toEqual(["00000002", "00000001"]);
  });
});
