/**
 * Semi-joins as the SOQL reference allows them ("Considerations for Semi-Join and Anti-Join
 * Queries"), on the demo org's memberships: what it accepts answers right, what it
 * refuses is refused.
 */
import { describe, expect, it } from "vitest";
import { SfError } from "../errors";
import { DEMO_USERS, PUBLIC_GROUPS, QUEUE_IDS } from "../seeds/baseline";
import { demoSeed } from "../seeds/demo";
import { OrgStore } from "../store";

const NOW = new Date("2026-03-10T15:00:00Z");
const store = new OrgStore(demoSeed(NOW), () => NOW);
const ids = (soql: string) => store.query(soql).records.map((r) => String(r.Id)).sort();
const userIds = (...keys: (keyof typeof DEMO_USERS)[]) => keys.map((k) => DEMO_USERS[k].userId).sort();

function refusal(soql: string): { errorCode: string; message: string } {
  try {
    store.query(soql);
  } catch (e) {
    if (e instanceof SfError) return { errorCode: e.errorCode, message: e.message };
    throw e;
  }
  throw new Error(`accepted: ${soql}`);
}

describe("memberships through semi-joins", () => {
  it("finds a queue's direct members, and the groups among them", () => {
    expect(ids("SELECT Id FROM User WHERE Id IN (SELECT UserOrGroupId FROM GroupMember WHERE Group.DeveloperName = 'EMEA_Pooled_Sales_Queue')")).toEqual(userIds("siobhanMurphy", "lukasBecker"));
    expect(ids("SELECT Id FROM Group WHERE Type = 'Regular' AND Id IN (SELECT UserOrGroupId FROM GroupMember WHERE Group.DeveloperName = 'EMEA_Pooled_Sales_Queue')")).toEqual([PUBLIC_GROUPS.nordics.id]);
  });

  it("filters cases by their owner's membership (polymorphic OwnerId against UserOrGroupId)", () => {
    const owners = store
      .query("SELECT OwnerId FROM Case WHERE IsClosed = false AND OwnerId IN (SELECT UserOrGroupId FROM GroupMember WHERE Group.DeveloperName = 'Pooled_Sales_Queue')")
      .records.map((r) => String(r.OwnerId));
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners).size).toBeLessThanOrEqual(5);
    for (const o of owners) expect(userIds("averyChen", "jordanRivera", "marcusLee", "priyaShah", "samOkafor")).toContain(o);
  });

  it("lists members in a GroupMembers subquery, and reads a member through the UserOrGroup Name entity", () => {
    const [queue] = store.query("SELECT Id, DeveloperName, (SELECT UserOrGroupId FROM GroupMembers) FROM Group WHERE DeveloperName = 'EMEA_Pooled_Sales_Queue'").records as Array<{ GroupMembers: { records: { UserOrGroupId: string }[] } }>;
    expect(queue!.GroupMembers.records.map((m) => m.UserOrGroupId).sort()).toEqual([...userIds("siobhanMurphy", "lukasBecker"), PUBLIC_GROUPS.nordics.id].sort());
    const [member] = store.query(`SELECT UserOrGroup.Name, UserOrGroup.Type FROM GroupMember WHERE GroupId = '${PUBLIC_GROUPS.managers.id}'`).records as Array<{ UserOrGroup: Record<string, unknown> }>;
    expect(member!.UserOrGroup).toMatchObject({ attributes: { type: "Name" }, Name: "Dana Whitfield", Type: "User" });
    expect(refusal("SELECT UserOrGroup.TimeZoneSidKey FROM GroupMember").message).toContain("No such column 'TimeZoneSidKey' on entity 'Name'");
  });

  it("takes two semi-joins joined by AND, also inside parentheses", () => {
    const soql = `SELECT Id FROM User WHERE Id IN (SELECT UserOrGroupId FROM GroupMember WHERE GroupId = '${QUEUE_IDS.amer}') AND (IsActive = true AND Id NOT IN (SELECT OwnerId FROM Case WHERE IsClosed = false))`;
    expect(ids(soql).every((id) => userIds("averyChen", "jordanRivera", "marcusLee", "priyaShah", "samOkafor").includes(id))).toBe(true);
  });
});

describe("what SOQL refuses in a semi-join", () => {
  const member = "Id IN (SELECT UserOrGroupId FROM GroupMember)";
  it.each([
    ["OR", `SELECT Id FROM User WHERE IsActive = false OR ${member}`, /top level WHERE/],
    ["NOT", `SELECT Id FROM User WHERE NOT ${member}`, /top level WHERE/],
    ["in a subquery's WHERE", `SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE OwnerId IN (SELECT UserOrGroupId FROM GroupMember))`, /top level WHERE/],
    ["in a child subquery's WHERE", `SELECT Id, (SELECT Id FROM Cases WHERE OwnerId IN (SELECT UserOrGroupId FROM GroupMember)) FROM Account`, /top level WHERE/],
    ["three of them", `SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Case) AND Id IN (SELECT AccountId FROM Contact) AND Id IN (SELECT AccountId FROM Opportunity)`, /Maximum 2/],
    ["ORDER BY inside", `SELECT Id FROM User WHERE Id IN (SELECT UserOrGroupId FROM GroupMember ORDER BY UserOrGroupId)`, /ORDER BY and LIMIT/],
    ["LIMIT inside", `SELECT Id FROM User WHERE Id IN (SELECT UserOrGroupId FROM GroupMember LIMIT 5)`, /ORDER BY and LIMIT/],
    ["Task as the inner object", `SELECT Id FROM Case WHERE Id IN (SELECT WhatId FROM Task)`, /Entity 'Task' is not supported for semi join inner selects/],
    ["a relationship on the left", `SELECT Id FROM Contact WHERE Account.Id IN (SELECT AccountId FROM Case)`, /can't use relationships/],
    ["a dotted inner select on another object", `SELECT Id FROM Account WHERE Id IN (SELECT Account.Id FROM Contact)`, /semi join sub selects can only query id fields, cannot use: 'Account.Id'/],
    ["a non-id inner select", `SELECT Id FROM Account WHERE Id IN (SELECT Name FROM Contact)`, /cannot use: 'Name'/],
    ["a field of another object type", `SELECT Id FROM Account WHERE Id IN (SELECT OwnerId FROM Contact)`, /does not reference the object type/],
    ["the outer object inside", `SELECT Id FROM Case WHERE Id IN (SELECT Id FROM Case)`, /same object type/],
  ])("refuses %s", (_what, soql, message) => {
    const r = refusal(soql);
    expect(r.errorCode).toBe("MALFORMED_QUERY");
    expect(r.message).toMatch(message);
  });
});
