/**
 * The options page's reads and writes of org profiles, in chrome.storage (never
 * localStorage): what the policy pushes is shown and never written; a save parses
 * the whole text first and writes nothing when any value is bad.
 */
import { DEFAULT_PROFILE } from "../../domain/org-profile/default-profile";
import type { ProfileProblem } from "../../domain/org-profile/parse-profile";
import { parseProfileText } from "../../domain/org-profile/parse-profile";
import { isOrgProfileHost, resolveProfile, withValueAt, type ResolvedProfile } from "../../domain/org-profile/profile-sources";
import type { OrgProfile } from "../../domain/org-profile/schema";
import { readPolicyProfiles, readProfileSources, type ReadableArea } from "../../messaging/profile-storage";
import { savedProfileKey } from "../../messaging/storage-keys";

export interface WritableArea extends ReadableArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ProfileAreas {
  managed: ReadableArea | undefined;
  local: WritableArea;
}

export const chromeProfileAreas = (): ProfileAreas => ({ managed: globalThis.chrome?.storage?.managed as ReadableArea | undefined, local: chrome.storage.local as unknown as WritableArea });

export interface OrgProfileState {
  orgHost: string;
  resolved: ResolvedProfile;
  /** The admin's policy sets this org's profile: shown read-only. */
  managed: boolean;
  /** What the editor starts with: the profile in force as JSON, or the bad text/value as it is stored. */
  text: string;
}

const pretty = (value: unknown) => (typeof value === "string" ? prettyText(value) : JSON.stringify(value, null, 2));
function prettyText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export async function loadProfileState(orgHost: string, areas: ProfileAreas): Promise<OrgProfileState> {
  const sources = await readProfileSources(orgHost, areas);
  const resolved = resolveProfile(sources);
  const managed = sources.policy !== undefined;
  const raw = managed ? sources.policy : sources.options;
  return { orgHost, resolved, managed, text: resolved.ok ? JSON.stringify(resolved.profile, null, 2) : pretty(raw) };
}

export type SaveOutcome = { ok: true; profile: OrgProfile } | { ok: false; problems: ProfileProblem[] };

export async function saveProfileText(orgHost: string, text: string, areas: ProfileAreas): Promise<SaveOutcome> {
  if (!isOrgProfileHost(orgHost)) return { ok: false, problems: [{ path: "", message: `${orgHost} is not a My Domain host (acme.my.salesforce.com)` }] };
  if ((await readPolicyProfiles(areas.managed))[orgHost] !== undefined) {
    return { ok: false, problems: [{ path: "", message: "your admin's Chrome policy sets this org's profile: change it there" }] };
  }
  const parsed = parseProfileText(text);
  if (!parsed.ok) return parsed;
  await areas.local.set({ [savedProfileKey(orgHost)]: parsed.profile });
  return { ok: true, profile: parsed.profile };
}

/** "Use this one": the profile in force with one value replaced, checked and saved whole. */
export async function saveValueAt(orgHost: string, path: readonly string[], value: unknown, areas: ProfileAreas): Promise<SaveOutcome> {
  const current = resolveProfile(await readProfileSources(orgHost, areas));
  const base = current.ok ? current.profile : DEFAULT_PROFILE;
  return saveProfileText(orgHost, JSON.stringify(withValueAt(base, path, value)), areas);
}

export async function resetProfile(orgHost: string, areas: ProfileAreas): Promise<void> {
  await areas.local.remove(savedProfileKey(orgHost));
}

/** The org hosts the page knows: those with a pushed or saved profile, and those of open Salesforce tabs. */
export async function knownOrgHosts(areas: ProfileAreas, everythingSaved: Record<string, unknown>, tabHosts: readonly string[]): Promise<string[]> {
  const policy = await readPolicyProfiles(areas.managed);
  const prefix = savedProfileKey("");
  const saved = Object.keys(everythingSaved)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
  return [...new Set([...tabHosts, ...Object.keys(policy), ...saved])].filter(isOrgProfileHost).sort();
}
