/**
 * RouterDeps.profileFor: the org's profile from Chrome policy, else the options
 * page, else the defaults. A bad profile throws BadProfile, which the router
 * answers as a "profile" AppError naming each bad value and where to fix it.
 */
import type { OrgProfile } from "../domain/org-profile/schema";
import type { ResolvedProfile } from "../domain/org-profile/profile-sources";
import type { AppError } from "../messaging/contracts";
import { readOrgProfile, type ReadableArea } from "../messaging/profile-storage";
import { MANAGED_PROFILES_KEY } from "../messaging/storage-keys";
import { memoStorage } from "./memo-storage";

export class BadProfile extends Error {
  constructor(
    readonly orgHost: string,
    readonly resolved: Extract<ResolvedProfile, { ok: false }>,
  ) {
    super(`The org profile for ${orgHost} has ${resolved.problems.length} bad value(s).`);
    this.name = "BadProfile";
  }
}

export function badProfileError(error: BadProfile): AppError {
  const { source, problems } = error.resolved;
  const where =
    source === "policy"
      ? "It comes from your admin's Chrome policy: ask your Salesforce admin to fix the policy."
      : "It was saved on the extension's options page: fix it there (or reset it to the defaults).";
  return {
    kind: "profile",
    fixAt: source,
    problems,
    message: `The org profile for ${error.orgHost} is not valid, so the extension does not use it. ${where}`,
  };
}

/**
 * Chrome answers the first read of managed storage only once it has loaded the
 * policy (about a second after the browser starts): read it when the worker starts
 * and keep it until the policy changes, so no message waits for it twice.
 */
let policyRead: Promise<Record<string, unknown>> | null = null;
const managedArea = (): ReadableArea | undefined => {
  const managed = globalThis.chrome?.storage?.managed as ReadableArea | undefined;
  if (!managed) return undefined;
  return {
    get: (key) => {
      const read = policyRead ?? managed.get(key).catch(() => ({}));
      policyRead = read;
      return read;
    },
  };
};

/** Starts reading the policy now, and forgets it whenever the admin's policy changes. */
export function watchPolicy(): void {
  chrome.storage.onChanged.addListener((_changes, area) => {
    if (area === "managed") policyRead = null;
  });
  void managedArea()?.get(MANAGED_PROFILES_KEY);
}

let localArea: ReadableArea | null = null;
const chromeAreas = () => ({ managed: managedArea(), local: (localArea ??= memoStorage(chrome.storage.local, "local")) });

export async function resolvedProfileFor(orgHost: string, areas = chromeAreas()): Promise<ResolvedProfile> {
  return readOrgProfile(orgHost, areas);
}

export async function profileFor(orgHost: string, areas = chromeAreas()): Promise<OrgProfile> {
  const resolved = await readOrgProfile(orgHost, areas);
  if (!resolved.ok) throw new BadProfile(orgHost, resolved);
  return resolved.profile;
}
