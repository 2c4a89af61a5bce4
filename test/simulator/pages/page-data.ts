/**
 * What a record page shows, as data: the Lightning shell fetches it from
 * /__sim/page-data on every in-app navigation, and Classic pages render it directly.
 */
import { isSalesforceId, toId15, toId18 } from "../../../src/domain/salesforce-id";
import { dateTimeFormat } from "../intl-cache";
import type { OrgStore } from "../store";
import type { Row } from "../values";
import type { PageData, PageField, PageList } from "./render";

export type LinkStyle = "lightning" | "classic";

interface Ctx {
  store: OrgStore;
  userId: string;
  style: LinkStyle;
  timeZone: string;
}

const PAGE_OBJECTS = ["Case", "Account", "Contact"];

function href(ctx: Ctx, type: string, id: unknown): string | undefined {
  if (typeof id !== "string") return undefined;
  return ctx.style === "classic" ? `/${toId15(id)}` : `/lightning/r/${type}/${id}/view`;
}

function fmtDate(ctx: Ctx, value: unknown): string {
  if (typeof value !== "number") return "";
  return dateTimeFormat("en-US", { timeZone: ctx.timeZone, dateStyle: "short", timeStyle: "short" }).format(new Date(value));
}

function nameOf(store: OrgStore, id: unknown): string {
  if (typeof id !== "string") return "";
  const found = store.rowById(id);
  return found ? String(found.row.Name ?? found.row.CaseNumber ?? "") : "";
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function field(label: string, api: string, value: unknown, link?: string): PageField {
  const f: PageField = { label, api, value: text(value) };
  if (link) f.href = link;
  return f;
}

/** The record's custom fields as the org's layout would show them, labels from the org's schema. */
function customFields(ctx: Ctx, object: string, row: Row): PageField[] {
  return ctx.store.def(object).fields
    .filter((f) => f.custom)
    .map((f) => {
      const value = row[f.name];
      if (f.type === "reference") return field(f.label, f.name, nameOf(ctx.store, value));
      if (f.type === "datetime") return field(f.label, f.name, fmtDate(ctx, value));
      if (f.type === "currency" && typeof value === "number") return field(f.label, f.name, new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(value));
      return field(f.label, f.name, value);
    });
}

function blank(kind: PageData["kind"], object: string, id: string, title: string, message: string, spa: boolean): PageData {
  return { kind, object, id, title, fields: [], lists: [], message, spa };
}

function caseItems(ctx: Ctx, rows: Row[]): PageList["items"] {
  return rows
    .sort((a, b) => Number(b.CreatedDate) - Number(a.CreatedDate))
    .map((c) => ({ label: `${text(c.CaseNumber)} ${text(c.Subject)}`.trim(), href: href(ctx, "Case", c.Id)!, sub: text(c.Status) }));
}

export function recordPage(ctx: Ctx, object: string, rawId: string): PageData {
  const spa = ctx.style === "lightning";
  const { store } = ctx;
  const id = isSalesforceId(rawId) ? toId18(rawId) : rawId;
  const row = isSalesforceId(rawId) ? store.row(object, rawId) : undefined;
  if (!row) {
    const deleted = isSalesforceId(rawId) && store.deletedRow(object, rawId);
    return blank("missing", object, id, deleted ? "Record deleted" : "Record not found", deleted ? "This record was deleted." : "The record you're looking for doesn't exist or you don't have access to it.", spa);
  }
  const acc = (accId: unknown) => field("Account Name", "AccountId", nameOf(store, accId), href(ctx, "Account", accId));
  if (object === "Case") {
    const tasks = store.rows("Task").filter((t) => t.WhatId === row.Id).sort((a, b) => Number(b.CreatedDate) - Number(a.CreatedDate));
    return {
      kind: "record", object, id, spa, title: text(row.CaseNumber), subtitle: "Case",
      fields: [
        field("Case Number", "CaseNumber", row.CaseNumber),
        field("Subject", "Subject", row.Subject),
        field("Status", "Status", row.Status),
        field("Priority", "Priority", row.Priority),
        field("Case Owner", "OwnerId", nameOf(store, row.OwnerId)),
        acc(row.AccountId),
        field("Contact Name", "ContactId", nameOf(store, row.ContactId), href(ctx, "Contact", row.ContactId)),
        field("Case Origin", "Origin", row.Origin),
        field("Case Record Type", "RecordTypeId", nameOf(store, row.RecordTypeId)),
        field("Date/Time Opened", "CreatedDate", fmtDate(ctx, row.CreatedDate)),
        field("Description", "Description", row.Description),
        ...customFields(ctx, object, row),
      ],
      lists: [{ title: "Activity History", items: tasks.map((t) => ({ label: text(t.Subject), href: href(ctx, "Case", row.Id)!, sub: `${text(t.Status)} ${text(t.ActivityDate)}`.trim() })) }],
    };
  }
  if (object === "Account") {
    const openCases = store.rows("Case").filter((c) => c.AccountId === row.Id && c.IsClosed !== true);
    const contacts = store.rows("Contact").filter((c) => c.AccountId === row.Id);
    return {
      kind: "record", object, id, spa, title: text(row.Name), subtitle: "Account",
      fields: [
        field("Account Name", "Name", row.Name),
        field("Account Owner", "OwnerId", nameOf(store, row.OwnerId)),
        ...customFields(ctx, object, row),
        field("Type", "Type", row.Type),
        field("Website", "Website", row.Website),
        field("Billing Country", "BillingCountry", row.BillingCountry),
      ],
      lists: [
        { title: "Open Cases", items: caseItems(ctx, openCases) },
        { title: "Contacts", items: contacts.map((c) => ({ label: text(c.Name), href: href(ctx, "Contact", c.Id)!, sub: text(c.Email) })) },
      ],
    };
  }
  const cases = store.rows("Case").filter((c) => c.ContactId === row.Id);
  return {
    kind: "record", object, id, spa, title: text(row.Name), subtitle: "Contact",
    fields: [
      field("Name", "Name", row.Name),
      acc(row.AccountId),
      field("Title", "Title", row.Title),
      field("Email", "Email", row.Email),
      field("Phone", "Phone", row.Phone),
      field("Contact Owner", "OwnerId", nameOf(store, row.OwnerId)),
    ],
    lists: [{ title: "Cases", items: caseItems(ctx, cases) }],
  };
}

export function caseListPage(ctx: Ctx): PageData {
  const open = ctx.store.rows("Case").filter((c) => c.IsClosed !== true);
  return { kind: "list", object: "Case", id: "", title: "All Open Cases", subtitle: "Cases", fields: [], lists: [{ title: "Cases", items: caseItems(ctx, open) }], spa: ctx.style === "lightning" };
}

function homePage(ctx: Ctx): PageData {
  const mine = ctx.store.rows("Case").filter((c) => c.OwnerId === ctx.userId && c.IsClosed !== true);
  const user = ctx.store.row("User", ctx.userId);
  return {
    kind: "home", object: "", id: "", title: "Home", subtitle: `Welcome, ${text(user?.Name)}`, fields: [],
    lists: [{ title: "My Open Cases", items: caseItems(ctx, mine) }], spa: true,
    message: "",
  };
}

export function pageContext(store: OrgStore, userId: string, style: LinkStyle): Ctx {
  const tz = store.row("User", userId)?.TimeZoneSidKey;
  return { store, userId, style, timeZone: typeof tz === "string" ? tz : "UTC" };
}

/** Lightning routes: /lightning/page/home, /lightning/r/{Object}/{id}/view, /lightning/o/Case/list. */
export function lightningPageData(store: OrgStore, userId: string, path: string): PageData {
  const ctx = pageContext(store, userId, "lightning");
  const pathname = path.split("?")[0]!.replace(/\/+$/, "");
  if (pathname === "/lightning/page/home" || pathname === "/lightning" || pathname === "/lightning/page") return homePage(ctx);
  const rec = /^\/lightning\/r\/([A-Za-z]+)\/([A-Za-z0-9]+)\/view$/.exec(pathname);
  if (rec) {
    const object = PAGE_OBJECTS.find((o) => o.toLowerCase() === rec[1]!.toLowerCase());
    if (object) return recordPage(ctx, object, rec[2]!);
  }
  if (/^\/lightning\/o\/Case\/(list|home)$/i.test(pathname)) return caseListPage(ctx);
  return blank("notfound", "", "", "Page not found", "This page isn't available in the simulated org.", true);
}
