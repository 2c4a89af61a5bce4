import { draftEmail, recipientOf, taskSubjectOf } from "./email-draft";
import { composeLink, gmailComposeUrl, mailtoUrl, outlookComposeUrl, SAFE_URL_LENGTH } from "./mailer-url";

const MAILTO = { kind: "mailto" } as const;

/** The header fields of a mailto: URL as a mail client reads them (RFC 6068: split on &, then =, then percent-decode). */
function mailtoHeaders(href: string) {
  expect(href.startsWith("mailto:")).toBe(true);
  const [to, query = ""] = href.slice("mailto:".length).split("?");
  expect(href.split("?")).toHaveLength(query ? 2 : 1);
  const fields = query ? query.split("&").map((field) => field.split("=")) : [];
  for (const field of fields) expect(field).toHaveLength(2);
  return { to: decodeURIComponent(to!), fields: fields.map(([name, value]) => [name, decodeURIComponent(value!)]) };
}

describe("mailto: URLs", () => {
  it("encodes every header value whole: a Subject with newlines or a literal %0A adds no header", () => {
    const subject = "Re: Score 6\r\nBcc: evil@example.com%0ACc: evil2@example.com&cc=evil3@example.com?x=1";
    const href = mailtoUrl({ to: "ana@northwind.example", subject, body: "Line one\nLine two %0D%0A & <script>alert(1)</script>" });

    expect(href).not.toMatch(/[\r\n]/);
    const { to, fields } = mailtoHeaders(href);
    expect(to).toBe("ana@northwind.example");
    expect(fields.map(([name]) => name)).toEqual(["subject", "body"]);
    expect(fields[0]![1]).toBe(subject);
    // RFC 6068: a line break in the body is CRLF; the customer's literal "%0D%0A" stays text.
    expect(fields[1]![1]).toBe("Line one\r\nLine two %0D%0A & <script>alert(1)</script>");
    expect(href).toContain("body=Line%20one%0D%0ALine%20two%20%250D%250A%20%26%20%3Cscript%3E");
  });

  it("keeps the address readable and encodes what URLs reserve in it", () => {
    expect(mailtoUrl({ to: "o'brien+sales@northwind.example", subject: "Hi" })).toBe("mailto:o'brien%2Bsales@northwind.example?subject=Hi");
    expect(mailtoUrl({ to: null, subject: "Hi", body: "" })).toBe("mailto:?subject=Hi");
  });

  it("survives half a surrogate pair pasted from somewhere", () => {
    expect(mailtoUrl({ subject: "ok \uD83D then 😀" })).toBe(`mailto:?subject=ok%20${encodeURIComponent("\uFFFD")}%20then%20${encodeURIComponent("😀")}`);
  });
});

describe("web mailers", () => {
  const email = { to: "ana@northwind.example", subject: "Re: a & b = c?", body: "Hi Ana,\n\n#1 & more" };

  it("Gmail's compose page, each value its own parameter", () => {
    const url = new URL(gmailComposeUrl(email));
    expect(url.origin + url.pathname).toBe("https://mail.google.com/mail/");
    expect([...url.searchParams.keys()]).toEqual(["view", "fs", "to", "su", "body"]);
    expect(url.searchParams.get("su")).toBe(email.subject);
    expect(url.searchParams.get("body")).toBe(email.body);
    expect(url.hash).toBe("");
  });

  it("Outlook on the web's compose deeplink, spaces as %20 (a + would show as +)", () => {
    const href = outlookComposeUrl("outlook.office.com", email);
    expect(href.startsWith("https://outlook.office.com/mail/deeplink/compose?to=ana@northwind.example&subject=Re%3A%20a%20%26%20b%20%3D%20c%3F&body=")).toBe(true);
    expect(new URL(href).searchParams.get("body")).toBe(email.body);
  });

  it("opens a web mailer in a new tab, mailto: in the mail client", () => {
    expect(composeLink({ kind: "gmail" }, email).newTab).toBe(true);
    expect(composeLink({ kind: "outlook", host: "outlook.live.com" }, email).href.startsWith("https://outlook.live.com/")).toBe(true);
    expect(composeLink(MAILTO, email)).toMatchObject({ newTab: false, clipboard: null });
  });
});

describe("a body too long for a URL", () => {
  it("goes to the clipboard, whole; the URL keeps To and Subject and stays short", () => {
    const body = `Hi Ana,\n\n${"We can help with that. ".repeat(120)}`;
    const link = composeLink(MAILTO, { to: "ana@northwind.example", subject: "Your question", body });
    expect(link.clipboard).toEqual({ text: body, holds: "body" });
    expect(link.href).toBe("mailto:ana@northwind.example?subject=Your%20question");
    expect(link.href.length).toBeLessThanOrEqual(SAFE_URL_LENGTH);
  });

  it("takes the Subject too when even that would not fit (a long subject in a script that encodes to 9 characters a letter)", () => {
    const subject = "ご質問について".repeat(40);
    const link = composeLink({ kind: "gmail" }, { to: "ana@northwind.example", subject, body: "short" });
    expect(link.clipboard).toEqual({ text: `${subject}\n\nshort`, holds: "subject-and-body" });
    expect(new URL(link.href).searchParams.get("su")).toBeNull();
    expect(link.href.length).toBeLessThanOrEqual(SAFE_URL_LENGTH);
  });

  it("keeps a body that fits in the URL", () => {
    const body = "x".repeat(SAFE_URL_LENGTH - "mailto:?body=".length);
    expect(composeLink(MAILTO, { to: null, subject: "", body }).clipboard).toBeNull();
    expect(composeLink(MAILTO, { to: null, subject: "", body: `${body}x` }).clipboard?.holds).toBe("body");
  });
});

describe("the recipient", () => {
  it.each([
    ["ana@northwind.example", true],
    ["o'brien+sales@mail.northwind.example", true],
    ["ana@northwind.example?bcc=evil@example.com", false],
    ["ana@northwind.example,evil@example.com", false],
    ["Ana <ana@northwind.example>", false],
    ["ana@northwind.example\r\nBcc: evil@example.com", false],
    ["ana@northwind.example%0ABcc:evil@example.com", false],
    ["ana@localhost", false],
  ])("%j is one address: %s", (address, ok) => {
    expect(recipientOf(address).ok).toBe(ok);
  });

  it("says when there is none", () => {
    expect(recipientOf("  ")).toEqual({ ok: false, problem: "no-address", typed: null });
    expect(recipientOf("a,b@c.example")).toEqual({ ok: false, problem: "not-one-address", typed: "a,b@c.example" });
  });
});

describe("draftEmail", () => {
  const template = { subject: "Your question about {Detail}", body: "Hi {FirstName},\n\nAbout {Detail}.\n\n{Signature}" };

  it("merges subject, body and signature and is ready when nothing is missing", () => {
    const draft = draftEmail({ template, signature: "Best,\n{AeName}", values: { FirstName: "Ana", Detail: "Ultimate trial", AeName: "Avery Chen" }, to: "ana@northwind.example" });
    expect(draft).toEqual({
      subject: "Your question about Ultimate trial",
      body: "Hi Ana,\n\nAbout Ultimate trial.\n\nBest,\nAvery Chen",
      missing: [],
      to: { ok: true, address: "ana@northwind.example" },
      ready: true,
    });
  });

  it("lists each missing value once, from subject, body and signature, and is not ready", () => {
    const draft = draftEmail({ template, signature: "Best,\n{AeName}", values: { FirstName: null }, to: null });
    expect(draft.missing).toEqual(["Detail", "FirstName", "AeName"]);
    expect(draft.ready).toBe(false);
    expect(draft.to).toMatchObject({ ok: false, problem: "no-address" });
  });

  it("cuts the Task's subject to the 255 characters Salesforce keeps", () => {
    expect(taskSubjectOf("a".repeat(255))).toHaveLength(255);
    expect(taskSubjectOf("a".repeat(300))).toBe(`${"a".repeat(254)}…`);
  });
});
