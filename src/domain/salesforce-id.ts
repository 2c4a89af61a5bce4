/**
 * Salesforce record ids come as 15 case-sensitive characters (Classic URLs, some
 * formulas) or as the 18-character case-insensitive form the API returns. We
 * normalise to 18 so a case opened from either URL shape is one cache entry.
 */
const SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export function isSalesforceId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function toId18(id: string): string {
  if (!isSalesforceId(id)) throw new Error(`Not a Salesforce id: ${id}`);
  const id15 = id.slice(0, 15);
  let suffix = "";
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= "A" && ch <= "Z") bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return id15 + suffix;
}

export function toId15(id: string): string {
  if (!isSalesforceId(id)) throw new Error(`Not a Salesforce id: ${id}`);
  return id.slice(0, 15);
}

/** Compares two ids regardless of their 15/18 form. */
export function sameId(a: string, b: string): boolean {
  return isSalesforceId(a) && isSalesforceId(b) && toId15(a) === toId15(b);
}

/** The three-character key prefix tells the object type (500 = Case). */
export function keyPrefix(id: string): string {
  return id.slice(0, 3);
}
