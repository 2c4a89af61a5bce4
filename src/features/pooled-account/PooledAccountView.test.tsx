// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { orgContextFixture } from "../../../test/support/org-context-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { PooledAccountData, PooledCase, ReferralCreated } from "../../messaging/pooled-account";
import { orgScopeOf, scopedKey } from "../../messaging/org-scope";
import type { Transport } from "../../messaging/send-request";
import { PooledAccountView } from "./PooledAccountView";
import { memoryStorageArea, type MemoryStorageArea } from "../../../test/support/memory-storage-area";

const ACCOUNT_ID = "0018X0000000001QAA";
const MAYA = { id: "0038X0000000001QAA", name: "Maya Torres", email: "maya.torres@bluebirdbakery.example", title: "Owner" };
const DEV = { id: "0038X0000000002QAA", name: "Dev Patel", email: "dev.patel@bluebirdbakery.example", title: "Operations Manager" };

const openCase = (overrides: Partial<PooledCase> = {}): PooledCase => ({
  id: "5008X0000000013QAA",
  caseNumber: "00000024",
  subject: "Inbound Request: Add 5 seats before renewal",
  status: "In Progress",
  createdDate: "2026-11-20T19:00:00.000+0000",
  owner: { id: "0058X0000000002QAA", name: "Avery Chen", isQueue: false },
  ...overrides,
});

function bannerData(overrides: Partial<PooledAccountData> = {}, account: Partial<NonNullable<PooledAccountData["account"]>> = {}): PooledAccountData {
  return {
    orgHost: "acme.my.salesforce.com",
    account: {
      id: ACCOUNT_ID,
      name: "Bluebird Bakery Co",
      type: "Customer",
      carr: 2400,
      region: "AMER",
      owner: { id: "0058X0000000001QAA", name: "Pooled Sales User", nickname: "POOLED USER [ DO NOT CHATTER ]" },
      ...account,
    },
    openPooledCases: [],
    contacts: [MAYA, DEV],
    contactsTruncated: false,
    metadata: { recordTypeId: "0128X0000000001QAA", reasons: ["Expansion", "Renewal", "Other"].map((value) => ({ value, label: value })) },
    ...overrides,
  };
}

const NEW_CASE = openCase({ id: "5008X0000000099QAA", caseNumber: "00000099", subject: "Referral", status: "New", owner: { id: "00G8X0000000001UAA", name: "Pooled Sales Queue", isQueue: true } });

/** Lukas Becker works the EMEA pool, whose AEs own its accounts. */
const LUKAS = "0058X0000000008QAA";
const ORG = orgContextFixture({ poolMembers: { amer: [], emea: [LUKAS] } });

/** Answers the org context, the banner with `data` and the create with `create` (a Result); records every message but the org context. */
function fakeWorker(data: PooledAccountData, create: unknown = { ok: true, data: { case: NEW_CASE, openPooledCases: [...data.openPooledCases, NEW_CASE] } satisfies ReferralCreated }) {
  const sent: Array<Record<string, unknown>> = [];
  const transport: Transport = async (message) => {
    const request = message as Record<string, unknown>;
    if (request.type === "org/context") return { ok: true, data: ORG };
    sent.push(request);
    return request.type === "pooled-account/banner" ? { ok: true, data } : create;
  };
  return { transport, sent, creates: () => sent.filter((m) => m.type === "pooled-account/create-referral") };
}

function renderView(transport: Transport, props: Partial<Parameters<typeof PooledAccountView>[0]> = {}) {
  const dock = vi.fn();
  const view = renderWithQuery(<PooledAccountView object="Account" recordId={ACCOUNT_ID} shape="lightning" transport={transport} dock={dock} {...props} />);
  return { ...view, dock };
}

async function fillForm(contact = "Maya Torres") {
  await userEvent.click(screen.getByRole("radio", { name: new RegExp(contact) }));
  await userEvent.type(screen.getByLabelText("Description"), "Needs 6 more seats, see https://gitlab.com/bluebird/-/issues/7");
  await userEvent.selectOptions(screen.getByLabelText("Case Reason"), "Expansion");
}

describe("the pooled-account banner", () => {
  it("tells an AMER pooled account: do not Chatter, the CARR against the threshold, open cases and who works them, the landing page", async () => {
    const { transport } = fakeWorker(bannerData({ openPooledCases: [openCase(), openCase({ id: "5008X0000000014QAA", caseNumber: "00000025", subject: "PQL Hand Raise - SAML SSO setup", status: "New", owner: { id: "00G8X0000000001UAA", name: "Pooled Sales Queue", isQueue: true } })] }));
    const { dock } = renderView(transport);

    const article = await screen.findByRole("article", { name: "Pooled account Bluebird Bakery Co" });
    expect(within(article).getByRole("note")).toHaveTextContent("Do not Chatter the Pooled Sales User: create a Pooled case");
    expect(within(article).getByText("Pooled account · AMER")).toBeInTheDocument();
    expect(within(article).getByText("CARR $2,400: under the $4,000 pooled threshold for existing customers")).toBeInTheDocument();
    const cases = within(article).getByRole("region", { name: "Open Pooled cases" });
    expect(within(cases).getByRole("heading")).toHaveTextContent("Open Pooled cases (2)");
    expect(within(cases).getByRole("link", { name: "00000024" })).toHaveAttribute("href", "https://acme.lightning.force.com/lightning/r/Case/5008X0000000013QAA/view");
    expect(within(cases).getByText("worked by Avery Chen")).toBeInTheDocument();
    expect(within(cases).getByText("waiting in Pooled Sales Queue")).toBeInTheDocument();
    expect(within(article).getByRole("link", { name: "https://page.gitlab.com/smbsales" })).toHaveAttribute("href", "https://page.gitlab.com/smbsales");
    expect(dock).toHaveBeenLastCalledWith("show");
  });

  it("shows nothing for a non-pooled account and keeps the dock hidden", async () => {
    const { transport, sent } = fakeWorker(
      bannerData({}, { name: "Meridian Freight Systems", carr: 62000, region: null, owner: { id: "0058X0000000012QAA", name: "Rachel Goldberg", nickname: "rgoldberg" } }),
    );
    const { dock, container } = renderView(transport);

    await waitFor(() => expect(dock).toHaveBeenCalledWith("hide"));
    expect(sent).toHaveLength(1);
    expect(container.querySelector("article, form")).toBeNull();
    expect(dock).not.toHaveBeenCalledWith("show");
  });

  it("tells an EMEA pooled account owned by the region's Pooled AE, with a new customer's threshold", async () => {
    const { transport } = fakeWorker(
      bannerData({}, { name: "Alpenblick Reisen GmbH", type: "Prospect", carr: 2500, region: "EMEA", owner: { id: "0058X0000000008QAA", name: "Lukas Becker", nickname: "lbecker" } }),
    );
    const { dock } = renderView(transport);

    const article = await screen.findByRole("article", { name: "Pooled account Alpenblick Reisen GmbH" });
    expect(within(article).getByText("Pooled account · EMEA")).toBeInTheDocument();
    expect(within(article).getByRole("note")).toHaveTextContent("Create a Pooled case: it goes to the EMEA Pooled Sales Queue, where Lukas Becker and the EMEA Pooled AEs work it");
    expect(within(article).getByText("Lukas Becker (EMEA Pooled AE)")).toBeInTheDocument();
    expect(within(article).getByText(/CARR \$2,500: at or above the \$2,000 pooled threshold for new customers/)).toHaveClass("warning");
    expect(dock).toHaveBeenLastCalledWith("show");
  });

  it("renders account and case text as text", async () => {
    const hostile = '<img src=x onerror="alert(1)">Widgets';
    const { transport } = fakeWorker(bannerData({ openPooledCases: [openCase({ subject: "<script>alert(1)</script>" })] }, { name: hostile }));
    const { container } = renderView(transport);
    expect(await screen.findByRole("heading", { name: hostile })).toBeInTheDocument();
    expect(container.querySelector("article img, article script")).toBeNull();
  });
});


const DRAFT_KEY = scopedKey(`draft:referral:${ACCOUNT_ID}`, orgScopeOf(ORG));
let drafts: MemoryStorageArea;

beforeEach(() => {
  drafts = memoryStorageArea();
  vi.stubGlobal("chrome", { storage: { local: drafts } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the referral form", () => {
  it("says what is missing and sends nothing", async () => {
    const { transport, creates } = fakeWorker(bannerData());
    renderView(transport);
    await userEvent.click(await screen.findByRole("button", { name: "Create Pooled case" }));

    expect(screen.getByText("Choose the end-user contact the Pooled AE should reach out to.")).toBeInTheDocument();
    expect(screen.getByText("Describe the ask of the Pooled AE: the Description is required.")).toBeInTheDocument();
    expect(screen.getByText("Choose a Case Reason based on the customer's needs.")).toBeInTheDocument();
    expect(screen.getByLabelText("Description")).toHaveAttribute("aria-invalid", "true");
    expect(creates()).toHaveLength(0);

    await userEvent.type(screen.getByLabelText("Description"), "   ");
    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));
    expect(screen.getByText("Describe the ask of the Pooled AE: the Description is required.")).toBeInTheDocument();
    expect(creates()).toHaveLength(0);
  });

  it("searches the account's contacts by name or email", async () => {
    const { transport } = fakeWorker(bannerData());
    renderView(transport);
    const search = await screen.findByRole("searchbox", { name: "Search contacts by name or email" });
    expect(screen.getAllByRole("radio")).toHaveLength(2);
    await userEvent.type(search, "dev.patel@");
    expect(screen.getAllByRole("radio").map((radio) => radio.closest("label")?.textContent)).toEqual([expect.stringContaining("Dev Patel")]);
    await userEvent.clear(search);
    await userEvent.type(search, "zzz");
    expect(screen.getByText("No contact matches “zzz”.")).toBeInTheDocument();
  });

  it("on a Contact page, starts with that contact chosen", async () => {
    const { transport, sent } = fakeWorker(bannerData());
    renderView(transport, { object: "Contact", recordId: DEV.id });
    expect(await screen.findByRole("radio", { name: /Dev Patel/ })).toBeChecked();
    expect(sent[0]).toEqual({ type: "pooled-account/banner", object: "Contact", recordId: DEV.id });
  });

  it("creates the case and links to it, with the queue it landed in", async () => {
    const { transport, creates } = fakeWorker(bannerData());
    renderView(transport);
    await screen.findByRole("form", { name: "Create a referral case" });
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));

    const status = await screen.findByRole("status");
    expect(within(status).getByRole("link", { name: "00000099" })).toHaveAttribute("href", "https://acme.lightning.force.com/lightning/r/Case/5008X0000000099QAA/view");
    expect(status).toHaveTextContent("it is in the Pooled Sales Queue, where a Pooled AE will pick it up.");
    expect(creates()).toEqual([
      { type: "pooled-account/create-referral", accountId: ACCOUNT_ID, contactId: MAYA.id, description: "Needs 6 more seats, see https://gitlab.com/bluebird/-/issues/7", reason: "Expansion" },
    ]);
    // The banner's open cases come from the create's answer, without asking again.
    expect(screen.getByRole("heading", { name: "Open Pooled cases (1)" })).toBeInTheDocument();
  });

  it("links the new case in Classic on a Classic page", async () => {
    const { transport } = fakeWorker(bannerData());
    renderView(transport, { shape: "classic" });
    await screen.findByRole("form", { name: "Create a referral case" });
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));
    expect(within(await screen.findByRole("status")).getByRole("link", { name: "00000099" })).toHaveAttribute("href", "https://acme.my.salesforce.com/5008X0000000099QAA");
  });

  it("shows the open Pooled case and its owner and asks before creating a second one", async () => {
    const { transport, creates } = fakeWorker(bannerData({ openPooledCases: [openCase()] }));
    renderView(transport);
    await screen.findByRole("form", { name: "Create a referral case" });
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));

    const warning = screen.getByRole("alert");
    expect(warning).toHaveTextContent("Bluebird Bakery Co already has an open Pooled case:");
    expect(warning).toHaveTextContent("00000024 Inbound Request: Add 5 seats before renewal");
    expect(within(warning).getByText("worked by Avery Chen")).toBeInTheDocument();
    expect(creates()).toHaveLength(0);

    await userEvent.click(within(warning).getByRole("button", { name: "Don't create" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(creates()).toHaveLength(0);

    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));
    await userEvent.click(within(screen.getByRole("alert")).getByRole("button", { name: "Create another case anyway" }));
    expect(await screen.findByRole("status")).toHaveTextContent("00000099");
    expect(creates()).toHaveLength(1);
  });

  it("keeps the form as it was when the create fails, with Salesforce's message", async () => {
    const failure = { ok: false, error: { kind: "salesforce", errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Referral cases need a contact email." } };
    const { transport, creates } = fakeWorker(bannerData(), failure);
    renderView(transport);
    await screen.findByRole("form", { name: "Create a referral case" });
    await fillForm("Dev Patel");
    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Referral cases need a contact email.");
    expect(alert).toHaveTextContent("FIELD_CUSTOM_VALIDATION_EXCEPTION");
    expect(screen.getByRole("radio", { name: /Dev Patel/ })).toBeChecked();
    expect(screen.getByLabelText("Description")).toHaveValue("Needs 6 more seats, see https://gitlab.com/bluebird/-/issues/7");
    expect(screen.getByLabelText("Case Reason")).toHaveValue("Expansion");
    expect(screen.queryByRole("status")).toBeNull();
    expect(creates()).toHaveLength(1);
  });

  it("restores the draft after a remount (a session error's re-login reloads the page), and clears it once the case is created", async () => {
    const lost = { ok: false, error: { kind: "session", message: "Your Salesforce session expired.", loginUrl: "https://acme.my.salesforce.com/" } };
    const first = fakeWorker(bannerData(), lost);
    const { unmount } = renderView(first.transport);
    await screen.findByRole("form", { name: "Create a referral case" });
    await fillForm("Dev Patel");
    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));
    // "Log in to Salesforce" navigates the top window: the form goes away with what was typed in it.
    expect(within(await screen.findByRole("alert")).getByRole("link", { name: "Log in to Salesforce" })).toHaveAttribute("target", "_top");
    expect(first.creates()).toHaveLength(1);
    unmount();

    const second = fakeWorker(bannerData());
    renderView(second.transport);
    await waitFor(() => expect(screen.getByLabelText("Description")).toHaveValue("Needs 6 more seats, see https://gitlab.com/bluebird/-/issues/7"));
    expect(screen.getByRole("radio", { name: /Dev Patel/ })).toBeChecked();
    expect(screen.getByLabelText("Case Reason")).toHaveValue("Expansion");

    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));
    expect(await screen.findByRole("status")).toHaveTextContent("00000099");
    expect(second.creates()).toEqual([
      { type: "pooled-account/create-referral", accountId: ACCOUNT_ID, contactId: DEV.id, description: "Needs 6 more seats, see https://gitlab.com/bluebird/-/issues/7", reason: "Expansion" },
    ]);
    await waitFor(() => expect(drafts.items.has(DRAFT_KEY)).toBe(false));
  });

  it("keeps a draft changed after the create was sent (only what was sent is cleared)", async () => {
    let answer: (value: unknown) => void = () => undefined;
    const data = bannerData();
    const transport: Transport = async (message) => {
      const { type } = message as { type: string };
      if (type === "org/context") return { ok: true, data: ORG };
      return type === "pooled-account/banner" ? { ok: true, data } : new Promise((resolve) => (answer = resolve));
    };
    renderView(transport);
    await screen.findByRole("form", { name: "Create a referral case" });
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "Create Pooled case" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Creating…" })).toBeDisabled());
    const newer = JSON.stringify({ contactId: DEV.id, description: "A second ask, typed in another tab", reason: "Renewal" });
    drafts.items.set(DRAFT_KEY, newer);

    answer({ ok: true, data: { case: NEW_CASE, openPooledCases: [NEW_CASE] } satisfies ReferralCreated });
    expect(await screen.findByRole("status")).toHaveTextContent("00000099");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drafts.items.get(DRAFT_KEY)).toBe(newer);
  });
});
