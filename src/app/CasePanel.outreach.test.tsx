// @vitest-environment jsdom
/**
 * The outreach controls as the panel composes them into the cadence checklist:
 * the profile's template for the case's trigger and step, the case's merge values
 * and contact, the log's answer ticking the step without reading the case again.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { casePanelFixture, FIXTURE_ME, panelWorker } from "../../test/support/case-panel-fixture";
import { mailtoFields } from "../../test/support/mailto-fields";
import { renderWithQuery } from "../../test/support/render-with-query";
import { keepLinksInPlace } from "../features/outreach/test-support";
import type { Activity, CasePanelData } from "../messaging/case-panel-data";
import type { LogActivityRequest } from "../messaging/case-work";
import { CasePanel } from "./CasePanel";

// Wednesday 2026-11-18, 10:00 in New York.
const NOW = new Date("2026-11-18T15:00:00Z");
const CASE_ID = "5008X00002CytL1QAJ";
const CONTACT_ID = "0038X00000AbCdEQAV";
const TASK_ID = "00T8X00000Tsk09UAB";
const RETRY_ID = "00T8X00000Tsk10UAB";
const ME = { id: FIXTURE_ME, name: "Avery Chen", isQueue: false };

type Overrides = Parameters<typeof casePanelFixture>[0];

/** Claimed by me this morning, opened an hour before: Day 1 (the email) is due today. */
const claimedToday: NonNullable<Overrides>["case"] = { owner: ME, status: "In Progress", createdDate: "2026-11-18T13:30:00.000Z", claimedAt: "2026-11-18T14:30:00.000Z" };
/** Claimed Monday with the Day 1 email sent: Day 3 (the call) is due today. */
const dayOneEmail: Activity = { id: "00T8X00000Tsk01UAB", kind: "email", subject: "Your message to GitLab sales", at: "2026-11-16T16:00:00.000Z", on: "case", by: "Avery Chen", outcome: null };
const claimedMonday: NonNullable<Overrides>["case"] = { owner: ME, status: "In Progress", createdDate: "2026-11-16T13:30:00.000Z", claimedAt: "2026-11-16T14:30:00.000Z" };

let restoreLinks: () => void;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  restoreLinks = keepLinksInPlace();
});
afterEach(() => {
  restoreLinks();
  vi.useRealTimers();
});

/** The Task the worker answers with, as Salesforce stored it for this request. */
function storedTask(request: LogActivityRequest): Activity {
  const subject = request.email?.subject ?? (request.call ? `Call: ${{ "no-answer": "No answer", connected: "Connected", "left-voicemail": "Left voicemail", "wrong-number": "Wrong number" }[request.call.outcome]}` : `Day ${request.day} ${request.kind} (Pooled cadence)`);
  const outcome = request.call ? subject.slice("Call: ".length) : null;
  return { id: TASK_ID, kind: request.kind, subject, at: NOW.toISOString(), on: "case", by: "Avery Chen", outcome };
}

function renderPanel(overrides: Overrides, reply?: (request: LogActivityRequest) => unknown) {
  const data: CasePanelData = casePanelFixture(overrides);
  const logged: LogActivityRequest[] = [];
  const worker = panelWorker(data, (message) => {
    const request = message as LogActivityRequest;
    logged.push(request);
    if (reply) return reply(request);
    const retry = request.call?.retry ? { id: RETRY_ID, subject: request.call.retry.subject, activityDate: request.call.retry.activityDate } : null;
    return { ok: true, data: { id: TASK_ID, activity: storedTask(request), retry } };
  });
  const rendered = renderWithQuery(<CasePanel caseId={CASE_ID} transport={worker.transport} />);
  const step = (day: number) => document.querySelector<HTMLElement>(`[data-day="${day}"]`)!;
  const reads = () => worker.sent.filter((message) => message.type === "case/panel").length;
  return { ...rendered, step, logged, reads, data };
}

async function openDraft(step: HTMLElement) {
  await userEvent.click(within(step).getByRole("button", { name: "Draft email" }));
  return within(step).getByRole("group", { name: /^Day \d+ email$/ });
}

describe("the cadence's outreach in the panel", () => {
  it("drafts the due Day 1 email from the trigger's template, opens it in the mail client, and logs it once sent: one request, the step ticks from the answer", async () => {
    const { step, logged, reads } = renderPanel({ case: claimedToday });
    await screen.findByRole("article", { name: "Case 00001042" });
    expect(step(1)).toHaveAttribute("data-state", "due");

    const draft = await openDraft(step(1));
    expect(within(draft).getByText("ana@northwind.example")).toBeInTheDocument();
    expect(within(draft).getByText("Your message to GitLab sales")).toBeInTheDocument();
    const body =
      "Hi Ana,\n\nThanks for getting in touch through our contact form. You wrote:\n\nCompany: Northwind\nHow can we help?: We need 20 more seats.\n\n" +
      "I'm the account executive for Northwind Traders and I'm here to help. Could you tell me a little more about what you need, or suggest a time for a quick call?\n\n" +
      "Best regards,\nAvery Chen\nAccount Executive, GitLab";
    expect(within(draft).getByLabelText("Message").textContent).toBe(body);

    const link = within(draft).getByRole("link", { name: "Open in mail" });
    expect(mailtoFields(link.getAttribute("href")!)).toEqual({
      to: "ana@northwind.example",
      fields: [
        ["subject", "Your message to GitLab sales"],
        ["body", body.replace(/\n/g, "\r\n")],
      ],
    });
    expect(logged).toEqual([]);

    await userEvent.click(link);
    await userEvent.click(within(draft).getByRole("button", { name: "Yes, log it" }));

    await waitFor(() => expect(step(1)).toHaveAttribute("data-state", "done"));
    expect(logged).toEqual([{ type: "activity/log", caseId: CASE_ID, contactId: CONTACT_ID, kind: "email", day: 1, activityDate: "2026-11-18", email: { subject: "Your message to GitLab sales", body } }]);
    const timeline = step(1).querySelector<HTMLElement>(".outreach-timeline")!;
    expect(timeline).toHaveAttribute("data-activity-id", TASK_ID);
    expect(timeline).toHaveTextContent("Email“Your message to GitLab sales”Avery ChenNov 18, 10:00 AM EST");
    // The next step is Day 3, not due until Friday: nothing to do on it yet.
    expect(within(step(3)).queryByRole("button")).toBeNull();
    // The panel took the Task from the answer: the case was read once, before.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads()).toBe(1);
  });

  it("shows the values the case lacks before anything opens, and never sends a merge field", async () => {
    const { step, logged } = renderPanel({ case: { ...claimedToday, contact: { id: CONTACT_ID, name: "Trujillo", firstName: null, email: "ana@northwind.example", phone: null } } });
    await screen.findByRole("article", { name: "Case 00001042" });
    const draft = await openDraft(step(1));

    const missing = within(draft).getByRole("group", { name: "Fill in before opening the mail" });
    expect(within(missing).getByLabelText("Contact first name")).toBeInTheDocument();
    expect(within(draft).getByLabelText("Message").textContent).toMatch(/^Hi \[Contact first name\?\],/);
    expect(within(draft).queryByRole("link")).toBeNull();
    expect(within(draft).getByRole("button", { name: "Open in mail" })).toBeDisabled();

    await userEvent.type(within(missing).getByLabelText("Contact first name"), "Ana");
    const href = within(draft).getByRole("link", { name: "Open in mail" }).getAttribute("href")!;
    expect(mailtoFields(href).fields[1]![1]).toMatch(/^Hi Ana,\r\n/);
    expect(decodeURIComponent(href)).not.toMatch(/\{FirstName\}|\[Contact first name\?\]/);
    expect(logged).toEqual([]);
  });

  it("keeps hostile customer text inside its own value: a Subject with line breaks or %0A adds no mail header", async () => {
    const subject = "PQL Hand Raise - Ultimate\r\nBcc: evil@example.com %0ABcc: evil2@example.com&cc=evil3@example.com";
    const { step, logged } = renderPanel({
      case: { ...claimedToday, subject, origin: "In-Product", contact: { id: CONTACT_ID, name: "Ana", firstName: "Ana", email: "ana@northwind.example?bcc=evil4@example.com", phone: null } },
    });
    await screen.findByRole("article", { name: "Case 00001042" });
    const draft = await openDraft(step(1));

    // Not one address: To is left empty rather than carrying "?bcc=".
    expect(within(draft).getByText(/is not one email address: it is left out/)).toBeInTheDocument();
    const merged = "Your question about Ultimate Bcc: evil@example.com %0ABcc: evil2@example.com&cc=evil3@example.com";
    expect(within(draft).getByText(merged)).toBeInTheDocument();

    const href = within(draft).getByRole("link", { name: "Open in mail" }).getAttribute("href")!;
    expect(href).not.toMatch(/[\r\n]/);
    expect(href).not.toMatch(/evil4/);
    expect(href).toContain("%250A");
    const { to, fields } = mailtoFields(href);
    expect(to).toBe("");
    expect(fields.map(([name]) => name)).toEqual(["subject", "body"]);
    expect(fields[0]).toEqual(["subject", merged]);

    await userEvent.click(within(draft).getByRole("link", { name: "Open in mail" }));
    await userEvent.click(within(draft).getByRole("button", { name: "Yes, log it" }));
    await waitFor(() => expect(logged).toHaveLength(1));
    expect(logged[0]!.email!.subject).toBe(merged);
  });

  it("calls the due Day 3 step's contact as typed, logs No answer with the note and a retry the next business day", async () => {
    const { step, logged, reads } = renderPanel({ case: claimedMonday, activities: [dayOneEmail] });
    await screen.findByRole("article", { name: "Case 00001042" });
    const call = within(step(3)).getByRole("group", { name: "Day 3 call" });
    expect(within(call).getByText(/^Confirm the contact and account the form matched/)).toBeInTheDocument();

    const dial = within(call).getByRole("link", { name: "Call +1 (555) 010-2030" });
    expect(dial).toHaveAttribute("href", "tel:+1-555-010-2030");
    await userEvent.click(dial);
    await userEvent.click(within(call).getByRole("radio", { name: "No answer" }));
    expect(within(call).getByRole("checkbox", { name: "Schedule a retry call on Thu, Nov 19" })).toBeChecked();
    await userEvent.type(within(call).getByLabelText("Note (one line)"), "Rang out, no voicemail");
    await userEvent.click(within(call).getByRole("button", { name: "Log call" }));

    await waitFor(() => expect(step(3)).toHaveAttribute("data-state", "done"));
    expect(logged).toEqual([
      {
        type: "activity/log",
        caseId: CASE_ID,
        contactId: CONTACT_ID,
        kind: "call",
        day: 3,
        activityDate: "2026-11-18",
        call: { outcome: "no-answer", note: "Rang out, no voicemail", retry: { subject: "Call back: case 00001042", activityDate: "2026-11-19" } },
      },
    ]);
    expect(step(3).querySelector(".outreach-timeline")).toHaveTextContent("CallNo answerAvery ChenNov 18, 10:00 AM ESTRetry call Thu, Nov 19");
    expect(reads()).toBe(1);
  });

  it("logs an email sent elsewhere with one click, in the profile's words", async () => {
    const { step, logged } = renderPanel({ case: claimedToday });
    await screen.findByRole("article", { name: "Case 00001042" });
    await userEvent.click(within(step(1)).getByRole("button", { name: "Log an email sent elsewhere" }));

    await waitFor(() => expect(step(1)).toHaveAttribute("data-state", "done"));
    expect(logged).toEqual([{ type: "activity/log", caseId: CASE_ID, contactId: CONTACT_ID, kind: "email", day: 1, activityDate: "2026-11-18" }]);
    expect(step(1).querySelector(".outreach-timeline")).toHaveTextContent("“Day 1 email (Pooled cadence)”");
  });

  it("ticks a step from an activity logged elsewhere, with who logged it and its outcome", async () => {
    const elsewhere: Activity = { id: "00T8X00000Tsk02UAB", kind: "call", subject: "Call", at: "2026-11-18T14:00:00.000Z", on: "contact", by: "Jordan Rivera", outcome: "Connected" };
    const { step, logged, reads } = renderPanel({ case: claimedMonday, activities: [dayOneEmail, elsewhere] });
    await screen.findByRole("article", { name: "Case 00001042" });

    expect(step(1).querySelector(".outreach-timeline")).toHaveTextContent("Email“Your message to GitLab sales”Avery ChenNov 16, 11:00 AM EST");
    expect(step(3)).toHaveAttribute("data-state", "done");
    expect(step(3).querySelector(".outreach-timeline")).toHaveTextContent("CallConnectedJordan RiveraNov 18, 9:00 AM EST");
    expect(within(step(3)).queryByRole("group")).toBeNull();
    expect(logged).toEqual([]);
    expect(reads()).toBe(1);
  });

  it("says why nothing was logged, and leaves the step to do", async () => {
    const { step, queryClient } = renderPanel({ case: claimedMonday, activities: [dayOneEmail] }, () => ({
      ok: false,
      error: { kind: "salesforce", errorCode: "FIELD_INTEGRITY_EXCEPTION", message: "Related To ID: id value of incorrect type" },
    }));
    await screen.findByRole("article", { name: "Case 00001042" });
    const call = within(step(3)).getByRole("group", { name: "Day 3 call" });
    await userEvent.click(within(call).getByRole("button", { name: "Log a call made elsewhere" }));
    await userEvent.click(within(call).getByRole("radio", { name: "Connected" }));
    await userEvent.click(within(call).getByRole("button", { name: "Log call" }));

    expect(await within(call).findByRole("alert")).toHaveTextContent("Could not log the call: Related To ID: id value of incorrect type");
    expect(step(3)).toHaveAttribute("data-state", "due");
    expect((queryClient.getQueryData(["case-panel", CASE_ID]) as CasePanelData).activities).toEqual([dayOneEmail]);
  });
});
