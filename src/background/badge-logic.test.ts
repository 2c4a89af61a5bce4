import { attentionCount, badgeCountOf, BADGE_PERIOD_MINUTES, badgeText, lightningCaseUrl, onAlarm, onTabsChanged, orgOfTabs, pickSalesforceTab, pollNeeded, rideNeeded } from "./badge-logic";

const tab = (url: string, extra: { active?: boolean; lastAccessed?: number; id?: number } = {}) => ({ url, ...extra });

describe("which Salesforce tab the badge and the popup follow", () => {
  it("prefers the active Salesforce tab, then the one used last, and ignores everything else", () => {
    const tabs = [
      tab("chrome-extension://abc/popup.html", { active: true, lastAccessed: 9 }),
      tab("https://acme.lightning.force.com/lightning/page/home", { lastAccessed: 5, id: 1 }),
      tab("https://beta.my.salesforce.com/500/o", { lastAccessed: 7, id: 2 }),
      tab("https://evil.example/lightning.force.com", { active: true }),
    ];
    expect(pickSalesforceTab(tabs)?.id).toBe(2);
    expect(orgOfTabs(tabs)).toBe("beta.my.salesforce.com");
    expect(orgOfTabs([...tabs, tab("https://acme.lightning.force.com/lightning/r/Case/x/view", { active: true })])).toBe("acme.my.salesforce.com");
    expect(orgOfTabs([tab("https://example.com/"), {}])).toBeNull();
  });

  it("builds the Lightning case URL of the org", () => {
    expect(lightningCaseUrl("acme.my.salesforce.com", "5008X0000000007QAA")).toBe("https://acme.lightning.force.com/lightning/r/Case/5008X0000000007QAA/view");
  });
});

describe("when the badge refreshes", () => {
  it("starts with the first Salesforce tab and stops with the last", () => {
    expect(onTabsChanged(true, false)).toBe("start");
    expect(onTabsChanged(true, true)).toBe("none");
    expect(onTabsChanged(false, true)).toBe("stop");
    expect(onTabsChanged(false, false)).toBe("none");
  });

  it("makes no API call from an alarm while no Salesforce tab is open", () => {
    expect(onAlarm(true)).toBe("refresh");
    expect(onAlarm(false)).toBe("stop");
  });

  it("shows nothing for zero or unknown, and caps the text", () => {
    expect(badgeText(null)).toBe("");
    expect(badgeText(0)).toBe("");
    expect(badgeText(7)).toBe("7");
    expect(badgeText(120)).toBe("99+");
  });
});

describe("riding on answers that read the pool", () => {
  const minute = 60_000;
  const period = BADGE_PERIOD_MINUTES * minute;

  it("polls only when no read came in within the period", () => {
    expect(pollNeeded(null, 0)).toBe(true);
    expect(pollNeeded(0, period - minute)).toBe(false);
    expect(pollNeeded(0, period)).toBe(true);
  });

  it("lets a case view carry the pool read once the last is half a period old", () => {
    expect(rideNeeded(null, 0)).toBe(true);
    expect(rideNeeded(0, period / 2 - 1)).toBe(false);
    expect(rideNeeded(0, period / 2)).toBe(true);
  });

  it("counts the waiting cases that need attention", () => {
    expect(attentionCount([{ needsAttention: true }, { needsAttention: false }, { needsAttention: true }])).toBe(2);
  });
});

describe("what the badge's tooltip says it counts", () => {
  const where = { queue: "AMER Pooled Sales Queue", highPriority: "High" };
  const row = (priority: string | null, state: string) => ({ priority, sla: { state }, needsAttention: priority === "High" || state === "at-risk" || state === "breached" });
  const times = (n: number, make: () => ReturnType<typeof row>) => Array.from({ length: n }, make);

  it("names the High priority and SLA counts and the pool's queue", () => {
    const waiting = [...times(5, () => row("High", "on-track")), ...times(3, () => row("Medium", "at-risk")), row("Low", "breached"), row("Medium", "on-track")];
    expect(badgeCountOf(waiting, where)).toEqual({ count: 9, title: "5 High priority, 4 SLA at risk or breached waiting in AMER Pooled Sales Queue" });
  });

  it("says when cases are both, so the number is still the sum it shows", () => {
    const waiting = [row("High", "breached"), row("High", "at-risk"), row("High", "on-track"), row("Low", "at-risk")];
    expect(badgeCountOf(waiting, where)).toEqual({ count: 4, title: "3 High priority, 3 SLA at risk or breached waiting in AMER Pooled Sales Queue (2 are both: 4 cases)" });
  });

  it("uses the profile's high priority value and queue, and says when nothing waits that needs attention", () => {
    expect(badgeCountOf([row("Medium", "on-track")], { queue: "EMEA Pooled Sales Queue", highPriority: "Urgent" }).title).toBe("Nothing Urgent priority or SLA at risk waiting in EMEA Pooled Sales Queue");
    const urgent = { priority: "urgent", sla: { state: "on-track" }, needsAttention: true };
    expect(badgeCountOf([urgent], { queue: "Q", highPriority: "Urgent" }).title).toBe("1 Urgent priority, 0 SLA at risk or breached waiting in Q");
  });
});
