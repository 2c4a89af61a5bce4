/**
 * The link "Draft email" opens: a mailto: URL (RFC 6068) for any mail client, or
 * the compose page of Gmail or Outlook on the web. Every header value is
 * percent-encoded whole, so customer text with a line break, "&", "?" or a literal
 * "%0A" stays inside its own value and can never add a header or a recipient.
 * Browsers and mail clients cut long URLs (about 2,000 characters is safe): what
 * would not fit is handed to the clipboard instead, never dropped.
 */
import type { Mailer } from "../org-profile/schema";

/** Longest URL every browser and mail client takes whole. */
export const SAFE_URL_LENGTH = 2_000;

export interface ComposedEmail {
  /** One checked address (see recipientOf), or null to leave To empty. */
  to: string | null;
  subject: string;
  body: string;
}

export interface ComposeLink {
  href: string;
  /** Web mailers open in a new tab; mailto: hands over to the mail client. */
  newTab: boolean;
  /** What the URL could not carry, for the clipboard; null when the URL holds everything. */
  clipboard: { text: string; holds: "body" | "subject-and-body" } | null;
}

type Parts = Partial<ComposedEmail>;

// encodeURIComponent throws on half a surrogate pair, which pasted text can hold.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encode = (value: string) => encodeURIComponent(value.replace(LONE_SURROGATE, "\uFFFD"));

/** An address with its "@" left readable; everything else that URLs reserve is encoded. */
const encodeAddress = (address: string) => address.split("@").map(encode).join("@");

function query(fields: Array<[string, string | null | undefined]>): string {
  const present = fields.filter((field): field is [string, string] => typeof field[1] === "string" && field[1] !== "");
  return present.map(([name, value]) => `${name}=${name === "to" ? encodeAddress(value) : encode(value)}`).join("&");
}

/** RFC 6068: line breaks in a body are CRLF, encoded as %0D%0A. */
export function mailtoUrl({ to, subject, body }: Parts): string {
  const fields = query([
    ["subject", subject],
    ["body", body?.replace(/\r?\n/g, "\r\n")],
  ]);
  return `mailto:${to ? encodeAddress(to) : ""}${fields ? `?${fields}` : ""}`;
}

export function gmailComposeUrl({ to, subject, body }: Parts): string {
  return `https://mail.google.com/mail/?${query([["view", "cm"], ["fs", "1"], ["to", to], ["su", subject], ["body", body]])}`;
}

export function outlookComposeUrl(host: string, { to, subject, body }: Parts): string {
  return `https://${host}/mail/deeplink/compose?${query([["to", to], ["subject", subject], ["body", body]])}`;
}

function urlFor(mailer: Mailer, parts: Parts): string {
  switch (mailer.kind) {
    case "gmail":
      return gmailComposeUrl(parts);
    case "outlook":
      return outlookComposeUrl(mailer.host, parts);
    default:
      return mailtoUrl(parts);
  }
}

export function composeLink(mailer: Mailer, email: ComposedEmail, limit = SAFE_URL_LENGTH): ComposeLink {
  const newTab = mailer.kind !== "mailto";
  const whole = urlFor(mailer, email);
  if (whole.length <= limit) return { href: whole, newTab, clipboard: null };
  const withoutBody = urlFor(mailer, { to: email.to, subject: email.subject });
  if (withoutBody.length <= limit) return { href: withoutBody, newTab, clipboard: { text: email.body, holds: "body" } };
  return { href: urlFor(mailer, { to: email.to }), newTab, clipboard: { text: `${email.subject}\n\n${email.body}`, holds: "subject-and-body" } };
}
