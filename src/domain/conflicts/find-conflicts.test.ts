import { DEFAULT_PROFILE } from "../org-profile";
import { toId18 } from "../salesforce-id";
import { findConflicts, ownWork, transferTarget, type AccountCase, type AccountOpportunity, type Conflict } from "./find-conflicts";

const id15 = (prefix: string, n: number) => `${prefix}8X${String(n).padStart(10, "0")}`;
const POOLED_USER = { id: toId18("0058X00000F1YFq"), name: "Pooled Sales User" };
const QUEUE = { id: toId18(id15("00G", 1)), name: "Pooled Sales Queue", isQueue: true };
const ANA = { id: toId18(id15("005", 1)), name: "Ana AE" };
const BEN = { id: toId18(id15("005", 2)), name: "Ben AE" };
const THIS_CASE = toId18(id15("500", 1));

const kase = (n: number, overrides: Partial<AccountCase> = {}): AccountCase => ({
  id: toId18(id15("500", n)),
  caseNumber: String(1000 + n).padStart(8, "0"),
  isClosed: false,
  isPooled: true,
  owner: { ...ANA, isQueue: false },
  ...overrides,
});
const opp = (n: number, overrides: Partial<AccountOpportunity> = {}): AccountOpportunity => ({
  id: toId18(id15("006", n)),
  name: `Acme - Ultimate Upgrade ${n}`,
  nextStep: null,
  isClosed: false,
  owner: BEN,
  ...overrides,
});

const conflicts = (otherCases: AccountCase[], opportunities: AccountOpportunity[] = [], meId: string | null = null) =>
  findConflicts({ caseId: THIS_CASE.slice(0, 15), otherCases, opportunities, pooledOwnerUserIds: ["0058X00000F1YFq"], upgrade: DEFAULT_PROFILE.policy.upgrade, meId });
const summary = (found: Conflict[]) => found.map((c) => `${c.kind}:${c.label}->${c.transferTo.name}`);

describe("findConflicts", () => {
  it.each<[string, AccountCase[], AccountOpportunity[], string[]]>([
    ["nothing else on the account", [], [], []],
    ["an open Pooled case owned by an AE", [kase(2)], [], ["open-case:Case 00001002->Ana AE"]],
    ["the case itself (18 vs 15 characters) is not a conflict", [kase(1)], [], []],
    ["a closed case", [kase(2, { isClosed: true })], [], []],
    ["a support case", [kase(2, { isPooled: false })], [], []],
    ["a case still in the queue", [kase(2, { owner: QUEUE })], [], []],
    ["a case owned by the Pooled Sales User (15-char id in the list)", [kase(2, { owner: { ...POOLED_USER, isQueue: false } })], [], []],
    ["an open Ultimate Upgrade owned by an AE", [], [opp(1)], ["upgrade-opportunity:Acme - Ultimate Upgrade 1->Ben AE"]],
    ["marked only in Next Steps, any case", [], [opp(1, { name: "Acme expansion", nextStep: "ULTIMATE upgrade demo" })], ["upgrade-opportunity:Acme expansion->Ben AE"]],
    ["a closed upgrade", [], [opp(1, { isClosed: true })], []],
    ["an upgrade owned by the Pooled Sales User", [], [opp(1, { owner: POOLED_USER })], []],
    ["an open opportunity that is not an upgrade", [], [opp(1, { name: "Acme renewal", nextStep: "Send quote" })], []],
    [
      "both kinds",
      [kase(2), kase(3, { owner: { ...BEN, isQueue: false } })],
      [opp(1)],
      ["open-case:Case 00001002->Ana AE", "open-case:Case 00001003->Ben AE", "upgrade-opportunity:Acme - Ultimate Upgrade 1->Ben AE"],
    ],
  ])("%s", (_name, otherCases, opportunities, expected) => {
    expect(summary(conflicts(otherCases, opportunities))).toEqual(expected);
  });

  it("carries the record id and a plain owner", () => {
    expect(conflicts([kase(2)])).toEqual([{ kind: "open-case", recordId: kase(2).id, label: "Case 00001002", transferTo: ANA, mine: false }]);
  });
});

describe("transferTarget", () => {
  it.each<[string, AccountCase[], AccountOpportunity[], string | null]>([
    ["no conflicts: keep the case", [], [], null],
    ["one case owner", [kase(2)], [], "Ana AE"],
    ["the upgrade owner wins over an older case owner", [kase(2)], [opp(1)], "Ben AE"],
    ["the first (oldest) case owner among cases", [kase(2), kase(3, { owner: { ...BEN, isQueue: false } })], [], "Ana AE"],
    ["the first (oldest) upgrade owner among upgrades", [], [opp(1, { owner: BEN }), opp(2, { owner: ANA })], "Ben AE"],
  ])("%s", (_name, otherCases, opportunities, expected) => {
    expect(transferTarget(conflicts(otherCases, opportunities))?.name ?? null).toBe(expected);
  });

  it("says which conflict decided it", () => {
    const target = transferTarget(conflicts([kase(2)], [opp(1)]));
    expect(target).toMatchObject({ id: BEN.id, because: { kind: "upgrade-opportunity", recordId: opp(1).id } });
  });
});

describe("what I already work on the account", () => {
  // Ana looks at the new case; the 15-character form of her id must match too.
  const ME = ANA.id.slice(0, 15);

  it.each<[string, AccountCase[], AccountOpportunity[], string | null, string[]]>([
    ["my other open Pooled case: mine to claim, no transfer", [kase(2)], [], null, ["Case 00001002"]],
    ["my active upgrade opportunity: mine to claim", [], [opp(1, { owner: ANA })], null, ["Acme - Ultimate Upgrade 1"]],
    ["my case and another AE's upgrade: the other AE's record decides", [kase(2)], [opp(1)], "Ben AE", ["Case 00001002"]],
    ["another AE's case only: still theirs", [kase(2, { owner: { ...BEN, isQueue: false } })], [], "Ben AE", []],
  ])("%s", (_name, otherCases, opportunities, target, mine) => {
    const found = conflicts(otherCases, opportunities, ME);
    expect(transferTarget(found)?.name ?? null).toBe(target);
    expect(ownWork(found).map((c) => c.label)).toEqual(mine);
  });

  it("is still listed as a conflict, marked mine", () => {
    expect(conflicts([kase(2)], [], ME)).toEqual([{ kind: "open-case", recordId: kase(2).id, label: "Case 00001002", transferTo: ANA, mine: true }]);
  });
});
