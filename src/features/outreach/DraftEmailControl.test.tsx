// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { mailtoFields } from "../../../test/support/mailto-fields";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { Mailer } from "../../domain/org-profile/schema";
import { SAFE_URL_LENGTH } from "../../domain/outreach/mailer-url";
import type { MergeValues } from "../../domain/outreach/merge";
import type { LoggedActivity } from "../../messaging/case-work";
import { DraftEmailControl, type DraftEmailControlProps } from "./DraftEmailControl";
import { CASE_ID, CONTACT_ID, keepLinksInPlace, loggedAnswer, recordingTransport, stepOn } from "./test-support";

const TEMPLATE = { subject: "Your question about {Detail}", body: "Hi {FirstName},\n\nThanks for asking about {Detail}.\n\n{Signature}" };
const SIGNATURE = "Best,\n{AeName}";
const VALUES: MergeValues = { FirstName: "Ana", AccountName: "Northwind Traders", CaseNumber: "00001042", Detail: "Ultimate trial", AeName: "Avery Chen" };
const MAILTO: Mailer = { kind: "mailto" };

let restoreLinks: () => void;
beforeEach(() => {
  restoreLinks = keepLinksInPlace();
});
afterEach(() => restoreLinks());

function renderDraft(props: Partial<DraftEmailControlProps> = {}, reply: unknown = { ok: true, data: loggedAnswer({ subject: "Your question about Ultimate trial" }) }) {
  const { sent, transport } = recordingTransport(reply);
  const logged: LoggedActivity[] = [];
  const rendered = renderWithQuery(
    <DraftEmailControl step={stepOn(1)} template={TEMPLATE} signature={SIGNATURE} values={VALUES} to="ana@northwind.example" mailer={MAILTO} transport={transport} onLogged={(answer) => logged.push(answer)} {...props} />,
  );
  const control = screen.getByRole("group", { name: "Day 1 email" });
  return { ...rendered, control, sent, logged };
}

describe("DraftEmailControl", () => {
  it("shows the merged email, opens it in the mail client, then logs it once the AE says it was sent", async () => {
    const { control, sent, logged } = renderDraft();
    expect(within(control).getByText("ana@northwind.example")).toBeInTheDocument();
    expect(within(control).getByText("Your question about Ultimate trial")).toBeInTheDocument();
    expect(within(control).getByLabelText("Message")).toHaveTextContent("Hi Ana, Thanks for asking about Ultimate trial. Best, Avery Chen", { normalizeWhitespace: true });

    const link = within(control).getByRole("link", { name: "Open in mail" });
    expect(mailtoFields(link.getAttribute("href")!)).toEqual({
      to: "ana@northwind.example",
      fields: [
        ["subject", "Your question about Ultimate trial"],
        ["body", "Hi Ana,\r\n\r\nThanks for asking about Ultimate trial.\r\n\r\nBest,\r\nAvery Chen"],
      ],
    });
    expect(link).not.toHaveAttribute("target");
    expect(sent).toEqual([]);

    await userEvent.click(link);
    expect(within(control).getByText("Sent?")).toBeInTheDocument();
    await userEvent.click(within(control).getByRole("button", { name: "Yes, log it" }));

    expect(await within(control).findByRole("status")).toHaveTextContent("Logged: “Your question about Ultimate trial”");
    expect(sent).toEqual([
      {
        type: "activity/log",
        caseId: CASE_ID,
        contactId: CONTACT_ID,
        kind: "email",
        day: 1,
        activityDate: "2026-11-18",
        email: { subject: "Your question about Ultimate trial", body: "Hi Ana,\n\nThanks for asking about Ultimate trial.\n\nBest,\nAvery Chen" },
      },
    ]);
    expect(logged).toEqual([loggedAnswer({ subject: "Your question about Ultimate trial" })]);
  });

  it("keeps hostile customer text inert: no header injected, no markup rendered", async () => {
    const hostile = "Score 6\r\nBcc: evil@example.com %0ACc: evil2@example.com&to=evil3@example.com <script>alert(1)</script>";
    const { control, container, sent } = renderDraft({ values: { ...VALUES, Detail: hostile, FirstName: "<img src=x onerror=alert(1)>" } });

    expect(container.querySelector("script, img")).toBeNull();
    const subject = "Your question about Score 6 Bcc: evil@example.com %0ACc: evil2@example.com&to=evil3@example.com <script>alert(1)</script>";
    expect(within(control).getByText(subject)).toBeInTheDocument();
    expect(within(control).getByLabelText("Message")).toHaveTextContent("Hi <img src=x onerror=alert(1)>,");

    const href = within(control).getByRole("link", { name: "Open in mail" }).getAttribute("href")!;
    expect(href).not.toMatch(/[\r\n]/);
    const { to, fields } = mailtoFields(href);
    expect(to).toBe("ana@northwind.example");
    expect(fields.map(([name]) => name)).toEqual(["subject", "body"]);
    expect(fields[0]).toEqual(["subject", subject]);

    await userEvent.click(within(control).getByRole("link", { name: "Open in mail" }));
    await userEvent.click(within(control).getByRole("button", { name: "Yes, log it" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ email: { subject } });
  });

  it("shows the missing values, opens nothing until the AE fills them in, and never sends a merge field", async () => {
    const { control, sent } = renderDraft({ values: { ...VALUES, FirstName: null, AeName: "  " }, detailLabel: "What they asked about" });
    const missing = within(control).getByRole("group", { name: "Fill in before opening the mail" });
    expect(within(missing).getAllByRole("textbox").map((input) => input.closest("label")?.textContent)).toEqual([
      "Contact first name",
      "Your name",
    ]);
    expect(within(control).getByLabelText("Message")).toHaveTextContent("Hi [Contact first name?],");
    expect(within(control).getByLabelText("Message").textContent).not.toMatch(/\{FirstName\}|\{AeName\}/);
    expect(within(control).queryByRole("link")).toBeNull();
    expect(within(control).getByRole("button", { name: "Open in mail" })).toBeDisabled();

    await userEvent.type(within(missing).getByLabelText("Contact first name"), "Ana");
    expect(within(control).getByRole("button", { name: "Open in mail" })).toBeDisabled();
    await userEvent.type(within(missing).getByLabelText("Your name"), "Avery Chen");

    expect(within(control).getByRole("group", { name: "Filled in" })).toBeInTheDocument();
    const link = within(control).getByRole("link", { name: "Open in mail" });
    expect(mailtoFields(link.getAttribute("href")!).fields[1]![1]).toBe("Hi Ana,\r\n\r\nThanks for asking about Ultimate trial.\r\n\r\nBest,\r\nAvery Chen");
    expect(sent).toEqual([]);
  });

  it("asks for a missing trigger detail by the trigger's own name", () => {
    const { control } = renderDraft({ values: { ...VALUES, Detail: null }, detailLabel: "What they asked about" });
    expect(within(control).getByLabelText("What they asked about")).toBeInTheDocument();
  });

  it("puts a body too long for a mail link on the clipboard, whole, and says so", async () => {
    const copied: string[] = [];
    const longBody = `Hi {FirstName},\n\n${"We can set that up for your team this week. ".repeat(60).trim()}\n\n{Signature}`;
    const { control } = renderDraft({ template: { ...TEMPLATE, body: longBody }, copyText: async (text) => void copied.push(text) });

    expect(within(control).getByRole("note")).toHaveTextContent("Too long for a mail link: opening the mail copies the message to your clipboard, to paste in.");
    const link = within(control).getByRole("link", { name: "Open in mail" });
    expect(link.getAttribute("href")).toBe("mailto:ana@northwind.example?subject=Your%20question%20about%20Ultimate%20trial");
    expect(link.getAttribute("href")!.length).toBeLessThanOrEqual(SAFE_URL_LENGTH);

    await userEvent.click(link);
    expect(await within(control).findByRole("status")).toHaveTextContent("The message is on your clipboard: paste it into the email.");
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^Hi Ana,\n\nWe can set that up/);
    expect(copied[0]).toMatch(/this week\.\n\nBest,\nAvery Chen$/);
  });

  it("shows the text to copy by hand when the clipboard refuses", async () => {
    const longBody = `${"x".repeat(SAFE_URL_LENGTH)}\n\n{Signature}`;
    const { control } = renderDraft({ template: { ...TEMPLATE, body: longBody }, copyText: () => Promise.reject(new Error("denied")) });
    await userEvent.click(within(control).getByRole("link", { name: "Open in mail" }));
    expect(await within(control).findByRole("alert")).toHaveTextContent("Could not copy to the clipboard");
    expect(within(control).getByLabelText<HTMLTextAreaElement>("Text to paste").value).toBe(`${"x".repeat(SAFE_URL_LENGTH)}\n\nBest,\nAvery Chen`);
  });

  it("logs nothing when the AE did not send it", async () => {
    const { control, sent } = renderDraft();
    await userEvent.click(within(control).getByRole("link", { name: "Open in mail" }));
    await userEvent.click(within(control).getByRole("button", { name: "Not sent" }));
    expect(within(control).getByRole("link", { name: "Open in mail" })).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it("shows Salesforce's message when logging fails and lets the AE try again", async () => {
    const { control, sent, logged } = renderDraft({}, { ok: false, error: { kind: "salesforce", errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Emails need a Type." } });
    await userEvent.click(within(control).getByRole("link", { name: "Open in mail" }));
    await userEvent.click(within(control).getByRole("button", { name: "Yes, log it" }));
    expect(await within(control).findByRole("alert")).toHaveTextContent("Could not log the email: Emails need a Type.");
    expect(within(control).getByRole("button", { name: "Yes, log it" })).toBeEnabled();
    expect(sent).toHaveLength(1);
    expect(logged).toEqual([]);
  });

  it("opens Gmail or Outlook on the web in a new tab when the profile says so", () => {
    renderDraft({ mailer: { kind: "gmail" } });
    const link = screen.getByRole("link", { name: "Open in Gmail" });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(new URL(link.getAttribute("href")!).searchParams.get("su")).toBe("Your question about Ultimate trial");
  });

  it("leaves out an address that is not one address, and says so", () => {
    const { control } = renderDraft({ to: "ana@northwind.example?bcc=evil@example.com" });
    expect(within(control).getByText("“ana@northwind.example?bcc=evil@example.com” is not one email address: it is left out.")).toBeInTheDocument();
    expect(within(control).getByRole("link", { name: "Open in mail" }).getAttribute("href")).toMatch(/^mailto:\?subject=/);
  });
});
