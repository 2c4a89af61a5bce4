import { toId18 } from "../salesforce-id";
import { claimOrderCheck, orderQueue, queuePosition, type QueueCase } from "./queue-order";

const id = (n: number) => toId18(`5008X${String(n).padStart(10, "0")}`);
const kase = (n: number, priority: string | null, created: string): QueueCase => ({
  id: id(n),
  caseNumber: String(1000 + n).padStart(8, "0"),
  priority,
  createdAt: new Date(created),
});

const oldMedium = kase(1, "Medium", "2026-11-20T10:00:00Z");
const oldLow = kase(2, "Low", "2026-11-20T09:00:00Z");
const newHigh = kase(3, "High", "2026-11-23T10:00:00Z");
const olderHigh = kase(4, "high", "2026-11-22T10:00:00Z");
const newMedium = kase(5, "Medium", "2026-11-23T11:00:00Z");
const twinA = kase(6, null, "2026-11-21T10:00:00Z");
const twinB = kase(7, "Medium", "2026-11-21T10:00:00Z");
const numbered = (n: string, created: string): QueueCase => ({ ...kase(8, "Low", created), caseNumber: n });

describe("orderQueue", () => {
  it.each<[string, QueueCase[], QueueCase[]]>([
    ["High first, oldest High first", [newHigh, oldMedium, olderHigh], [olderHigh, newHigh, oldMedium]],
    ["then oldest first; Medium and Low are one tier", [newMedium, oldMedium, oldLow], [oldLow, oldMedium, newMedium]],
    ["same CreatedDate: lower case number first", [twinB, twinA], [twinA, twinB]],
    ["case numbers compare as numbers", [numbered("1000", "2026-11-21T10:00:00Z"), numbered("999", "2026-11-21T10:00:00Z")], [numbered("999", "2026-11-21T10:00:00Z"), numbered("1000", "2026-11-21T10:00:00Z")]],
  ])("%s", (_name, cases, expected) => {
    expect(orderQueue(cases, "High")).toEqual(expected);
  });

  it("does not reorder its input", () => {
    const cases = [newMedium, olderHigh];
    orderQueue(cases, "High");
    expect(cases).toEqual([newMedium, olderHigh]);
  });
});

describe("queuePosition", () => {
  const queue = [newMedium, oldMedium, newHigh, oldLow];
  it.each([
    [newHigh.id, 1],
    [oldLow.id.slice(0, 15), 2],
    [oldMedium.id, 3],
    [newMedium.id, 4],
    [olderHigh.id, null],
  ])("%s is at %s", (caseId, position) => expect(queuePosition(caseId, queue, "High")).toBe(position));
});

describe("claimOrderCheck", () => {
  it.each<[string, QueueCase, QueueCase[], QueueCase | null, string | null]>([
    ["the only case", oldMedium, [oldMedium], null, null],
    ["an empty queue", oldMedium, [], null, null],
    ["the head of the queue", olderHigh, [newHigh, olderHigh, oldLow], null, null],
    ["a Medium while a High waits", oldMedium, [oldMedium, newHigh], newHigh, "high-priority-waiting"],
    ["a newer High while an older High waits", newHigh, [newHigh, olderHigh], olderHigh, "older-case-waiting"],
    ["a newer Medium while an older Low waits", newMedium, [newMedium, oldLow], oldLow, "older-case-waiting"],
    ["the case need not be in the list", newMedium, [oldMedium], oldMedium, "older-case-waiting"],
    ["a High is never out of order because of lower priorities", newHigh, [oldLow, oldMedium], null, null],
    ["same time, higher case number", twinB, [twinA], twinA, "older-case-waiting"],
  ])("%s", (_name, toClaim, queue, shouldComeFirst, reason) => {
    const check = claimOrderCheck(toClaim, queue, "High");
    if (!shouldComeFirst) return expect(check).toEqual({ inOrder: true });
    expect(check).toMatchObject({ inOrder: false, shouldComeFirst, reason });
    expect(check.inOrder === false && check.message).toContain(shouldComeFirst.caseNumber);
  });
});
