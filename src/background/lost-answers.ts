/**
 * The worker's side of a write whose answer never came (answer-lost.ts says which
 * failures those are). Every write runs under a deadline; when its answer is lost
 * the worker reads the record again, ONE call, and answers what is true now:
 *
 *   claim, transfer, close   the panel's own read of the case (fresh, never the
 *                            prefetched copy): the panel says "You own this case" /
 *                            "Not claimed: Bob Lee has it" / "Closed as …" from it;
 *   a cadence log            the Tasks on the case with the log's subjects and text,
 *                            created by me since just before the write was sent;
 *   a referral case          the case on that account and contact with the referral's
 *                            Subject, Origin and Description, created by me since then;
 *   an upgrade opportunity   my newest upgrade on the case's account, created since then.
 *
 * A write found there answers as if its own answer had come; one not found answers
 * "not-done" (true then: we looked); a re-read that fails too answers "unknown".
 * Nothing here ever sends the write again. The happy path costs nothing extra.
 *
 * The same write sent twice while the first is in flight (a double click, a second
 * message from the panel) joins the first instead of reaching Salesforce again.
 */
import * as z from "zod/v4-mini";

import { referralCase } from "../domain/pooled-account";
import { outreachTasks } from "../domain/outreach/outreach-tasks";
import { workingPool } from "../domain/pools";
import { toId18 } from "../domain/salesforce-id";
import type { CasePanelRefresh } from "../messaging/case-panel-data";
import type { LogActivityRequest, LoggedActivity } from "../messaging/case-work";
import type { Request } from "../messaging/contracts";
import type { CreateUpgradeResult } from "../messaging/pool";
import type { CreateReferralRequest, ReferralCreated } from "../messaging/pooled-account";
import { REREAD_DEADLINE_MS, WRITE_DEADLINE_MS } from "../messaging/write-deadlines";
import { LostAnswerVerdict, lostReasonOf, notDone, outcomeUnknown, withDeadline } from "../salesforce/answer-lost";
import { compositeBodies, queryUrl, type Subrequest } from "../salesforce/composite";
import { getCasePanel } from "../salesforce/operations/get-case-panel";
import { OPEN_POOLED_CASE_FIELDS, openPooledCasesWhere, PooledCaseRecord, toPooledCase } from "../salesforce/operations/get-pooled-account";
import { toUpgradeOpportunity, toUpgrades, UPGRADE_FIELDS, UpgradeRecord, upgradesSubrequest } from "../salesforce/operations/get-upgrade-opportunities";
import { loggedActivityOf } from "../salesforce/operations/log-activity";
import { nullable, queryResult, TASK_FIELDS, TaskRecordSchema } from "../salesforce/operations/case-records";
import { upgradeLike } from "../salesforce/query/pooled-soql";
import { soqlId, soqlList, soqlString } from "../salesforce/query/soql";
import { orgContextOf, withOrgNames } from "./org-work";
import type { HandlerContext } from "./router";

/**
 * How far before "sent" a created record's CreatedDate may lie: the worker's clock and
 * Salesforce's differ a little. A minute is far more than ordinary drift; an earlier
 * record inside it is told apart by the text the AE wrote (Description), compared here
 * because SOQL cannot filter long text.
 */
const CLOCK_SLACK_MS = 60_000;

const inFlight = new Map<string, Promise<unknown>>();

/** The same write on the same org and session: the request as parsed (its keys in schema order). */
export function writeKey(org: Pick<HandlerContext, "apiHost" | "session">, request: Request): string {
  return `${org.apiHost} ${org.session.accessToken} ${JSON.stringify(request)}`;
}

/** Runs the write once per key: a second message for the same write while it is in flight gets the first one's answer. */
export function joinWrite<T>(key: string, run: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key) as Promise<T> | undefined;
  if (running) return running;
  const started = run().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

/**
 * The write under WRITE_DEADLINE_MS; when its answer is lost, `reread` (under its own
 * deadline) says what is true. `what` completes "it cannot tell whether …".
 */
export async function writeOrReread<T, R>(write: () => Promise<T>, reread: (lost: unknown) => Promise<R>, what: string): Promise<T | R> {
  try {
    return await withDeadline(write(), WRITE_DEADLINE_MS);
  } catch (error) {
    if (lostReasonOf(error) === null) throw error;
    try {
      return await withDeadline(reread(error), REREAD_DEADLINE_MS);
    } catch (rereadError) {
      if (rereadError instanceof LostAnswerVerdict) throw rereadError;
      throw outcomeUnknown(error, what);
    }
  }
}

export interface AnswerLostOutcome {
  outcome: "answer-lost";
  panel: CasePanelRefresh;
}

/** The case as the panel reads it, read now (not the prefetched copy: that may predate the write). */
async function caseNow(org: HandlerContext, caseId: string): Promise<AnswerLostOutcome> {
  const { queueCases: _queueCases, ...panel } = await withOrgNames(org, (names) => getCasePanel(org.connection, caseId, names));
  return { outcome: "answer-lost", panel };
}

/** Claim, transfer, close: joined by key, under the deadline, and after a lost answer the case as it is now. */
export function caseWrite<T>(org: HandlerContext, request: Request & { caseId: string }, what: string, write: () => Promise<T>): Promise<T | AnswerLostOutcome> {
  return joinWrite(writeKey(org, request), () => writeOrReread(write, () => caseNow(org, request.caseId), what));
}

const sinceSent = (sentAt: Date) => new Date(sentAt.getTime() - CLOCK_SLACK_MS).toISOString().replace(/\.\d{3}Z$/, "Z");

/** The text a created record carries (long text: selected and compared, never filtered). */
const Described = z.object({ Id: z.string(), Description: z.optional(nullable) });
const sameText = (stored: string | null | undefined, sent: unknown) => (stored ?? null) === (typeof sent === "string" && sent ? sent : null);

/** A cadence log: after a lost answer, the Tasks it would have created, if they are there. */
export function logWrite(org: HandlerContext, request: LogActivityRequest, write: () => Promise<LoggedActivity>): Promise<LoggedActivity> {
  const sentAt = new Date();
  const what = `the ${request.kind} was logged`;
  return joinWrite(writeKey(org, request), () =>
    writeOrReread(
      write,
      async (lost) => {
        const { type: _type, ...log } = request;
        const { logged, retry } = outreachTasks(log, org.profile);
        const subjects = [logged.Subject, retry?.Subject].filter((subject): subject is string => typeof subject === "string");
        const { me } = await orgContextOf(org);
        const soql =
          `SELECT ${TASK_FIELDS}, Description FROM Task WHERE WhatId = ${soqlId(request.caseId)} AND CreatedById = ${soqlId(me.id)} ` +
          `AND CreatedDate >= ${sinceSent(sentAt)} AND Subject IN ${soqlList(subjects)} ORDER BY CreatedDate DESC`;
        const body = (await compositeBodies(org.connection, [{ referenceId: "tasks", method: "GET", url: queryUrl(soql) }])).get("tasks");
        const tasks = queryResult(TaskRecordSchema).parse(body).records;
        const texts = new Map(queryResult(Described).parse(body).records.map((task) => [task.Id, task.Description]));
        const newest = (task: Record<string, unknown>) => tasks.find((stored) => stored.Subject === task.Subject && sameText(texts.get(stored.Id), task.Description));
        const loggedTask = newest(logged);
        // One allOrNone Composite: both Tasks are there, or neither.
        if (!loggedTask) throw notDone(lost, `the ${request.kind} was not logged. Log it again when you are ready.`);
        const retryTask = retry ? newest(retry) : undefined;
        return loggedActivityOf(tasks, toId18(loggedTask.Id), retryTask ? toId18(retryTask.Id) : null);
      },
      what,
    ),
  );
}

/** The referral case: after a lost answer, the one created on that account and contact, if it is there. */
export function referralWrite(org: HandlerContext, request: CreateReferralRequest, write: () => Promise<ReferralCreated>): Promise<ReferralCreated> {
  const sentAt = new Date();
  return joinWrite(writeKey(org, request), () =>
    writeOrReread(
      write,
      async (lost) => {
        const fixed = referralCase(org.profile);
        const { me } = await orgContextOf(org);
        const accountId = toId18(request.accountId);
        const created =
          `SELECT ${OPEN_POOLED_CASE_FIELDS}, Description FROM Case WHERE AccountId = ${soqlId(accountId)} AND ContactId = ${soqlId(request.contactId)} ` +
          `AND Subject = ${soqlString(fixed.subject)} AND Origin = ${soqlString(fixed.origin)} AND CreatedById = ${soqlId(me.id)} ` +
          `AND CreatedDate >= ${sinceSent(sentAt)} ORDER BY CreatedDate DESC`;
        const open = `SELECT ${OPEN_POOLED_CASE_FIELDS} FROM Case WHERE AccountId = ${soqlId(accountId)} AND ${openPooledCasesWhere(org.profile)} ORDER BY CreatedDate ASC`;
        const reads: Subrequest[] = [
          { referenceId: "created", method: "GET", url: queryUrl(created) },
          { referenceId: "openCases", method: "GET", url: queryUrl(open) },
        ];
        const bodies = await compositeBodies(org.connection, reads);
        const mine = queryResult(Described).parse(bodies.get("created")).records.find((record) => sameText(record.Description, request.description));
        const found = mine && queryResult(PooledCaseRecord).parse(bodies.get("created")).records.find((record) => record.Id === mine.Id);
        if (!found) throw notDone(lost, "no referral case was created. Create it again when you are ready.");
        return { case: toPooledCase(found), openPooledCases: queryResult(PooledCaseRecord).parse(bodies.get("openCases")).records.map(toPooledCase) };
      },
      "the referral case was created",
    ),
  );
}

/** An upgrade opportunity: after a lost answer, my newest one on the case's account, if it was created just now. */
export function upgradeWrite(org: HandlerContext, request: Request & { type: "upgrade/create" }, write: () => Promise<CreateUpgradeResult>): Promise<CreateUpgradeResult> {
  const sentAt = new Date();
  return joinWrite(writeKey(org, request), () =>
    writeOrReread(
      write,
      async (lost) => {
        const context = await orgContextOf(org);
        const policy = context.profile.policy.upgrade;
        const soql =
          `SELECT ${UPGRADE_FIELDS} FROM Opportunity WHERE OwnerId = ${soqlId(context.me.id)} AND CreatedById = ${soqlId(context.me.id)} ` +
          `AND CreatedDate >= ${sinceSent(sentAt)} AND IsClosed = false AND ${upgradeLike(policy)} ` +
          `AND AccountId IN (SELECT AccountId FROM Case WHERE Id = ${soqlId(request.caseId)}) ORDER BY CreatedDate DESC LIMIT 1`;
        const bodies = await compositeBodies(org.connection, [{ referenceId: "created", method: "GET", url: queryUrl(soql) }, upgradesSubrequest("mine", context.me.id, policy)]);
        const found = queryResult(UpgradeRecord).parse(bodies.get("created")).records[0];
        if (!found) throw notDone(lost, `no ${policy.mark} opportunity was created.`);
        const { mine } = toUpgrades(bodies.get("mine"), context.me.id, policy);
        return { outcome: "created", opportunity: toUpgradeOpportunity(found), count: mine.length, cap: workingPool(context).upgradeCap };
      },
      `the ${org.profile.policy.upgrade.mark} opportunity was created`,
    ),
  );
}
