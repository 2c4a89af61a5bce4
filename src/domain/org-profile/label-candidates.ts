/**
 * Which of an object's fields an admin most likely meant when the profile names one
 * the org does not have: compared by label (what admins see in Setup) and by the API
 * name without its suffix, because a renamed field usually keeps its label
 * ("CARR" under ARR_Current__c) or its name (Carr_Amount__c).
 */

export interface DescribedField {
  name: string;
  label: string;
  type: string;
  /** For a lookup: the objects it points to. */
  referenceTo?: readonly string[];
}

export interface Candidate {
  apiName: string;
  label: string;
}

/** Words that say a field's type or join others ("Date/Time Opened", "Time to First Response"): they match everything alike. */
const FILLER = new Set(["date", "time", "id", "the", "of", "to", "a", "at"]);

/** Lower-case words of a label or an API name, fillers dropped: "Current_ARR__c" → ["current", "arr"]. */
function words(text: string): string[] {
  const all = text
    .replace(/__c$/i, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = all.filter((word) => !FILLER.has(word));
  return meaningful.length > 0 ? meaningful : all;
}

function bigrams(text: string): string[] {
  const compact = words(text).join("");
  return Array.from({ length: Math.max(compact.length - 1, 0) }, (_, i) => compact.slice(i, i + 2));
}

/** Dice coefficient over letter pairs: tolerant of small spelling and spacing differences. */
function dice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return words(a).join("") === words(b).join("") && words(a).length > 0 ? 1 : 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** How well one text matches another: exact words first, then shared words, then spelling. */
function similarity(wanted: string, found: string): number {
  const w = words(wanted);
  const f = words(found);
  if (w.length === 0 || f.length === 0) return 0;
  if (w.join(" ") === f.join(" ")) return 1;
  // How much of what is wanted the found text covers; each extra word costs a little.
  const sharedWords = w.filter((word) => f.includes(word)).length;
  const wordScore = sharedWords / (w.length + 0.25 * (f.length - sharedWords));
  return Math.max(wordScore * 0.9, dice(wanted, found) * 0.8);
}

/** Low on purpose: the type already narrowed the fields, and a weak candidate an admin can dismiss beats none. */
const THRESHOLD = 0.25;

/**
 * Up to `limit` fields of a type that can play the role, best first: a field whose
 * label is the role's label wins over one whose API name merely looks alike.
 */
export function closestFields(
  wanted: { label: string; apiName: string | null; types: readonly string[]; referenceTo?: string },
  fields: readonly DescribedField[],
  limit = 3,
): Candidate[] {
  const scored = fields
    .filter((field) => wanted.types.includes(field.type) && field.name !== wanted.apiName)
    .map((field) => {
      const byLabel = similarity(wanted.label, field.label);
      const byName = wanted.apiName ? Math.max(similarity(wanted.apiName, field.name), similarity(wanted.apiName, field.label)) : 0;
      // A lookup to the right object is a candidate whatever it is called ("Related Deal" for an Opportunity).
      const pointsRight = wanted.referenceTo !== undefined && (field.referenceTo ?? []).includes(wanted.referenceTo) ? 0.9 : 0;
      return { field, score: Math.max(byLabel, byName * 0.95, pointsRight) };
    })
    .filter((entry) => entry.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score || a.field.label.localeCompare(b.field.label));
  return scored.slice(0, limit).map(({ field }) => ({ apiName: field.name, label: field.label }));
}

/** The names an org has that are closest to one it lacks (a queue, a status): same scoring, no types. */
export function closestNames(wanted: string, found: readonly Candidate[], limit = 3): Candidate[] {
  return found
    .map((candidate) => ({ candidate, score: Math.max(similarity(wanted, candidate.apiName), similarity(wanted, candidate.label)) }))
    .filter((entry) => entry.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
