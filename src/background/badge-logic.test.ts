import { attentionCount, BADGE_PERIOD_MINUTES, badgeText, lightningCaseUrl, onAlarm, onTabsChanged, orgOfTabs, pickSalesforceTab, pollNeeded, rideNeeded } from "./badge-logic";

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
