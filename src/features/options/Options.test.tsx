// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { memoryStorageArea } from "../../../test/support/memory-storage-area";
import { renderWithQuery } from "../../../test/support/render-with-query";
import { DEFAULT_PROFILE } from "../../domain/org-profile/default-profile";
import type { OrgCheck } from "../../domain/org-profile/org-check";
import type { Transport } from "../../messaging/send-request";
import { MANAGED_PROFILES_KEY, savedProfileKey } from "../../messaging/storage-keys";
import { Options } from "./Options";

const HOST = "acme.my.salesforce.com";

const check = (): OrgCheck => ({
  checkedAt: "2026-12-01T09:00:00.000Z",
  orgId: "00D8X0000000001",
  userId: "0058X0000000002QAA",
  items: [
    { id: "api", kind: "api-access", label: "REST API with this session", status: "found", detail: null, withoutIt: null, role: null, candidates: [], profilePath: null },
    {
      id: "field:account.carr",
      kind: "field",
      label: "Account field CARR (CARR__c)",
      status: "missing",
      detail: "Account has no field CARR__c",
      withoutIt: "the pooled CARR threshold is not checked",
      role: "account.carr",
      candidates: [{ apiName: "ARR_Current__c", label: "CARR" }],
      profilePath: ["account", "fields", "carr"],
    },
    { id: "membership", kind: "membership", label: "You are in a pool", status: "no-access", detail: "Salesforce answered INVALID_TYPE", withoutIt: "your pool is not known", role: null, candidates: [], profilePath: null },
  ],
});

function worker() {
  const sent: any[] = [];
  const transport: Transport = async (message: any) => {
    sent.push(message);
    if (message.type === "org/check") return { ok: true, data: { orgHost: HOST, profileSource: "defaults", check: check() } };
    if (message.type === "session/status") return { ok: true, data: { orgHost: HOST, via: "browser-session", apiRefused: false, user: null, canConnect: false, callbackUrl: "https://abc.chromiumapp.org/" } };
    return { ok: false, error: { kind: "internal", message: "unexpected" } };
  };
  return { transport, sent };
}

function renderOptions(policy?: Record<string, string>, saved: Record<string, unknown> = {}) {
  const areas = { managed: memoryStorageArea(policy ? { [MANAGED_PROFILES_KEY]: policy } : {}), local: memoryStorageArea(saved) };
  const { transport, sent } = worker();
  renderWithQuery(<Options areas={areas} transport={transport} listHosts={async () => [HOST]} />);
  return { areas, sent };
}

const editor = () => screen.findByLabelText(/Profile JSON/) as Promise<HTMLTextAreaElement>;

describe("the options page", () => {
  it("lists each bad value by its path and saves nothing, then saves a good profile and checks the org again", async () => {
    const { areas, sent } = renderOptions();
    expect(await screen.findByText(/handbook's defaults are used/)).toBeInTheDocument();
    const bad = { ...DEFAULT_PROFILE, pools: DEFAULT_PROFILE.pools.map((pool, i) => (i === 0 ? { ...pool, queue: "Pooled Sales Queue" } : pool)), policy: { ...DEFAULT_PROFILE.policy, resolutionDays: 0 } };
    await userEvent.clear(await editor());
    await userEvent.click(await editor());
    await userEvent.paste(JSON.stringify(bad));
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    const problems = await screen.findByRole("list", { name: "What is wrong in the org profile" });
    expect(within(problems).getAllByRole("listitem").map((li) => li.textContent)).toEqual([expect.stringMatching(/^pools\.0\.queue an API name/), expect.stringMatching(/^policy\.resolutionDays/)]);
    expect(screen.getByText(/Nothing was saved: 2 values are not right/)).toBeInTheDocument();
    expect(areas.local.items.size).toBe(0);

    await userEvent.clear(await editor());
    await userEvent.paste(JSON.stringify({ ...DEFAULT_PROFILE, label: "Acme production" }));
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/Saved\./)).toBeInTheDocument();
    expect(areas.local.items.get(savedProfileKey(HOST))).toMatchObject({ label: "Acme production" });
    await waitFor(() => expect(sent.filter((m) => m.type === "org/check" && m.force)).toHaveLength(1));
  });

  it("uses a candidate for a missing field in one click: the value at its path, checked, saved", async () => {
    const { areas, sent } = renderOptions();
    const carr = await screen.findByRole("listitem", { name: "Account field CARR (CARR__c)" });
    expect(carr).toHaveTextContent("Missing");
    expect(carr).toHaveTextContent("Without it: the pooled CARR threshold is not checked.");
    expect(screen.getByRole("listitem", { name: "You are in a pool" })).toHaveTextContent("No access");
    await userEvent.click(within(carr).getByRole("button", { name: "Use ARR_Current__c" }));
    await waitFor(() => expect(areas.local.items.get(savedProfileKey(HOST))).toMatchObject({ account: { fields: { carr: "ARR_Current__c", region: "Pooled_Region__c" } } }));
    await waitFor(() => expect(sent.some((m) => m.type === "org/check" && m.force && m.orgHost === HOST)).toBe(true));
  });

  it("shows a profile pushed by policy read-only, with candidates but nothing to apply", async () => {
    const { areas } = renderOptions({ [HOST]: JSON.stringify({ ...DEFAULT_PROFILE, label: "Pushed by IT" }) });
    expect(await screen.findByText(/Set by your admin's Chrome policy: read-only here/)).toBeInTheDocument();
    expect(await editor()).toHaveAttribute("readonly");
    expect((await editor()).value).toContain("Pushed by IT");
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Reset to defaults" })).toBeNull();
    const carr = await screen.findByRole("listitem", { name: "Account field CARR (CARR__c)" });
    expect(within(carr).queryByRole("button")).toBeNull();
    expect(screen.getByRole("button", { name: "Export" })).toBeInTheDocument();
    expect(areas.local.items.size).toBe(0);
  });

  it("shows a saved profile that went bad as it is stored, and resets it to the defaults", async () => {
    const { areas } = renderOptions(undefined, { [savedProfileKey(HOST)]: { ...DEFAULT_PROFILE, schemaVersion: 7 } });
    expect(await screen.findByText(/not valid: the extension does not use it/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "What is wrong in the org profile" })).toHaveTextContent("schemaVersion");
    await userEvent.click(screen.getByRole("button", { name: "Reset to defaults" }));
    await waitFor(() => expect(areas.local.items.size).toBe(0));
    expect(await screen.findByText(/handbook's defaults are used/)).toBeInTheDocument();
  });

  it("imports a profile file into the editor without saving it", async () => {
    const { areas } = renderOptions();
    const file = new File([JSON.stringify({ ...DEFAULT_PROFILE, label: "From a file" })], "acme.json", { type: "application/json" });
    await userEvent.upload(await screen.findByLabelText("Profile file"), file);
    await waitFor(async () => expect((await editor()).value).toContain("From a file"));
    expect(areas.local.items.size).toBe(0);
  });
});
