/**
 * A profile from outside (Chrome policy, the options page, an imported file) is
 * parsed whole: either every value is good and the profile is used, or the answer
 * lists each bad value with where it is and what it should be, and nothing is
 * used. Half a profile would make the extension act on an org it half knows.
 */
import type * as z from "zod/v4-mini";

import { issueWords } from "../issue-words";
import { OrgProfileSchema, type OrgProfile } from "./schema";

export interface ProfileProblem {
  /** Where the bad value is, as a dotted path ("pools.0.queue"); "" for the whole profile. */
  path: string;
  message: string;
}

export type ProfileParse = { ok: true; profile: OrgProfile } | { ok: false; problems: ProfileProblem[] };

function problemOf(issue: z.core.$ZodIssue): ProfileProblem {
  const path = issue.path.join(".");
  if (issue.code === "unrecognized_keys") return { path, message: `has unknown keys: ${issue.keys.join(", ")}` };
  // A bad record key (a template for "Day x"): what the key should be, not zod's "Invalid key in record".
  if (issue.code === "invalid_key") return { path, message: issue.issues.map((inner) => inner.message).join("; ") };
  return { path, message: issue.message };
}

export function parseProfile(input: unknown): ProfileParse {
  const parsed = OrgProfileSchema.safeParse(input, { error: issueWords });
  if (parsed.success) return { ok: true, profile: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(problemOf) };
}

/** Parses JSON text as a profile; bad JSON is one problem with the parser's words. */
export function parseProfileText(text: string): ProfileParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `is not JSON: ${(error as Error).message}` }] };
  }
  return parseProfile(value);
}
