import { ownerChangesOf, poolQueueTest, queueEntry, slaResponse, type OwnerChange } from "./queue-entry";

const QUEUE = "00G8X000000AmerQAA";
const EMEA_QUEUE = "00G8X000000EmeaQAA";
const AVERY = "0058X00000AveryQAA";
const JORDAN = "0058X00000JordaQAA";
const POOLED_USER = "0058X00000F1YFqQAN";
const SUPPORT = "0058X00000SuppoQAA";
const CREATED = new Date("2026-11-16T14:00:00.000Z");
const at = (iso: string) => new Date(iso);
const move = (iso: string, from: string, to: string): OwnerChange => ({ at: at(iso), from, to });
const isPoolQueue = poolQueueTest([QUEUE, EMEA_QUEUE.slice(0, 15), null]);

const entry = (changes: OwnerChange[], currentOwnerId: string, truncated = false) => queueEntry({ createdAt: CREATED, changes, truncated, currentOwnerId, isPoolQueue });

describe("queueEntry: when the SLA clock starts", () => {
  it.each<[string, OwnerChange[], string, boolean, { at: Date; source: string; reentered: boolean }]>([
    ["created in the queue, no owner change since", [], QUEUE, false, { at: CREATED, source: "created-in-queue", reentered: false }],
    ["created in the queue and claimed: the history's first owner is the queue", [move("2026-11-16T15:00:00Z", QUEUE, AVERY)], AVERY, false, { at: CREATED, source: "created-in-queue", reentered: false }],
    [
      "created by a support engineer, then sent to the queue: the move starts it",
      [move("2026-11-17T10:00:00Z", SUPPORT, QUEUE)],
      QUEUE,
      false,
      { at: at("2026-11-17T10:00:00Z"), source: "entered-queue", reentered: false },
    ],
    [
      "claimed, then moved back to the queue: a new clock from the move",
      [move("2026-11-16T15:00:00Z", QUEUE, AVERY), move("2026-11-18T16:00:00Z", AVERY, QUEUE)],
      QUEUE,
      false,
      { at: at("2026-11-18T16:00:00Z"), source: "entered-queue", reentered: true },
    ],
    [
      "the latest of several entries, in any order, into any pool's queue (15-character id)",
      [move("2026-11-19T09:00:00Z", JORDAN, EMEA_QUEUE), move("2026-11-17T12:00:00Z", SUPPORT, QUEUE), move("2026-11-18T12:00:00Z", QUEUE, JORDAN)],
      EMEA_QUEUE,
      false,
      { at: at("2026-11-19T09:00:00Z"), source: "entered-queue", reentered: true },
    ],
    ["a user owns it and no owner change is on record: CreatedDate, said so", [], AVERY, false, { at: CREATED, source: "no-owner-history", reentered: false }],
    ["changes, none into a pool queue: CreatedDate, said so", [move("2026-11-17T10:00:00Z", SUPPORT, AVERY)], AVERY, false, { at: CREATED, source: "not-in-history", reentered: false }],
    [
      "only the latest changes were read: a move out of the queue before the entry still makes it a new clock",
      [move("2026-11-18T16:00:00Z", AVERY, QUEUE), move("2026-11-17T16:00:00Z", QUEUE, AVERY)],
      QUEUE,
      true,
      { at: at("2026-11-18T16:00:00Z"), source: "entered-queue", reentered: true },
    ],
    [
      "only the latest changes were read and none entered a queue: CreatedDate, said so",
      [move("2026-11-20T10:00:00Z", QUEUE, AVERY)],
      AVERY,
      true,
      { at: CREATED, source: "not-in-history", reentered: false },
    ],
  ])("%s", (_name, changes, owner, truncated, expected) => {
    expect(entry(changes, owner, truncated)).toMatchObject(expected);
  });

  it("orders changes of the same second by their chain of owners", () => {
    const second = "2026-11-18T16:00:00Z";
    // As a DESC read may list them: the hand-back first, then the claim it follows.
    expect(entry([move(second, AVERY, QUEUE), move(second, QUEUE, AVERY)], QUEUE)).toEqual({ at: at(second), source: "entered-queue", reentered: true, changesSince: [] });
    expect(entry([move(second, QUEUE, AVERY), move(second, AVERY, QUEUE)], QUEUE).source).toBe("entered-queue");
    // Claimed in the same second it was sent to the queue: it is with Avery, the entry still counts.
    expect(entry([move(second, QUEUE, AVERY), move(second, SUPPORT, QUEUE)], AVERY).at).toEqual(at(second));
  });
});

describe("slaResponse: what answers the running clock", () => {
  const isPooledOwner = (id: string) => id === POOLED_USER;
  const respond = (changes: OwnerChange[], owner: string, firstRespondedAt: Date | null, hasFirstResponded = true) =>
    slaResponse({ entry: entry(changes, owner), firstRespondedAt, hasFirstResponded, isPooledOwner });

  it("the First Responded stamp answers the first clock", () => {
    expect(respond([move("2026-11-16T15:00:00Z", QUEUE, AVERY)], AVERY, at("2026-11-16T15:00:00Z"))).toEqual(at("2026-11-16T15:00:00Z"));
  });

  it("back in the queue: the old stamp answered the old clock; nothing answers the new one yet", () => {
    const changes = [move("2026-11-16T15:00:00Z", QUEUE, AVERY), move("2026-11-18T16:00:00Z", AVERY, QUEUE)];
    expect(respond(changes, QUEUE, at("2026-11-16T15:00:00Z"))).toBeNull();
  });

  it("the next pick-up answers the new clock (the stamp is set only once)", () => {
    const changes = [move("2026-11-16T15:00:00Z", QUEUE, AVERY), move("2026-11-18T16:00:00Z", AVERY, QUEUE), move("2026-11-19T14:00:00Z", QUEUE, JORDAN)];
    expect(respond(changes, JORDAN, at("2026-11-16T15:00:00Z"))).toEqual(at("2026-11-19T14:00:00Z"));
  });

  it("a hand-back in the same second as the claim that stamped the response: the stamp does not answer the new clock", () => {
    const second = "2026-11-18T16:00:00Z";
    expect(respond([move(second, AVERY, QUEUE), move(second, QUEUE, AVERY)], QUEUE, at(second))).toBeNull();
    // ...while a first clock's stamp in its entry's second answers it.
    expect(respond([move(second, SUPPORT, QUEUE)], QUEUE, at(second))).toEqual(at(second));
  });

  it("a move to the pooled owner user is no pick-up", () => {
    expect(respond([move("2026-11-16T15:00:00Z", QUEUE, POOLED_USER)], POOLED_USER, null, false)).toBeNull();
  });

  it("the first clock waits for the stamp: an owner change alone is no response", () => {
    expect(respond([move("2026-11-16T15:30:00Z", QUEUE, AVERY)], AVERY, null)).toBeNull();
  });

  it("without a First Responded field, the claim is the response", () => {
    expect(respond([move("2026-11-16T15:30:00Z", QUEUE, AVERY)], AVERY, null, false)).toEqual(at("2026-11-16T15:30:00Z"));
  });
});

describe("ownerChangesOf", () => {
  it("keeps the row with ids of each change, not the one with names", () => {
    const rows = [
      { oldValue: QUEUE, newValue: AVERY, at: "2026-11-16T15:00:00.000+0000" },
      { oldValue: "Pooled Sales Queue", newValue: "Avery Chen", at: "2026-11-16T15:00:00.000+0000" },
    ];
    expect(ownerChangesOf(rows)).toEqual([{ at: at("2026-11-16T15:00:00Z"), from: QUEUE, to: AVERY }]);
  });
});
