import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Simulator } from "./index";
import { api, q, startTiny } from "./fixtures/harness";
import { BULK_CASES, TINY } from "./fixtures/tiny-seed";

let sim: Simulator;
let call: ReturnType<typeof api>;
beforeAll(async () => {
  sim = await startTiny();
  call = api(sim, sim.login("ada@pooled.example"));
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.clearFailures();
  sim.setLatency(0);
});

const OPEN_CASES = BULK_CASES + 4;

describe("query paging", () => {
  it("pages with Sforce-Query-Options batchSize and nextRecordsUrl", async () => {
    const first = await call("GET", q("SELECT Id FROM Case WHERE IsClosed = false"), undefined, { "Sforce-Query-Options": "batchSize=200" });
    expect(first.status).toBe(200);
    expect(first.body.totalSize).toBe(OPEN_CASES);
    expect(first.body.done).toBe(false);
    expect(first.body.records).toHaveLength(200);
    expect(first.body.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g\w{15}-200$/);
    const second = await call("GET", first.body.nextRecordsUrl);
    expect(second.body.records).toHaveLength(200);
    const third = await call("GET", second.body.nextRecordsUrl);
    expect(third.body.done).toBe(true);
    expect(third.body.nextRecordsUrl).toBeUndefined();
    const ids = new Set([...first.body.records, ...second.body.records, ...third.body.records].map((r: { Id: string }) => r.Id));
    expect(ids.size).toBe(OPEN_CASES);
  });

  it("clamps batchSize to the documented minimum of 200 and defaults to 2000", async () => {
    const small = await call("GET", q("SELECT Id FROM Case"), undefined, { "Sforce-Query-Options": "batchSize=10" });
    expect(small.body.records).toHaveLength(200);
    const all = await call("GET", q("SELECT Id FROM Case"));
    expect(all.body.done).toBe(true);
    expect(all.body.records).toHaveLength(BULK_CASES + 5);
  });

  it("answers COUNT() with totalSize and no records", async () => {
    const res = await call("GET", q("SELECT COUNT() FROM Case WHERE OwnerId = '" + TINY.ada.slice(0, 15) + "'"));
    expect(res.body).toEqual({ totalSize: 1, done: true, records: [] });
  });
});

describe("SOQL shapes", () => {
  it("nests parents (polymorphic Owner as Name), children, and null for an empty lookup", async () => {
    const res = await call("GET", q(`SELECT Id, CaseNumber, owner.name, Owner.Type, Account.Owner.Name, Contact.Name, (SELECT Subject FROM Tasks ORDER BY CreatedDate DESC LIMIT 5) FROM Case WHERE Id IN ('${TINY.case2}', '${TINY.caseSupport}') ORDER BY CaseNumber`));
    const [c2, support] = res.body.records;
    expect(c2.attributes).toEqual({ type: "Case", url: `/services/data/v62.0/sobjects/Case/${TINY.case2}` });
    expect(Object.keys(c2)).toEqual(["attributes", "Id", "CaseNumber", "Owner", "Account", "Contact", "Tasks"]);
    expect(c2.Owner).toEqual({ attributes: { type: "Name", url: `/services/data/v62.0/sobjects/User/${TINY.ada}` }, Name: "Ada Lovelace", Type: "User" });
    expect(c2.Account.Owner.Name).toBe("Ada Lovelace");
    expect(c2.Tasks.totalSize).toBe(2);
    expect(c2.Tasks.records.map((t: { Subject: string }) => t.Subject)).toEqual(["Call: follow up", "Email: intro"]);
    expect(support.Account).toBeNull();
    expect(support.Contact).toBeNull();
    expect(support.Tasks).toBeNull();
  });

  it("reports a queue owner with Type Queue", async () => {
    const res = await call("GET", q(`SELECT Owner.Name, Owner.Type FROM Case WHERE Id = '${TINY.case3}'`));
    expect(res.body.records[0].Owner).toMatchObject({ Name: "EMEA Pooled Sales Queue", Type: "Queue" });
  });

  it("evaluates semi-joins, anti-joins, date literals, LIKE and NOT", async () => {
    const semi = await call("GET", q("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Case WHERE Status = 'In Progress')"));
    expect(semi.body.records.map((r: { Id: string }) => r.Id)).toEqual([TINY.acme]);
    const anti = await call("GET", q("SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity)"));
    expect(anti.body.records.map((r: { Id: string }) => r.Id)).toEqual([TINY.globex]);
    const recent = await call("GET", q("SELECT Id FROM Case WHERE CreatedDate = LAST_N_DAYS:2 ORDER BY CreatedDate"));
    expect(recent.body.records.map((r: { Id: string }) => r.Id)).toEqual([TINY.case1, TINY.case3]);
    const ago = await call("GET", q("SELECT Id FROM Case WHERE CreatedDate = N_DAYS_AGO:3"));
    expect(ago.body.records.map((r: { Id: string }) => r.Id)).toEqual([TINY.caseSupport]);
    const due = await call("GET", q("SELECT Id FROM Task WHERE ActivityDate = TOMORROW"));
    expect(due.body.records.map((r: { Id: string }) => r.Id)).toEqual([TINY.task2]);
    const like = await call("GET", q("SELECT Id FROM Case WHERE Subject LIKE 'pql%' AND NOT (Priority = 'Low' OR Priority = 'Medium')"));
    expect(like.body.records.map((r: { Id: string }) => r.Id)).toEqual([TINY.case1]);
    const dt = await call("GET", q("SELECT COUNT() FROM Case WHERE CreatedDate >= 2026-03-08T00:00:00Z AND IsClosed = false"));
    expect(dt.body.totalSize).toBe(2);
  });

  it("sorts with NULLS LAST, LIMIT and OFFSET", async () => {
    const res = await call("GET", q("SELECT Id, AccountId FROM Case WHERE RecordTypeId != null ORDER BY AccountId DESC NULLS FIRST, CaseNumber ASC LIMIT 2 OFFSET 0"));
    expect(res.body.records[0].Id).toBe(TINY.caseSupport);
  });

  it("rejects unsupported syntax with MALFORMED_QUERY and unknown fields with INVALID_FIELD", async () => {
    for (const soql of ["SELECT Status FROM Case GROUP BY ROLLUP(Status)", "SELECT toLabel(Status) FROM Case", "SELECT Id FROM Case WHERE Priority = 'High' AND Status = 'New' OR Status = 'x'", "SELECT FROM Case"]) {
      const res = await call("GET", q(soql));
      expect(res.status, soql).toBe(400);
      expect(res.body[0].errorCode, soql).toBe("MALFORMED_QUERY");
    }
    const unknown = await call("GET", q("SELECT Foo FROM Case"));
    expect(unknown.status).toBe(400);
    expect(unknown.body[0].errorCode).toBe("INVALID_FIELD");
    expect(unknown.body[0].message).toContain("ERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Case'");
    const polymorphic = await call("GET", q("SELECT Owner.Pooled_Region__c FROM Case"));
    expect(polymorphic.body[0].message).toContain("No such column 'Pooled_Region__c' on entity 'Name'");
  });
});

describe("sObject rows", () => {
  it("GETs a record by 15-char id with ?fields=", async () => {
    const res = await call("GET", `/sobjects/Case/${TINY.case1.slice(0, 15)}?fields=Subject,Status,CreatedDate`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ attributes: { type: "Case", url: `/services/data/v62.0/sobjects/Case/${TINY.case1}` }, Subject: "PQL Hand Raise - pricing <b>tiers</b>", Status: "New", CreatedDate: "2026-03-08T15:00:00.000+0000" });
  });

  it("returns NOT_FOUND / MALFORMED_ID errors", async () => {
    const missing = await call("GET", `/sobjects/Case/500000000000000AAA`);
    expect(missing.status).toBe(404);
    expect(missing.body[0].errorCode).toBe("NOT_FOUND");
    const wrongType = await call("GET", `/sobjects/Case/${TINY.acme}`);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body[0].errorCode).toBe("MALFORMED_ID");
  });

  it("PATCHes with 204 and runs Case automation", async () => {
    const res = await call("PATCH", `/sobjects/Case/${TINY.case1}`, { Status: "In Progress", OwnerId: TINY.ada }, { "Sforce-Auto-Assign": "FALSE" });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    const row = sim.store.get("Case", TINY.case1)!;
    expect(row.OwnerId).toBe(TINY.ada);
    expect(row.First_Responded_Date__c).toBe("2026-03-10T15:00:00.000+0000");
    expect(row.Time_To_First_Response__c).toBe(48);
    const history = sim.store.query(`SELECT Field, OldValue, NewValue FROM CaseHistory WHERE CaseId = '${TINY.case1}'`);
    expect(history.records.map((h) => h.Field)).toEqual(["Owner", "Owner", "Status"]);
  });

  it("answers If-Unmodified-Since with 412 when the record changed after that instant", async () => {
    const lm = Date.parse(String(sim.store.get("Case", TINY.case3)!.LastModifiedDate).replace("+0000", "Z"));
    const stale = new Date(lm - 1000).toUTCString();
    const res = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Priority: "High" }, { "If-Unmodified-Since": stale });
    expect(res.status).toBe(412);
    expect(res.body[0].errorCode).toBe("PRECONDITION_FAILED");
    const same = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Priority: "High" }, { "If-Unmodified-Since": new Date(lm + 999).toUTCString(), "Sforce-Auto-Assign": "false" });
    expect(same.status).toBe(204);
    const bad = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Priority: "High" }, { "If-Unmodified-Since": "yesterday-ish" });
    expect(bad.status).toBe(400);
  });

  it("rejects unknown, read-only and bad picklist values", async () => {
    const unknown = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Foo__c: 1 });
    expect(unknown.body[0].errorCode).toBe("INVALID_FIELD");
    const ro = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { CaseNumber: "1", IsClosed: true });
    expect(ro.status).toBe(400);
    expect(ro.body[0]).toMatchObject({ errorCode: "INVALID_FIELD_FOR_INSERT_UPDATE", fields: ["CaseNumber", "IsClosed"] });
    const pick = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Status: "Closed - Happy" });
    expect(pick.body[0]).toMatchObject({ errorCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", fields: ["Status"] });
  });

  it("takes a Case.Status by its ApiName, not by its label", async () => {
    const label = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Status: "Closed - Resolved" });
    expect(label.body[0]).toMatchObject({ errorCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", fields: ["Status"] });
    const value = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Status: "Closed_Resolved" });
    expect(value.status).toBe(204);
    expect(sim.store.get("Case", TINY.case3)).toMatchObject({ Status: "Closed_Resolved", IsClosed: true });
  });

  it("creates a Case and applies the assignment rule unless Sforce-Auto-Assign is FALSE", async () => {
    const created = await call("POST", "/sobjects/Case", { Subject: "Referral", AccountId: TINY.globex, RecordTypeId: TINY.pooledRt, Origin: "SMB Pool Internal Created" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.stringMatching(/^500\w{15}$/), success: true, errors: [] });
    const row = sim.store.get("Case", created.body.id)!;
    expect(row.OwnerId).toBe(TINY.emeaQueue);
    expect(row.Status).toBe("New");
    expect(row.CaseNumber).toMatch(/^\d{8}$/);
    const kept = await call("POST", "/sobjects/Case", { Subject: "Referral", AccountId: TINY.acme, RecordTypeId: TINY.pooledRt }, { "Sforce-Auto-Assign": "FALSE" });
    expect(sim.store.get("Case", kept.body.id)!.OwnerId).toBe(TINY.ada);
    // The docs apply the header to updates too: a PATCH without it re-runs the rule.
    await call("PATCH", `/sobjects/Case/${TINY.caseClosed}`, { Priority: "High" });
    expect(sim.store.get("Case", TINY.caseClosed)!.OwnerId).toBe(TINY.emeaQueue);
    const del = await call("DELETE", `/sobjects/Case/${kept.body.id}`);
    expect(del.status).toBe(204);
    const gone = await call("GET", `/sobjects/Case/${kept.body.id}`);
    expect(gone.body[0].errorCode).toBe("ENTITY_IS_DELETED");
  });
});

describe("describe", () => {
  it("builds Case.Status from CaseStatus records and lists record types", async () => {
    const res = await call("GET", "/sobjects/Case/describe");
    const status = res.body.fields.find((f: { name: string }) => f.name === "Status");
    expect(status.type).toBe("picklist");
    expect(status.picklistValues.map((p: { value: string }) => p.value)).toContain("Closed - Customer Unresponsive");
    expect(status.picklistValues).toContainEqual(expect.objectContaining({ value: "Closed_Resolved", label: "Closed - Resolved" }));
    expect(status.picklistValues.find((p: { defaultValue: boolean }) => p.defaultValue).value).toBe("New");
    const owner = res.body.fields.find((f: { name: string }) => f.name === "OwnerId");
    expect(owner).toMatchObject({ referenceTo: ["Group", "User"], relationshipName: "Owner", polymorphicForeignKey: true });
    expect(res.body.fields.find((f: { name: string }) => f.name === "CaseNumber")).toMatchObject({ createable: false, updateable: false, autoNumber: true });
    expect(res.body.childRelationships).toContainEqual(expect.objectContaining({ relationshipName: "Tasks", childSObject: "Task", field: "WhatId" }));
    expect(res.body.recordTypeInfos.map((r: { developerName: string }) => r.developerName)).toEqual(["Pooled_Sales_Case", "Support_Case", "Master"]);
    const stage = (await call("GET", "/sobjects/Opportunity/describe")).body.fields.find((f: { name: string }) => f.name === "StageName");
    expect(stage.picklistValues.map((p: { value: string }) => p.value)).toContain("8-Closed Lost");
  });
});

describe("composite", () => {
  it("resolves references and counts as one API call", async () => {
    const before = sim.apiUsage.used;
    const res = await call("POST", "/composite", {
      allOrNone: true,
      compositeRequest: [
        { method: "GET", url: `/services/data/v62.0/query?q=${encodeURIComponent(`SELECT Id, AccountId FROM Case WHERE Id = '${TINY.case2}'`)}`, referenceId: "found" },
        { method: "GET", url: "/services/data/v62.0/sobjects/Account/@{found.records[0].AccountId}?fields=Name", referenceId: "acct" },
        { method: "POST", url: "/services/data/v62.0/sobjects/Task", referenceId: "task", body: { Subject: "Call @{acct.Name}", WhatId: "@{found.records[0].Id}", Status: "Completed", TaskSubtype: "Call" } },
      ],
    });
    expect(res.status).toBe(200);
    expect(sim.apiUsage.used).toBe(before + 1);
    const [, acct, task] = res.body.compositeResponse;
    expect(acct.body.Name).toBe("Acme <Corp>");
    expect(task.httpStatusCode).toBe(201);
    expect(sim.store.get("Task", task.body.id)).toMatchObject({ Subject: "Call Acme <Corp>", WhatId: TINY.case2, IsClosed: true });
  });

  it("rolls back everything with allOrNone and answers PROCESSING_HALTED", async () => {
    const res = await call("POST", "/composite", {
      allOrNone: true,
      compositeRequest: [
        { method: "PATCH", url: `/services/data/v62.0/sobjects/Case/${TINY.case2}`, referenceId: "ok", body: { Priority: "High" }, httpHeaders: { "Sforce-Auto-Assign": "FALSE" } },
        { method: "PATCH", url: `/services/data/v62.0/sobjects/Case/${TINY.case2}`, referenceId: "stale", body: { Status: "Closed_Resolved" }, httpHeaders: { "If-Unmodified-Since": "Thu, 01 Jan 2026 00:00:00 GMT" } },
        { method: "GET", url: `/services/data/v62.0/sobjects/Case/${TINY.case2}`, referenceId: "after" },
      ],
    });
    const [ok, stale, after] = res.body.compositeResponse;
    expect(stale.httpStatusCode).toBe(412);
    for (const r of [ok, after]) {
      expect(r.httpStatusCode).toBe(400);
      expect(r.body[0].errorCode).toBe("PROCESSING_HALTED");
    }
    expect(sim.store.get("Case", TINY.case2)!.Priority).toBe("Medium");
  });

  it("rejects more than 25 subrequests", async () => {
    const subs = Array.from({ length: 26 }, (_, i) => ({ method: "GET", url: "/services/data/v62.0/limits", referenceId: `r${i}` }));
    const res = await call("POST", "/composite", { compositeRequest: subs });
    expect(res.status).toBe(400);
  });
});

describe("limits, faults, latency and the request log", () => {
  it("sends Sforce-Limit-Info and refuses calls once the daily limit is spent", async () => {
    const res = await call("GET", "/limits");
    expect(res.headers.get("sforce-limit-info")).toMatch(/^api-usage=\d+\/100000$/);
    expect(res.body.DailyApiRequests.Max).toBe(100000);
    const saved = sim.apiUsage.used;
    sim.apiUsage.used = sim.apiUsage.max;
    const refused = await call("GET", "/limits");
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual([{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }]);
    sim.apiUsage.used = saved;
  });

  it("plays scripted failures at the top level and inside composite, `times` times", async () => {
    sim.fail({ method: "PATCH", path: `/sobjects/Case/${TINY.case3}`, status: 400, body: [{ message: "unable to obtain exclusive access to this record", errorCode: "UNABLE_TO_LOCK_ROW" }], times: 2 });
    const first = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Priority: "Low" });
    expect(first.body[0].errorCode).toBe("UNABLE_TO_LOCK_ROW");
    const inComposite = await call("POST", "/composite", { compositeRequest: [{ method: "PATCH", url: `/services/data/v62.0/sobjects/Case/${TINY.case3}`, referenceId: "p", body: { Priority: "Low" } }] });
    expect(inComposite.body.compositeResponse[0]).toMatchObject({ httpStatusCode: 400, body: [{ errorCode: "UNABLE_TO_LOCK_ROW" }] });
    const third = await call("PATCH", `/sobjects/Case/${TINY.case3}`, { Priority: "Low" }, { "Sforce-Auto-Assign": "FALSE" });
    expect(third.status).toBe(204);
  });

  it("adds latency and logs requests", async () => {
    sim.resetRequests();
    sim.setLatency(150);
    const t = Date.now();
    await call("GET", "/limits");
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    expect(sim.countRequests({ method: "GET", path: "/limits" })).toBe(1);
    expect(sim.requests[0]).toMatchObject({ method: "GET", path: "/services/data/v62.0/limits", status: 200, host: `127.0.0.1:${sim.port}` });
  });

  it("serves the versions list and resource list, and 404s unknown versions", async () => {
    const versions = await fetch(`${sim.url}/services/data/`).then((r) => r.json() as Promise<{ version: string }[]>);
    expect(versions.map((v) => v.version)).toContain("62.0");
    expect((await call("GET", "/services/data/v62.0/")).body.query).toBe("/services/data/v62.0/query");
    expect((await call("GET", "/services/data/v19.0/limits")).status).toBe(404);
    expect((await call("GET", "/services/data/v45.0/limits")).status).toBe(200);
  });
});
