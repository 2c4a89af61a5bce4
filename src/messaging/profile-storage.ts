/**
 * What each source holds for one org's profile: the admin's policy
 * (chrome.storage.managed) and the options page's save (chrome.storage.local).
 * Read the same way by the worker and the options page; which one wins is the
 * domain's resolveProfile.
 */
import { resolveProfile, type ResolvedProfile } from "../domain/org-profile/profile-sources";
import { MANAGED_PROFILES_KEY, savedProfileKey } from "./storage-keys";

export interface ReadableArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The policy's map of host → profile text; {} without a policy (or where Chrome has no managed storage). */
export async function readPolicyProfiles(managed: ReadableArea | undefined): Promise<Record<string, unknown>> {
  try {
    const value = managed ? (await managed.get(MANAGED_PROFILES_KEY))[MANAGED_PROFILES_KEY] : undefined;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    // No managed_schema or no policy support (some test profiles): as good as no policy.
    return {};
  }
}

export async function readProfileSources(orgHost: string, areas: { managed: ReadableArea | undefined; local: ReadableArea }): Promise<{ policy: unknown; options: unknown }> {
  const [policies, saved] = await Promise.all([readPolicyProfiles(areas.managed), areas.local.get(savedProfileKey(orgHost))]);
  return { policy: policies[orgHost], options: saved[savedProfileKey(orgHost)] };
}

export async function readOrgProfile(orgHost: string, areas: { managed: ReadableArea | undefined; local: ReadableArea }): Promise<ResolvedProfile> {
  return resolveProfile(await readProfileSources(orgHost, areas));
}
