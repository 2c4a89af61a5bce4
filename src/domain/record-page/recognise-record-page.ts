/**
 * Tells, from a URL alone, whether the page shows a record the extension helps
 * with (a Case, or an Account or Contact for the pooled-account banner) and which
 * one. The content script runs this on every Salesforce navigation, so it stays
 * tiny and does no DOM work.
 */
import { isSalesforceId, keyPrefix, toId18 } from "../salesforce-id";

export type RecordObject = "Case" | "Account" | "Contact";
export type PageShape = "lightning" | "console" | "classic";

export interface RecordPage {
  object: RecordObject;
  recordId: string;
  shape: PageShape;
}

const OBJECT_BY_PREFIX: Record<string, RecordObject> = { "500": "Case", "001": "Account", "003": "Contact" };
const LIGHTNING_RECORD = /^\/lightning\/r\/(?:(\w+)\/)?([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})\/view\/?$/;
const CLASSIC_RECORD = /^\/([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})\/?$/;

/** The record a path shows, when it is one of ours; the id prefix must agree with the object in the path. */
function recordAt(path: string, pattern: RegExp): { object: RecordObject; recordId: string } | null {
  const match = pattern.exec(path);
  const id = pattern === LIGHTNING_RECORD ? match?.[2] : match?.[1];
  if (!id || !isSalesforceId(id)) return null;
  const object = OBJECT_BY_PREFIX[keyPrefix(id)];
  const named = pattern === LIGHTNING_RECORD ? match?.[1] : undefined;
  if (!object || (named && named !== object)) return null;
  return { object, recordId: toId18(id) };
}

export function recogniseRecordPage(href: string): RecordPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const workspace = url.searchParams.get("ws");
  const subtab = recordAt(url.pathname, LIGHTNING_RECORD);
  if (subtab) {
    if (!workspace) return { ...subtab, shape: "lightning" };
    // In the console the AE is working the workspace's case even while a subtab shows its account.
    const workspaceRecord = recordAt(workspace, LIGHTNING_RECORD);
    const focus = subtab.object !== "Case" && workspaceRecord?.object === "Case" ? workspaceRecord : subtab;
    return { ...focus, shape: "console" };
  }
  const classic = recordAt(url.pathname, CLASSIC_RECORD);
  return classic ? { ...classic, shape: "classic" } : null;
}
