/**
 * The dock's geometry and the AE's choices, pure so the content script stays
 * small and this stays tested: how wide the panel may be, what is remembered per
 * AE (open or as a rail, and the width), and how an element the page fixed to the
 * window is kept clear of the dock (narrowed, or moved left when it is small).
 * No zod here: the content script runs on every Salesforce page.
 */
export type DockMode = "open" | "rail";

export interface DockPrefs {
  mode: DockMode;
  width: number;
}

export const DOCK_DEFAULT_WIDTH = 380;
export const DOCK_MIN_WIDTH = 320;
export const DOCK_MAX_WIDTH = 720;
/** The rail: the show button, the trigger and the SLA state, written vertically. */
export const RAIL_WIDTH = 40;
/** Never take more than this share of the window from Salesforce. */
const MAX_SHARE = 0.6;

export const DEFAULT_DOCK_PREFS: DockPrefs = { mode: "open", width: DOCK_DEFAULT_WIDTH };

export function clampDockWidth(width: number, viewportWidth: number): number {
  const max = Math.max(DOCK_MIN_WIDTH, Math.min(DOCK_MAX_WIDTH, Math.floor(viewportWidth * MAX_SHARE)));
  return Math.round(Math.min(max, Math.max(DOCK_MIN_WIDTH, Number.isFinite(width) ? width : DOCK_DEFAULT_WIDTH)));
}

/** What the dock takes from the page's width in this mode. */
export function dockSpace(prefs: DockPrefs, viewportWidth: number): number {
  return prefs.mode === "rail" ? RAIL_WIDTH : clampDockWidth(prefs.width, viewportWidth);
}

/** chrome.storage.local key of an org's dock choices: { last: userId, byUser: { [userId]: DockPrefs } }. */
export const dockPrefsKey = (host: string) => `dock:v1:${host}`;

export interface StoredDock {
  last: string | null;
  byUser: Record<string, DockPrefs>;
}

function prefsFrom(value: unknown): DockPrefs | null {
  const candidate = value as Partial<DockPrefs> | null;
  if (!candidate || (candidate.mode !== "open" && candidate.mode !== "rail") || typeof candidate.width !== "number") return null;
  return { mode: candidate.mode, width: candidate.width };
}

/** What is stored for an org, read defensively: anything malformed counts as nothing. */
export function readStoredDock(value: unknown): StoredDock {
  const stored = (typeof value === "object" && value !== null ? value : {}) as { last?: unknown; byUser?: unknown };
  const byUser: Record<string, DockPrefs> = {};
  for (const [user, prefs] of Object.entries(typeof stored.byUser === "object" && stored.byUser !== null ? stored.byUser : {})) {
    const parsed = prefsFrom(prefs);
    if (parsed && /^[a-zA-Z0-9]{15,18}$/.test(user)) byUser[user] = parsed;
  }
  return { last: typeof stored.last === "string" && stored.last in byUser ? stored.last : null, byUser };
}

/** The choices of this AE, or (before the panel says who is logged in) of the last AE on this org. */
export function prefsFor(stored: StoredDock, user: string | null): DockPrefs {
  return stored.byUser[user ?? stored.last ?? ""] ?? DEFAULT_DOCK_PREFS;
}

export function withPrefs(stored: StoredDock, user: string, prefs: DockPrefs): StoredDock {
  return { last: user, byUser: { ...stored.byUser, [user]: prefs } };
}

export interface Box {
  left: number;
  width: number;
}

/**
 * How to keep a window-fixed element of the page out from under the dock, whose
 * left edge is at `dockLeft`: small ones move left whole, wide ones (a header, a
 * utility bar, a modal's backdrop) end where the dock begins. null: it is clear.
 */
export type Clearance = { kind: "shift"; by: number } | { kind: "narrow"; width: number };

export function clearanceFor(box: Box, dockLeft: number): Clearance | null {
  const overlap = box.left + box.width - dockLeft;
  if (overlap < 0.5) return null;
  if (box.width <= dockLeft * 0.5 && box.left - overlap >= 0) return { kind: "shift", by: Math.ceil(overlap) };
  return { kind: "narrow", width: Math.max(0, Math.floor(dockLeft - box.left)) };
}
