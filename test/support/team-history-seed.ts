/**
 * Six weeks of worked cases on top of the demo org, for the team view: about 80
 * closed AMER pooled cases a month (the handbook's volume) and a few EMEA ones,
 * each claimed by an AE after a spread of business waits (some past the 8-hour
 * SLA), closed after a spread of days (some past the 7-day target) with a
 * Resolution Action, over every trigger. Only closed cases are added, so the
 * demo's queue, conflicts and cadences are untouched. Deterministic for a given `now`.
 */
import { random } from "../simulator/fixtures/team-cases";
import { iso, KEY_PREFIX, makeId, type OrgSeed, type SeedRecord } from "../simulator/seed-types";
import { DEMO_USERS, QUEUE_IDS, QUEUE_NAMES, RECORD_TYPE_IDS, type DemoUserKey } from "../simulator/seeds/baseline";
import { DAY_MS, HOUR_MS } from "../simulator/seeds/business-hours";
import { truncateToSecond } from "../simulator/values";

const CASE_HISTORY_PREFIX = "017";
const FIRST_CASE = 600;

const SUBJECTS: ReadonlyArray<[subject: string, origin: string]> = [
  ["Contact Us Form Response - Team history customer", "Web Form"],
  ["NPS/CSAT Survey Response - Score 4", "Gainsight Survey"],
  ["PQL Hand Raise - Premium trial", "In-Product"],
  ["Post Churn Survey Response", "Gainsight Survey"],
  ["Fast Moving Buyer Alert - Security eBook", "PathFactory"],
  ["Referral", "SMB Pool Internal Created"],
  ["Expansion Opportunity: Seat overage 108%", "Case Automation"],
  ["Churn & Contraction Mitigation: Seat usage down 25% in 60 days", "Case Automation"],
  ["Urgent Renewal & TRX Support: Subscription expires in 10 days", "Case Automation"],
  ["Inbound Request: Quote for 5 additional seats", "Email"],
  ["Question about a refund", "Email"],
];

const CLOSINGS: ReadonlyArray<[status: string, action: string | null]> = [
  ["Closed_Resolved", "Opportunity Created"],
  ["Closed_Resolved", "Upgrade Completed"],
  ["Closed_Resolved", "Renewal Processed"],
  ["Closed_Resolved", "Question Answered"],
  ["Closed_Resolved", "Referred to Support"],
  ["Closed - Customer Unresponsive", "Customer Unresponsive"],
  ["Closed - Duplicate", "No Action Required"],
  ["Closed_Resolved", null],
];

const AMER_AES: readonly DemoUserKey[] = ["averyChen", "jordanRivera", "marcusLee", "priyaShah", "samOkafor"];
const EMEA_AES: readonly DemoUserKey[] = ["siobhanMurphy", "lukasBecker", "elinJohansson"];

export const TEAM_HISTORY = { amerCases: 110, emeaCases: 14, days: 42 } as const;

export function withTeamHistory(seed: OrgSeed, now: Date): OrgSeed {
  const next = random(20261201);
  const t = truncateToSecond(now.getTime());
  const cases: SeedRecord[] = [];
  const histories: SeedRecord[] = [];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const add = (n: number, emea: boolean) => {
    const ae = DEMO_USERS[pick(emea ? EMEA_AES : AMER_AES)];
    const created = truncateToSecond(t - (0.3 + next() * (TEAM_HISTORY.days - 0.3)) * DAY_MS);
    // Waits from minutes to two days of wall time: weekends and nights push some past the SLA.
    const claimed = Math.min(t - HOUR_MS, truncateToSecond(created + (0.1 + next() ** 2 * 48) * HOUR_MS));
    // Closed 5 hours to 11 days after the claim; one that would close in the future closed some time since the claim.
    const planned = claimed + (0.2 + next() * 11) * DAY_MS;
    const closed = truncateToSecond(planned < t - 60_000 ? planned : claimed + next() * (t - 60_000 - claimed));
    const [subject, origin] = pick(SUBJECTS);
    const [status, action] = pick(CLOSINGS);
    const id = makeId(KEY_PREFIX.Case, n);
    const queueId = emea ? QUEUE_IDS.emea : QUEUE_IDS.amer;
    cases.push({
      Id: id,
      Subject: subject,
      Description: null,
      Status: status,
      Priority: pick(["High", "Medium", "Medium", "Low"]),
      Origin: origin,
      Reason: null,
      OwnerId: ae.userId,
      ContactId: null,
      AccountId: null,
      RecordTypeId: RECORD_TYPE_IDS.pooledSalesCase,
      Opportunity__c: null,
      Notes__c: null,
      Resolution_Action__c: action,
      Web_Form_Details__c: null,
      First_Responded_Date__c: iso(claimed),
      Time_To_First_Response__c: Math.round((claimed - created) / 36_000) / 100,
      CreatedDate: iso(created),
      ClosedDate: iso(Math.max(closed, claimed)),
      CreatedById: ae.userId,
    });
    const history = (field: string, oldValue: string, newValue: string, at: number) =>
      histories.push({ Id: makeId(CASE_HISTORY_PREFIX, 5000 + histories.length), CaseId: id, Field: field, OldValue: oldValue, NewValue: newValue, CreatedDate: iso(at), CreatedById: ae.userId });
    history("Owner", queueId, ae.userId, claimed);
    history("Owner", emea ? QUEUE_NAMES.emea : QUEUE_NAMES.amer, ae.name, claimed);
    history("Status", "New", "In Progress", claimed);
    history("Status", "In Progress", status, Math.max(closed, claimed));
  };
  for (let i = 0; i < TEAM_HISTORY.amerCases; i++) add(FIRST_CASE + i, false);
  for (let i = 0; i < TEAM_HISTORY.emeaCases; i++) add(FIRST_CASE + TEAM_HISTORY.amerCases + i, true);
  const records = { ...seed.records } as Record<string, SeedRecord[] | undefined>;
  records.Case = [...(records.Case ?? []), ...cases];
  records.CaseHistory = [...(records.CaseHistory ?? []), ...histories];
  return { ...seed, records: records as OrgSeed["records"] };
}
