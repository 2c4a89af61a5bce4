/**
 * The cases behind a figure that came from an aggregate: one query with the
 * aggregate's own filter (team-soql), so the list holds exactly the cases the
 * number counted (as of this read). Cases per trigger are found by the trigger
 * rules on each Subject/Origin, as the count was.
 */
import type { Connection } from "jsforce";
import * as z from "zod/v4-mini";

import { addDays, instantAt, parseLocalDate } from "../../../domain/business-hours";
import { ageBandRange, isOfTrigger, teamPeriod } from "../../../domain/team";
import type { OrgContext } from "../../../messaging/org-context";
import type { FigureFilter, TeamCases } from "../../../messaging/team";
import { queryUrl } from "../../composite";
import type { OrgNames } from "../../query/org-names";
import { soqlString } from "../../query/soql";
import { between, CASE_REF_FIELDS, casesOfPool, waitingInPool } from "../../query/team-soql";
import { nullable, queryResult } from "../case-records";
import { poolOwners } from "./team-period";
import { CaseRefRecord, teamScope, toCaseRef } from "./team-scope";

/** What a person reads through in one list; the count says how many there are. */
const SHOWN = 200;
/** Cases per trigger are classified here, so read more of them than are shown. */
const CLASSIFIED = 2000;

const TriggerRecord = z.extend(CaseRefRecord, { Origin: nullable });

const equalsOrNull = (field: string, value: string | null) => (value === null ? ` AND ${field} = null` : ` AND ${field} = ${soqlString(value)}`);

interface FigureQuery {
  where: string;
  orderBy: string;
  extraFields: string;
}

function figureQuery(org: OrgContext, names: OrgNames, poolKey: string | null, figure: FigureFilter, now: Date): FigureQuery | null {
  const scope = teamScope(org, poolKey);
  const zone = org.me.timeZone;
  const dayRange = (day: string | undefined) => (day ? { from: instantAt(parseLocalDate(day), 0, zone), to: instantAt(addDays(parseLocalDate(day), 1), 0, zone) } : null);
  if (figure.kind === "waiting") {
    const band = figure.band ? ageBandRange(figure.band, now, zone) : { from: null, to: null };
    const priority = figure.priority === undefined ? "" : equalsOrNull("Priority", figure.priority);
    return { where: `${waitingInPool(scope.pool)}${priority}${between("CreatedDate", band.from, band.to)}`, orderBy: "CreatedDate ASC", extraFields: "" };
  }
  const poolCases = casesOfPool(org.profile, poolOwners(scope));
  if (!poolCases) return null;
  const period = teamPeriod(figure.period, now, zone);
  if (figure.kind === "opened" || figure.kind === "trigger") {
    const day = figure.kind === "opened" ? dayRange(figure.day) : null;
    return {
      where: `${poolCases}${between("CreatedDate", day?.from ?? period.start, day?.to ?? null)}`,
      orderBy: "CreatedDate ASC",
      extraFields: figure.kind === "trigger" ? ", Origin" : "",
    };
  }
  const day = dayRange(figure.day);
  const actionField = names.field("case.resolutionAction");
  const action = figure.action === undefined || !actionField ? "" : equalsOrNull(actionField, figure.action);
  return { where: `${poolCases} AND IsClosed = true${action}${between("ClosedDate", day?.from ?? period.start, day?.to ?? null)}`, orderBy: "ClosedDate ASC", extraFields: "" };
}

export async function getTeamCases(connection: Connection, org: OrgContext, names: OrgNames, poolKey: string | null, figure: FigureFilter, now = new Date()): Promise<TeamCases> {
  const query = figureQuery(org, names, poolKey, figure, now);
  if (!query) return { orgHost: org.orgHost, cases: [], truncated: false };
  const limit = figure.kind === "trigger" ? CLASSIFIED : SHOWN + 1;
  const body = await connection.request(queryUrl(`SELECT ${CASE_REF_FIELDS}${query.extraFields} FROM Case WHERE ${query.where} ORDER BY ${query.orderBy} LIMIT ${limit}`));
  const records = queryResult(TriggerRecord).parse(body).records;
  const rules = org.profile.policy.triggers;
  const matching = figure.kind === "trigger" ? records.filter((record) => isOfTrigger({ subject: record.Subject, origin: record.Origin }, figure.trigger, rules)) : records;
  return { orgHost: org.orgHost, cases: matching.slice(0, SHOWN).map(toCaseRef), truncated: matching.length > SHOWN || (figure.kind === "trigger" && records.length >= CLASSIFIED) };
}
