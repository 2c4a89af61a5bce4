/**
 * RouterDeps.profileFor: the org's profile from Chrome policy, else the options
 * page, else the defaults. A bad profile throws BadProfile, which the router
 * answers as a "profile" AppError naming each bad value and where to fix it.
 */
import type { OrgProfile } from "../domain/org-profile/schema";
import type { ResolvedProfile } from "../domain/org-profile/profile-sources";
import type { AppError } from "../messaging/contracts";
import { readOrgProfile, type ReadableArea } from "../messaging/profile-storage";

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

const chromeAreas = () => ({ managed: globalThis.chrome?.storage?.managed as ReadableArea | undefined, local: chrome.storage.local as ReadableArea });

export async function resolvedProfileFor(orgHost: string, areas = chromeAreas()): Promise<ResolvedProfile> {
  return readOrgProfile(orgHost, areas);
}

export async function profileFor(orgHost: string, areas = chromeAreas()): Promise<OrgProfile> {
  const resolved = await readOrgProfile(orgHost, areas);
  if (!resolved.ok) throw new BadProfile(orgHost, resolved);
  return resolved.profile;
}
