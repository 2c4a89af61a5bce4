/**
 * Words for zod's issues where a person reads them (a profile's problems, a
 * malformed request). zod/v4-mini carries no wording of its own ("Invalid input"
 * for every issue) so that the panel, which shows none, does not carry it; the
 * parses whose issues are shown pass this error map and get zod's English.
 * A schema's own message (a regex's "a time as HH:MM") still wins over it.
 */
import type * as z from "zod/v4-mini";
import en from "zod/v4/locales/en.js";

const english = en().localeError;

/** A missing value says so: zod's English would say "expected string, received undefined". */
export const issueWords: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && issue.input === undefined ? `is missing (expected ${issue.expected})` : english(issue);

/** One issue on one line, naming where it is ("caseId: ..."). */
export const issueLine = (issue: z.core.$ZodIssue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message);
