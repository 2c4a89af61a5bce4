/**
 * The AE's choices about work that comes to them (chrome.storage.local, set on
 * the options page, read by the worker): which desktop notifications to get (all
 * off until the AE opts in) and whether the toolbar badge and notifications
 * pause outside their working hours (their pool's business hours). Also the
 * worker's memory of what it already told, per org and user.
 */
import * as z from "zod/v4-mini";

import { scopedKey, type OrgScope } from "./org-scope";

export const WORK_ALERTS_KEY = "work-alerts:v1";

export const WorkAlertsSettingsSchema = z.object({
  highPriority: z.boolean(),
  slaAtRisk: z.boolean(),
  stepDue: z.boolean(),
  onlyInWorkingHours: z.boolean(),
});

export type WorkAlertsSettings = z.infer<typeof WorkAlertsSettingsSchema>;

export const DEFAULT_WORK_ALERTS: WorkAlertsSettings = { highPriority: false, slaAtRisk: false, stepDue: false, onlyInWorkingHours: true };

/** What is stored, or the defaults when nothing (or something unreadable) is. */
export function workAlertsOf(stored: unknown): WorkAlertsSettings {
  const parsed = z.partial(WorkAlertsSettingsSchema).safeParse(stored);
  return { ...DEFAULT_WORK_ALERTS, ...(parsed.success ? parsed.data : {}) };
}

/** What this AE was told in this org (a refreshed sandbox is another org: its cases are told afresh). */
export const alertMemoryKey = (scope: OrgScope) => scopedKey("work-alerts:memory", scope);

export const AlertMemorySchema = z.object({
  started: z.array(z.enum(["high-priority", "sla-at-risk", "step-due"])),
  seen: z.record(z.string(), z.string()),
});
