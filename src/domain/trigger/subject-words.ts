/**
 * How a Subject is compared with a trigger's source names: people type "NPS/ CSAT
 * Response", "nps/csat survey response -" or "Post-Churn Survey". Case, spaces and
 * punctuation carry no meaning here, so both sides become lower-case words of
 * letters and digits. "&" and "and" are the same word.
 */
export function subjectWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words a source name may leave out or add without being another source ("NPS/CSAT Response" = "NPS/CSAT Survey Response"). */
const FILLER = new Set(["survey", "response", "responses", "alert"]);

const meaningful = (words: readonly string[]) => words.filter((word) => !FILLER.has(word));

/**
 * Whether the subject starts with the source name: its meaningful words, in order,
 * at the start of the subject's, where filler words may come and go in between.
 * Returns how many of the subject's words the source name took, or null.
 */
export function matchSourceName(subject: readonly string[], sourceName: readonly string[]): number | null {
  const wanted = meaningful(sourceName);
  if (wanted.length === 0) return null;
  let at = 0;
  for (const word of wanted) {
    while (at < subject.length && FILLER.has(subject[at]!) && subject[at] !== word) at += 1;
    if (subject[at] !== word) return null;
    at += 1;
  }
  // The source's own trailing filler ("... Survey Response") belongs to it too.
  while (at < subject.length && FILLER.has(subject[at]!)) at += 1;
  return at;
}

/** The Subject after its first `words` words, without the separator that follows them ("- Score 6" is "Score 6"). */
export function subjectAfterWords(subject: string, words: number): string {
  let seen = 0;
  for (const match of subject.matchAll(/[\p{L}\p{N}\p{M}]+|&/gu)) {
    seen += 1;
    if (seen === words) return subject.slice(match.index + match[0].length).replace(/^[\s\p{P}\p{S}]+/u, "").trim();
  }
  return "";
}
