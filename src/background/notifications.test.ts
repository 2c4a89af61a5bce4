import { memoryStorageArea } from "../../test/support/memory-storage-area";
import { orgContextFixture } from "../../test/support/org-context-fixture";
import { WORK_ALERTS_KEY } from "../messaging/work-alerts-settings";
import { caseOfNotification, noticeWork, startNotifications, workAlertsFor, type PoolRead } from "./notifications";

const WEDNESDAY_NOON = new Date("2026-11-18T17:00:00.000Z"); // New York 12:00, the pool's hours are open
const WEDNESDAY_NIGHT = new Date("2026-11-19T03:00:00.000Z"); // 22:00
const ORG = "acme.my.salesforce.com";

function fakeChrome() {
  const local = memoryStorageArea();
  const created: Array<{ id: string; options: chrome.notifications.NotificationOptions }> = [];
  const cleared: string[] = [];
  const clicks: Array<(id: string) => void> = [];
  (globalThis as any).chrome = {
    storage: { local: { get: local.get, set: local.set } },
    notifications: {
      create: async (id: string, options: any) => (created.push({ id, options }), id),
      clear: async (id: string) => (cleared.push(id), true),
      onClicked: { addListener: (listener: (id: string) => void) => clicks.push(listener) },
    },
    runtime: { getURL: (path: string) => `chrome-extension://x/${path}`, getManifest: () => ({ icons: { "128": "icon128.png" } }) },
  };
  return { local, created, cleared, clicks };
}

const waitingCase = (n: number, priority = "Low", slaState: "on-track" | "at-risk" = "on-track") => ({ id: `5008X00000000${n}0QAA`, caseNumber: `0000100${n}`, subject: `Case ${n}`, priority, slaState });
const read = (...waiting: ReturnType<typeof waitingCase>[]): PoolRead => ({ waiting, mine: null });
const context = orgContextFixture();

afterEach(() => delete (globalThis as any).chrome);

describe("desktop notifications", () => {
  it("are all off until the AE opts in, and the badge pauses outside working hours unless told not to", async () => {
    const { local } = fakeChrome();
    expect(await workAlertsFor(ORG, context, WEDNESDAY_NOON)).toMatchObject({ paused: false, wantsMyCases: false });
    expect(await workAlertsFor(ORG, context, WEDNESDAY_NIGHT)).toMatchObject({ paused: true });
    await local.set({ [WORK_ALERTS_KEY]: { highPriority: true, slaAtRisk: false, stepDue: true, onlyInWorkingHours: false } });
    expect(await workAlertsFor(ORG, context, WEDNESDAY_NIGHT)).toMatchObject({ paused: false, wantsMyCases: true });
  });

  it("tell a new High priority case once, with the org and case in the notification's id", async () => {
    const { local, created } = fakeChrome();
    await local.set({ [WORK_ALERTS_KEY]: { highPriority: true } });
    await noticeWork(ORG, context, read(waitingCase(1, "High")), WEDNESDAY_NOON); // the first read learns what is there
    await noticeWork(ORG, context, read(waitingCase(1, "High"), waitingCase(2, "High")), WEDNESDAY_NOON);
    await noticeWork(ORG, context, read(waitingCase(1, "High"), waitingCase(2, "High")), WEDNESDAY_NOON);
    expect(created).toHaveLength(1);
    expect(created[0]!.options).toMatchObject({ type: "basic", title: "New High priority case 00001002", message: "Case 2", iconUrl: "chrome-extension://x/icon128.png" });
    expect(caseOfNotification(created[0]!.id)).toEqual({ apiHost: ORG, caseId: waitingCase(2).id });
  });

  it("never tell the same event twice when two reads arrive together", async () => {
    const { local, created } = fakeChrome();
    await local.set({ [WORK_ALERTS_KEY]: { slaAtRisk: true } });
    await noticeWork(ORG, context, read(), WEDNESDAY_NOON);
    await Promise.all([noticeWork(ORG, context, read(waitingCase(3, "Low", "at-risk")), WEDNESDAY_NOON), noticeWork(ORG, context, read(waitingCase(3, "Low", "at-risk")), WEDNESDAY_NOON)]);
    expect(created.map((entry) => entry.options.title)).toEqual(["SLA at risk: case 00001003"]);
  });

  it("keep quiet outside working hours, and tell in the morning what came overnight", async () => {
    const { local, created } = fakeChrome();
    await local.set({ [WORK_ALERTS_KEY]: { highPriority: true } });
    await noticeWork(ORG, context, read(), WEDNESDAY_NOON);
    await noticeWork(ORG, context, read(waitingCase(4, "High")), WEDNESDAY_NIGHT);
    expect(created).toHaveLength(0);
    await noticeWork(ORG, context, read(waitingCase(4, "High")), new Date("2026-11-19T14:05:00.000Z")); // Thursday 09:05
    expect(created).toHaveLength(1);
  });

  it("tell a cadence step of mine due today, from my cases when the read has them", async () => {
    const { local, created } = fakeChrome();
    await local.set({ [WORK_ALERTS_KEY]: { stepDue: true } });
    const mine = (activities: Array<{ kind: "email" | "call"; at: string }>) => ({
      waiting: [],
      mine: [{ id: "5008X0000000021QAA", caseNumber: "00000021", subject: "Renewal", claimedAt: "2026-11-16T15:00:00.000Z", activities }],
    });
    await noticeWork(ORG, context, mine([]), new Date("2026-11-16T16:00:00.000Z")); // Monday: the Day 1 email is due (baseline)
    await noticeWork(ORG, context, mine([{ kind: "email", at: "2026-11-16T16:30:00.000Z" }]), WEDNESDAY_NOON); // Wednesday: the Day 3 call
    expect(created.map((entry) => entry.options.title)).toEqual(["Day 3 call due today: case 00000021"]);
  });

  it("open the case in the Salesforce tab when clicked, then clear", async () => {
    const { clicks, cleared } = fakeChrome();
    const opened: string[] = [];
    startNotifications(async (apiHost, caseId) => void opened.push(`${apiHost} ${caseId}`));
    clicks[0]!(`pcc-work|${ORG}|5008X0000000021QAA|high:5008X0000000021QAA`);
    clicks[0]!("another-extension-id");
    await vi.waitFor(() => expect(cleared).toHaveLength(1));
    expect(opened).toEqual([`${ORG} 5008X0000000021QAA`]);
  });
});
