/**
 * Which profile an org uses, and why: the admin's Chrome policy first (managed
 * storage, read-only to the extension), then what was saved on the options page,
 * then the defaults. A bad profile is never half-used: the answer names its source
 * and every bad value, so the panel can say where to fix it.
 *
 * In managed storage each org's profile is JSON text, not a nested object (see
 * scripts/policy/README.md): Chrome's policy schema has no null, no unions and no
 * tuples, and drops unknown or mistyped values without telling the extension.
 */
import { ORG_HOST_PATTERN } from "../org-host";
import { parseProfile, parseProfileText, type ProfileProblem } from "./parse-profile";
import { DEFAULT_PROFILE } from "./default-profile";
import type { OrgProfile } from "./schema";

export type ProfileSource = "policy" | "options" | "defaults";

export type ResolvedProfile = { ok: true; profile: OrgProfile; source: ProfileSource } | { ok: false; source: Exclude<ProfileSource, "defaults">; problems: ProfileProblem[] };

export { ORG_HOST_PATTERN };

export function isOrgProfileHost(host: string): boolean {
  return ORG_HOST_PATTERN.test(host);
}

/** The policy's value for one org: JSON text (what Chrome can carry whole); anything else is reported, not guessed at. */
export function parsePolicyProfile(value: unknown): ReturnType<typeof parseProfile> {
  if (typeof value === "string") return parseProfileText(value);
  return { ok: false, problems: [{ path: "", message: `must be the profile as JSON text (a string), not ${Array.isArray(value) ? "an array" : typeof value}` }] };
}

/**
 * The profile for one org from what each source holds for it (undefined: the
 * source has nothing for this org).
 */
export function resolveProfile(sources: { policy: unknown; options: unknown }): ResolvedProfile {
  if (sources.policy !== undefined) {
    const parsed = parsePolicyProfile(sources.policy);
    return parsed.ok ? { ok: true, profile: parsed.profile, source: "policy" } : { ok: false, source: "policy", problems: parsed.problems };
  }
  if (sources.options !== undefined) {
    const parsed = parseProfile(sources.options);
    return parsed.ok ? { ok: true, profile: parsed.profile, source: "options" } : { ok: false, source: "options", problems: parsed.problems };
  }
  return { ok: true, profile: DEFAULT_PROFILE, source: "defaults" };
}

/** Policy keys that are not My Domain hosts (a Lightning host, a typo): said once, never silently ignored. */
export function misplacedPolicyHosts(policy: Record<string, unknown>): string[] {
  return Object.keys(policy).filter((host) => !isOrgProfileHost(host));
}

/**
 * A copy of the profile's JSON with one value replaced (the options page's "use this
 * field"); the caller parses the result before saving, so a bad path cannot slip in.
 */
export function withValueAt(profile: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(profile)) {
    const index = Number(head);
    return profile.map((entry, at) => (at === index ? withValueAt(entry, rest, value) : entry));
  }
  const record = typeof profile === "object" && profile !== null ? (profile as Record<string, unknown>) : {};
  return { ...record, [head]: withValueAt(record[head], rest, value) };
}
