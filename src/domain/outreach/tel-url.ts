/**
 * The tel: URL of a contact's number (RFC 3966), while the panel keeps showing
 * the number as the person typed it. Spaces and other separators become "-" (a
 * visual separator the RFC allows) so digit groups never run together, an
 * extension becomes ";ext=", letters on a vanity number become their keypad
 * digits, and a number typed without "+" gets the pool's phone-context when the
 * profile has one.
 *
 * RFC 3966 wants a local number to carry a phone-context. Where the profile names
 * none for the pool, the local number is dialled as it is (tel:415-555-0100): every
 * dialler reads it as the AE would dial it by hand, from their own phone's country,
 * and inventing a country would be a guess that can ring a stranger.
 */
export type TelLink = { ok: true; href: string; display: string } | { ok: false; display: string; problem: string };

// "ext. 42", "ext 42", "extension 42", "x42", "#42", ";ext=42", ", ext: 42" at the end of the number.
const EXTENSION = /^(.*?)[\s,;]*(?:(?:ext(?:ension)?\.?|x|#)\s*[:.=-]?\s*(\d{1,10}))\s*$/i;
const KEYPAD = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];

const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter.toLowerCase())) + 2);

/** E.164 allows at most 15 digits; fewer than 3 is no phone number. */
const DIGITS = { min: 3, max: 15 };

export function telLink(typed: string | null, { phoneContext = null }: { phoneContext?: string | null } = {}): TelLink {
  const display = typed?.trim() ?? "";
  if (!display) return { ok: false, display, problem: "The contact has no phone number." };
  const split = EXTENSION.exec(display);
  const number = (split ? split[1]! : display).trim();
  const extension = split ? split[2]! : null;

  const global = number.startsWith("+");
  const rest = global ? number.slice(1) : number;
  if (/[^0-9A-Za-z\s().\-/]/.test(rest)) return { ok: false, display, problem: `"${display}" is not a phone number that can be dialled.` };
  const groups = rest
    .replace(/[A-Za-z]/g, keypadDigit)
    .split(/[^0-9]+/)
    .filter(Boolean);
  const digits = groups.join("").length;
  if (digits < DIGITS.min || digits > DIGITS.max) return { ok: false, display, problem: `"${display}" has ${digits} digits: not a phone number that can be dialled.` };

  // RFC 3966 section 3: an extension comes first, then the phone-context.
  const params = [extension ? `;ext=${extension}` : "", !global && phoneContext ? `;phone-context=${phoneContext}` : ""].join("");
  return { ok: true, href: `tel:${global ? "+" : ""}${groups.join("-")}${params}`, display };
}
