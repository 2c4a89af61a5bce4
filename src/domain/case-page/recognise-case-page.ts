/**
 * Tells, from a URL alone, whether the page shows a Case record and which one.
 * The content script runs this on every Salesforce navigation, so it stays tiny
 * and does no DOM work.
 */
import { isSalesforceId, keyPrefix, toId18 } from "../salesforce-id";

const CASE_KEY_PREFIX = "500";
const LIGHTNING_RECORD = /^\/lightning\/r\/(?:Case\/)?([a-zA-Z0-9]{15,18})\/view\/?$/;
const LIGHTNING_OBJECT_RECORD = /^\/lightning\/r\/(\w+)\/([a-zA-Z0-9]{15,18})\/view\/?$/;
const CLASSIC_RECORD = /^\/([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})\/?$/;

export type PageShape = "lightning" | "console" | "classic";

export interface CasePage {
  caseId: string;
  shape: PageShape;
}

function caseIdFrom(candidate: string | undefined): string | null {
  if (!candidate || !isSalesforceId(candidate)) return null;
  return keyPrefix(candidate) === CASE_KEY_PREFIX ? toId18(candidate) : null;
}

function lightningRecordId(path: string): { object: string; id: string } | null {
  const match = LIGHTNING_OBJECT_RECORD.exec(path);
  if (match?.[1] && match[2]) return { object: match[1], id: match[2] };
  const short = LIGHTNING_RECORD.exec(path);
  return short?.[1] ? { object: "Case", id: short[1] } : null;
}

export function recogniseCasePage(href: string): CasePage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const path = url.pathname;
  const workspace = url.searchParams.get("ws");

  const record = lightningRecordId(path);
  if (record) {
    const subtabCase = record.object === "Case" ? caseIdFrom(record.id) : null;
    if (subtabCase) return { caseId: subtabCase, shape: workspace ? "console" : "lightning" };
    // A console subtab (say the Account) opened from a case workspace: the AE is still on that case.
    const workspaceRecord = workspace ? lightningRecordId(workspace) : null;
    const workspaceCase = workspaceRecord?.object === "Case" ? caseIdFrom(workspaceRecord.id) : null;
    return workspaceCase ? { caseId: workspaceCase, shape: "console" } : null;
  }

  const classic = CLASSIC_RECORD.exec(path);
  const classicCase = caseIdFrom(classic?.[1]);
  return classicCase ? { caseId: classicCase, shape: "classic" } : null;
}
