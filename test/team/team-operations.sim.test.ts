/**
 * The team view through the worker's router and handlers, with the real jsforce
 * client, against the simulated org (the demo org plus six weeks of worked cases),
 * as the AMER Pooled ASM. Every figure is checked against a computation made here
 * from the org's rows: counting and grouping by hand, business hours with the
 * seed's own calendar code (not the extension's), local days with Intl. The
 * cadence is checked against what the panel shows for each case.
 */
import { createSimulator, type Simulator } from "../simulator/index";
import { AMER_CALENDAR, DEMO_USERS, QUEUE_IDS, RECORD_TYPE_IDS } from "../simulator/seeds/baseline";
import { businessMsBetween, HOUR_MS } from "../simulator/seeds/business-hours";
import { demoSeed } from "../simulator/seeds/demo";
import type { Row } from "../simulator/values";
import { simWorker } from "../support/sim-worker";
import { withTeamHistory } from "../support/team-history-seed";
import { deriveCaseView } from "../../src/features/case-panel/derive-case-view";
import { classifyTrigger } from "../../src/domain/trigger/classify-trigger";
import { DEFAULT_PROFILE } from "../../src/domain/org-profile";
import type { OrgContext } from "../../src/messaging/org-context";
import type { CaseRef, TeamNow, TeamPeriodAnswer } from "../../src/messaging/team";
import { clearMemoryCache } from "../../src/salesforce/session-cache";

const NY = "America/New_York";
const AMER_AES = ["averyChen", "jordanRivera", "marcusLee", "priyaShah", "samOkafor"] as const;
const SLA_MS = 8 * HOUR_MS;
const AT_RISK_MS = 6 * HOUR_MS;

let sim: Simulator;
let dana: ReturnType<typeof simWorker>;
beforeAll(async () => {
  const now = new Date();
  sim = await createSimulator({ seed: withTeamHistory(demoSeed(now), now), tls: false });
  dana = simWorker(sim, DEMO_USERS.danaWhitfield.username);
});
afterAll(() => sim.close());
beforeEach(() => clearMemoryCache());

const ms = (value: unknown) => Number(value);
const localDay = (at: number, timeZone = NY) => new Date(at).toLocaleString("sv-SE", { timeZone }).slice(0, 10);
const cases = () => sim.store.rows("Case");
const amerOwners = new Set<string>([QUEUE_IDS.amer, ...AMER_AES.map((key) => DEMO_USERS[key].userId)]);
const isAmerPooled = (row: Row) => row.RecordTypeId === RECORD_TYPE_IDS.pooledSalesCase && amerOwners.has(String(row.OwnerId));
const waitingAmer = () => cases().filter((row) => row.IsClosed !== true && row.OwnerId === QUEUE_IDS.amer);
const idsOf = (refs: readonly CaseRef[]) => refs.map((ref) => ref.id).sort();
const sortedIds = (rows: readonly Row[]) => rows.map((row) => String(row.Id)).sort();

/** Calendar days between two local dates. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

async function now(): Promise<TeamNow> {
  const answer = await dana.send({ type: "team/now", poolKey: null });
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.data!;
}

async function period(kind: "this-week" | "last-30-days"): Promise<TeamPeriodAnswer> {
  const answer = await dana.send({ type: "team/period", poolKey: "amer", period: kind });
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.data!;
}

describe("the team view right now", () => {
  it("reads everything in one API call", async () => {
    await dana.send({ type: "org/context" });
    const before = sim.apiUsage.used;
    await now();
    expect(sim.apiUsage.used - before).toBe(1);
  });

  it("counts the queue's waiting cases by age band (local days in the ASM's zone) and priority", async () => {
    const answer = await now();
    const today = localDay(Date.now());
    const band = (row: Row) => {
      const days = daysBetween(localDay(ms(row.CreatedDate)), today);
      return days <= 0 ? "today" : days <= 2 ? "1-2d" : days <= 6 ? "3-6d" : "7d+";
    };
    const waiting = waitingAmer();
    expect(waiting.length).toBeGreaterThan(10);
    expect(answer.waiting.total).toBe(waiting.length);
    for (const row of answer.waiting.bands) {
      for (const cell of row.cells) {
        expect(cell.cases, `${row.key} ${cell.priority}`).toBe(waiting.filter((c) => band(c) === row.key && (c.Priority ?? null) === cell.priority).length);
      }
    }
    expect(answer.waiting.priorities.map((p) => p.value)).toEqual(["High", "Medium", "Low"]);
    expect(answer.waiting.oldest).toBe(new Date(Math.min(...waiting.map((c) => ms(c.CreatedDate)))).toISOString().replace(".000Z", ".000+0000"));
  });

  it("lists the waiting cases at risk and breached by business hours, as the badge counts them", async () => {
    const answer = await now();
    const at = Date.now();
    const used = (row: Row) => businessMsBetween(ms(row.CreatedDate), at, AMER_CALENDAR);
    const unanswered = waitingAmer().filter((row) => row.First_Responded_Date__c == null);
    expect(idsOf(answer.sla.breached)).toEqual(sortedIds(unanswered.filter((row) => used(row) >= SLA_MS)));
    expect(idsOf(answer.sla.atRisk)).toEqual(sortedIds(unanswered.filter((row) => used(row) >= AT_RISK_MS && used(row) < SLA_MS)));
    expect(answer.sla.breached.length).toBeGreaterThanOrEqual(3);
    expect(answer.sla.atRisk.length).toBeGreaterThanOrEqual(1);
  });

  it("gives each AE of the pool their open cases, overdue cadence steps (as each AE's panel shows them) and upgrades against the cap", async () => {
    const answer = await now();
    expect(answer.members.map((member) => member.person.name).sort()).toEqual(AMER_AES.map((key) => DEMO_USERS[key].name).sort());
    expect(answer.upgradeCap).toBe(15);
    for (const key of AMER_AES) {
      const user = DEMO_USERS[key];
      const member = answer.members.find((m) => m.person.id === user.userId)!;
      const open = cases().filter((row) => row.OwnerId === user.userId && row.IsClosed !== true && row.RecordTypeId === RECORD_TYPE_IDS.pooledSalesCase);
      expect(idsOf(member.openCases), key).toEqual(sortedIds(open));

      // The AE's own panel on each of their cases: the steps it shows overdue.
      const worker = simWorker(sim, user.username);
      const context = (await worker.send({ type: "org/context" })).data as OrgContext;
      const panelOverdue: string[] = [];
      for (const row of open) {
        const answer = await worker.send({ type: "case/panel", caseId: String(row.Id) });
        const view = deriveCaseView({ ...answer.data!, org: context }, new Date());
        for (const step of view.cadence) if (step.state === "overdue") panelOverdue.push(`${String(row.Id)}:${step.day}`);
      }
      expect(member.overdueSteps.map((step) => `${step.case.id}:${step.day}`).sort(), key).toEqual(panelOverdue.sort());

      const upgrades = sim.store
        .rows("Opportunity")
        .filter((opp) => opp.OwnerId === user.userId && opp.IsClosed !== true && /ultimate\s+upgrade/i.test(`${String(opp.Name)} ${String(opp.NextStep)}`));
      expect(member.upgrades.map((opp) => opp.id).sort(), key).toEqual(sortedIds(upgrades));
    }
    const jordan = answer.members.find((m) => m.person.id === DEMO_USERS.jordanRivera.userId)!;
    expect(jordan.upgrades).toHaveLength(15);
    expect(answer.members.some((m) => m.overdueSteps.length > 0)).toBe(true);
  });

  it("lets an AE see their own pool only", async () => {
    const avery = simWorker(sim, DEMO_USERS.averyChen.username);
    const own = await avery.send({ type: "team/now", poolKey: null });
    expect(own.ok).toBe(true);
    expect(own.data!.viewer).toMatchObject({ isManager: false, pools: [{ key: "amer" }] });
    const other = await avery.send({ type: "team/now", poolKey: "emea" });
    expect(other.ok).toBe(false);
    expect(other.error?.message).toMatch(/Only the Pooled ASM/);
    expect((await dana.send({ type: "team/now", poolKey: "emea" })).ok).toBe(true);
  });
});

describe("the team view over a period", () => {
  const startOf = (answer: TeamPeriodAnswer) => Date.parse(answer.period.start);

  it("reads everything in one API call", async () => {
    await dana.send({ type: "org/context" });
    const before = sim.apiUsage.used;
    await period("last-30-days");
    expect(sim.apiUsage.used - before).toBe(1);
  });

  it("SLA met % and the median time to first response by business hours, over the cases that entered in the period", async () => {
    const answer = await period("last-30-days");
    const at = Date.now();
    const entered = cases().filter((row) => isAmerPooled(row) && ms(row.CreatedDate) >= startOf(answer));
    const answerMs = (row: Row) => businessMsBetween(ms(row.CreatedDate), ms(row.First_Responded_Date__c), AMER_CALENDAR);
    const answered = entered.filter((row) => row.First_Responded_Date__c != null);
    // In time when answered before the 8th business hour was reached: an answer after closing time
    // on the due day used no more business time, but came after the deadline.
    const inTime = (row: Row) => answerMs(row) < SLA_MS || businessMsBetween(ms(row.CreatedDate), ms(row.First_Responded_Date__c) - 1000, AMER_CALENDAR) < SLA_MS;
    const met = answered.filter(inTime);
    const missed = [...answered.filter((row) => !inTime(row)), ...entered.filter((row) => row.First_Responded_Date__c == null && businessMsBetween(ms(row.CreatedDate), at, AMER_CALENDAR) >= SLA_MS)];
    expect(met.length).toBeGreaterThan(20);
    expect(missed.length).toBeGreaterThan(5);
    expect(idsOf(answer.sla!.met)).toEqual(sortedIds(met));
    expect(idsOf(answer.sla!.missed)).toEqual(sortedIds(missed));
    expect(answer.sla!.percent).toBeCloseTo((100 * met.length) / (met.length + missed.length), 6);

    const times = answered.map(answerMs).sort((a, b) => a - b);
    const mid = Math.floor(times.length / 2);
    expect(answer.firstResponse).toEqual({ answered: times.length, medianBusinessMs: times.length % 2 ? times[mid] : (times[mid - 1]! + times[mid]!) / 2 });
  });

  it("counts cases opened and closed per local day, per trigger and per resolution action", async () => {
    const answer = await period("last-30-days");
    const entered = cases().filter((row) => isAmerPooled(row) && ms(row.CreatedDate) >= startOf(answer));
    const closed = cases().filter((row) => isAmerPooled(row) && row.IsClosed === true && ms(row.ClosedDate) >= startOf(answer));
    expect(answer.period.days).toHaveLength(30);
    for (const day of answer.perDay) {
      expect(day.opened, day.day).toBe(entered.filter((row) => localDay(ms(row.CreatedDate)) === day.day).length);
      expect(day.closed, day.day).toBe(closed.filter((row) => localDay(ms(row.ClosedDate)) === day.day).length);
    }
    expect(answer.totals).toEqual({ opened: entered.length, closed: closed.length });

    const perTrigger = new Map<string, number>();
    for (const row of entered) {
      const match = classifyTrigger({ subject: (row.Subject as string) ?? null, origin: (row.Origin as string) ?? null }, DEFAULT_PROFILE.policy.triggers);
      const key = match.kind === "classified" ? match.trigger : "unclassified";
      perTrigger.set(key, (perTrigger.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(answer.triggers.map((t) => [t.trigger, t.cases]))).toEqual(Object.fromEntries(perTrigger));
    expect(answer.triggers.length).toBeGreaterThanOrEqual(8);

    const perAction = new Map<string | null, number>();
    for (const row of closed) perAction.set((row.Resolution_Action__c as string) ?? null, (perAction.get((row.Resolution_Action__c as string) ?? null) ?? 0) + 1);
    expect(new Map(answer.resolutionActions!.map((a) => [a.action, a.cases]))).toEqual(perAction);
  });

  it("resolved within 7 days: closed by the same local time a week after opening", async () => {
    const answer = await period("last-30-days");
    const closed = cases().filter((row) => isAmerPooled(row) && row.IsClosed === true && ms(row.ClosedDate) >= startOf(answer));
    const wall = (at: number) => new Date(at).toLocaleString("sv-SE", { timeZone: NY }).replace(" ", "T");
    const due = (row: Row) => {
      const [date, time] = wall(ms(row.CreatedDate)).split("T");
      const dueDate = new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      return `${dueDate}T${time}`;
    };
    const inTime = closed.filter((row) => wall(ms(row.ClosedDate)) <= due(row));
    expect(inTime.length).toBeGreaterThan(5);
    expect(inTime.length).toBeLessThan(closed.length);
    expect(idsOf(answer.resolution.inTime)).toEqual(sortedIds(inTime));
    expect(answer.resolution.inTime.length + answer.resolution.late.length).toBe(closed.length);
  });

  it("this week starts on Monday in the ASM's zone", async () => {
    const answer = await period("this-week");
    expect(new Date(answer.period.days[0]! + "T12:00:00Z").getUTCDay()).toBe(1);
    expect(answer.period.days.at(-1)).toBe(localDay(Date.now()));
  });
});

describe("the cases behind a figure", () => {
  it("lists the waiting cases of a band and priority that the aggregate counted", async () => {
    const team = await now();
    for (const band of team.waiting.bands) {
      for (const cell of band.cells.filter((c) => c.cases > 0)) {
        const answer = await dana.send({ type: "team/cases", poolKey: "amer", figure: { kind: "waiting", band: band.key, priority: cell.priority } });
        expect(answer.data!.cases, `${band.key} ${cell.priority}`).toHaveLength(cell.cases);
        expect(answer.data!.cases.every((c) => (c.priority ?? null) === cell.priority)).toBe(true);
      }
    }
  });

  it("lists the cases of a trigger, a day and a resolution action that the period counted", async () => {
    const answer = await period("last-30-days");
    for (const trigger of answer.triggers) {
      const listed = await dana.send({ type: "team/cases", poolKey: "amer", figure: { kind: "trigger", period: "last-30-days", trigger: trigger.trigger } });
      expect(listed.data!.cases, trigger.trigger).toHaveLength(trigger.cases);
    }
    const busiest = [...answer.perDay].sort((a, b) => b.opened - a.opened)[0]!;
    const opened = await dana.send({ type: "team/cases", poolKey: "amer", figure: { kind: "opened", period: "last-30-days", day: busiest.day } });
    expect(opened.data!.cases).toHaveLength(busiest.opened);
    for (const action of answer.resolutionActions!) {
      const listed = await dana.send({ type: "team/cases", poolKey: "amer", figure: { kind: "closed", period: "last-30-days", action: action.action } });
      expect(listed.data!.cases, String(action.action)).toHaveLength(action.cases);
    }
  });
});

// The org context the ASM's worker reads says who Dana is; the team view relies on it.
it("knows the ASM as the manager of the AMER pool", async () => {
  const answer = await dana.send({ type: "org/context" });
  expect((answer.data as OrgContext).me).toMatchObject({ isManager: true });
});
