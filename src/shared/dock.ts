/**
 * The panel's side of the dock (the content script around the panel's iframe):
 * show or hide it (the banner of a pooled account only sometimes has something to
 * say), say who is logged in (the dock remembers its width and mode per AE), and
 * what its rail shows when collapsed (the trigger and the SLA state, in words).
 * Posted to the Salesforce page that holds the frame, never to another origin.
 */
import { formatBusinessDuration, type SlaClock } from "../domain/sla";

const SOURCE = "pooled-case-copilot";

export type DockMessage = { dock: "ready"; record: string } | { dock: "show" | "hide" } | { dock: "who"; user: string } | { dock: "summary"; trigger: string; sla: { state: SlaClock["state"]; text: string } };

function parentOrigin(): string | null {
  const ancestor = globalThis.location?.ancestorOrigins?.[0];
  if (ancestor) return ancestor;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

export function tellDock(message: DockMessage, target: Window = window.parent): void {
  if (target === window) return;
  const origin = parentOrigin();
  if (origin) target.postMessage({ source: SOURCE, ...message }, origin);
}

export function requestDock(mode: "show" | "hide", target: Window = window.parent): void {
  tellDock({ dock: mode }, target);
}

/** The SLA state for the rail: a sign and words, never colour alone. */
export function dockSlaText(sla: SlaClock): string {
  switch (sla.state) {
    case "on-track":
      return `SLA: ${formatBusinessDuration(sla.remainingBusinessMs)} left`;
    case "at-risk":
      return `⚠ SLA at risk: ${formatBusinessDuration(sla.remainingBusinessMs)} left`;
    case "breached":
      return `✕ SLA breached ${formatBusinessDuration(sla.breachedByBusinessMs)} ago`;
    case "met":
      return "✓ SLA met";
  }
}
