// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { casePanelFixture } from "../../../test/support/case-panel-fixture";
import { renderWithQuery } from "../../../test/support/render-with-query";
import type { CaseDetail } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { NotesEditor } from "./NotesEditor";
import { casePanelQueryKey } from "../../shared/case-panel/use-case-panel";
import { memoryStorageArea, type MemoryStorageArea } from "../../../test/support/memory-storage-area";
import { orgContextFixture } from "../../../test/support/org-context-fixture";
import { orgScopeOf, scopedKey, type OrgScope } from "../../messaging/org-scope";

const CASE_ID = "5008X00002CytL1QAJ";
const OWNER = orgScopeOf(orgContextFixture());
const DRAFT_KEY = scopedKey(`draft:notes:${CASE_ID}`, OWNER);
const LAST_MODIFIED = "2026-11-18T14:03:07.000+0000";


function recordingTransport(reply: unknown) {
  const sent: unknown[] = [];
  const transport: Transport = async (message) => {
    sent.push(message);
    return reply;
  };
  return { sent, transport };
}

const saved = { ok: true, data: { saved: true } };

/** The draft's words (it is stored with the version it was written on). */
const draftText = (storage: { items: Map<string, unknown> }) => {
  const stored = storage.items.get(DRAFT_KEY);
  return typeof stored === "string" ? (JSON.parse(stored) as { text: string }).text : undefined;
};
const detailWith = (notes: string | null): CaseDetail => casePanelFixture({ case: { notes, lastModifiedDate: LAST_MODIFIED } }).case;

function renderNotes({
  notes = "Emailed Ana on Monday.",
  storage = memoryStorageArea(),
  reply = saved,
  owner = OWNER,
}: { notes?: string | null; storage?: MemoryStorageArea; reply?: unknown; owner?: OrgScope } = {}) {
  const { sent, transport } = recordingTransport(reply);
  const rendered = renderWithQuery(<NotesEditor owner={owner} detail={detailWith(notes)} transport={transport} storage={storage} />);
  const textarea = screen.getByRole("textbox", { name: "Notes · next steps" });
  const saveButton = () => screen.getByRole("button", { name: /Save notes|Saving…/ });
  return { ...rendered, sent, transport, storage, textarea, saveButton };
}

describe("NotesEditor", () => {
  it("shows the case's notes; nothing to save until they change", () => {
    const { textarea, saveButton } = renderNotes();
    expect(textarea).toHaveValue("Emailed Ana on Monday.");
    expect(saveButton()).toBeDisabled();
    expect(screen.getByText("22 / 32,000")).toBeInTheDocument();
  });

  it("keeps every keystroke as a draft", async () => {
    const { textarea, storage, saveButton } = renderNotes();
    await userEvent.type(textarea, " Call Friday.");
    expect(textarea).toHaveValue("Emailed Ana on Monday. Call Friday.");
    await waitFor(() => expect(draftText(storage)).toBe("Emailed Ana on Monday. Call Friday."));
    expect(saveButton()).toBeEnabled();
  });

  it("restores an unsaved draft after a remount", async () => {
    const storage = memoryStorageArea();
    const first = renderNotes({ storage });
    await userEvent.type(first.textarea, " Call Friday.");
    await waitFor(() => expect(draftText(storage)).toBe("Emailed Ana on Monday. Call Friday."));
    first.unmount();

    renderNotes({ storage });
    expect(await screen.findByText("Unsaved draft restored")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Notes · next steps" })).toHaveValue("Emailed Ana on Monday. Call Friday.");
    expect(screen.getByRole("button", { name: "Save notes" })).toBeEnabled();
  });

  it("never restores a draft typed in another org or by another user on the same case id", async () => {
    const storage = memoryStorageArea();
    const first = renderNotes({ storage });
    await userEvent.type(first.textarea, " Production only.");
    await waitFor(() => expect(draftText(storage)).toBe("Emailed Ana on Monday. Production only."));
    first.unmount();

    const sandbox = orgScopeOf(orgContextFixture({ orgHost: "acme--uat.sandbox.my.salesforce.com", orgId: "00D8X000000SbXyUAK" }));
    const otherUser = { ...OWNER, userId: "0058X00000OtherQAA" };
    for (const owner of [sandbox, otherUser]) {
      const getSpy = vi.spyOn(storage, "get");
      const other = renderNotes({ storage, owner });
      await waitFor(() => expect(getSpy).toHaveBeenCalled());
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(screen.queryByText("Unsaved draft restored")).toBeNull();
      expect(other.textarea).toHaveValue("Emailed Ana on Monday.");
      other.unmount();
      getSpy.mockRestore();
    }
  });

  it("does not announce a draft that matches what Salesforce already has", async () => {
    const storage = memoryStorageArea({ [DRAFT_KEY]: "Emailed Ana on Monday." });
    const getSpy = vi.spyOn(storage, "get");
    const { textarea } = renderNotes({ storage });
    await waitFor(() => expect(getSpy).toHaveBeenCalledWith(DRAFT_KEY));
    // Let the load settle before asserting that nothing was announced.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText("Unsaved draft restored")).toBeNull();
    expect(textarea).toHaveValue("Emailed Ana on Monday.");
  });

  it("saves with the case's LastModifiedDate and drops the draft once Salesforce has the text", async () => {
    const storage = memoryStorageArea({ [DRAFT_KEY]: "Quote sent; call Friday." });
    const { sent, saveButton, queryClient } = renderNotes({ storage });
    expect(await screen.findByText("Unsaved draft restored")).toBeInTheDocument();
    queryClient.setQueryData(casePanelQueryKey(CASE_ID), { stale: false });

    await userEvent.click(saveButton());

    await waitFor(() => expect(storage.items.has(DRAFT_KEY)).toBe(false));
    expect(sent).toEqual([{ type: "case/save-notes", caseId: CASE_ID, notes: "Quote sent; call Friday.", lastModifiedDate: LAST_MODIFIED, notesFrom: "Emailed Ana on Monday." }]);
    expect(screen.queryByText("Unsaved draft restored")).toBeNull();
    expect(queryClient.getQueryState(casePanelQueryKey(CASE_ID))?.isInvalidated).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says Saved once the refreshed case carries the text", async () => {
    const storage = memoryStorageArea();
    const { transport } = recordingTransport(saved);
    const { queryClient, rerender } = renderWithQuery(<NotesEditor owner={OWNER} detail={detailWith(null)} transport={transport} storage={storage} />);
    await userEvent.type(screen.getByRole("textbox"), "Call Friday.");
    await userEvent.click(screen.getByRole("button", { name: "Save notes" }));
    await waitFor(() => expect(storage.items.has(DRAFT_KEY)).toBe(false));

    rerender(
      <QueryClientProvider client={queryClient}>
        <NotesEditor owner={OWNER} detail={detailWith("Call Friday.")} transport={transport} storage={storage} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText("Saved")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save notes" })).toBeDisabled();
  });

  it("keeps the text and the draft when the save fails, and shows Salesforce's message", async () => {
    const reply = { ok: false, error: { kind: "salesforce", errorCode: "STRING_TOO_LONG", message: "Notes: data value too large" } };
    const { textarea, saveButton, storage } = renderNotes({ reply });
    await userEvent.type(textarea, " Call Friday.");
    await userEvent.click(saveButton());

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Not saved: Notes: data value too large");
    expect(alert).toHaveTextContent("(STRING_TOO_LONG)");
    expect(textarea).toHaveValue("Emailed Ana on Monday. Call Friday.");
    expect(draftText(storage)).toBe("Emailed Ana on Monday. Call Friday.");
    expect(saveButton()).toBeEnabled();
  });

  /** The case as the worker reads it back after a save (the panel's entry without the queue heads). */
  const readBack = (notes: string, lastModifiedDate: string) => {
    const { org: _org, queueCases: _queue, ...parts } = casePanelFixture({ case: { notes, lastModifiedDate } });
    return parts;
  };

  it("explains a refused save (412): the text is kept, and the panel already shows the case as someone else left it, with no second call", async () => {
    const theirs = readBack("Emailed Ana on Monday.", "2026-11-23T15:00:00.000+0000");
    const { textarea, saveButton, storage, queryClient, sent } = renderNotes({ reply: { ok: true, data: { saved: false, panel: theirs } } });
    queryClient.setQueryData(casePanelQueryKey(CASE_ID), { ...readBack("Emailed Ana on Monday.", LAST_MODIFIED), queueCases: [] });
    await userEvent.type(textarea, " Call Friday.");
    await userEvent.click(saveButton());

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Someone changed this case since you opened it. Your text is kept; the panel has re-read the case: check and save again.");
    expect(alert).not.toHaveTextContent("PRECONDITION_FAILED");
    expect(textarea).toHaveValue("Emailed Ana on Monday. Call Friday.");
    expect(draftText(storage)).toBe("Emailed Ana on Monday. Call Friday.");
    expect(queryClient.getQueryData(casePanelQueryKey(CASE_ID))).toMatchObject({ case: { lastModifiedDate: "2026-11-23T15:00:00.000+0000" } });
    expect(queryClient.getQueryState(casePanelQueryKey(CASE_ID))?.isInvalidated).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it("re-reads the case after a refused save that brought no read-back", async () => {
    const { textarea, saveButton, queryClient } = renderNotes({ reply: { ok: true, data: { saved: false, panel: null } } });
    queryClient.setQueryData(casePanelQueryKey(CASE_ID), { stale: false });
    await userEvent.type(textarea, " Call Friday.");
    await userEvent.click(saveButton());
    await screen.findByRole("alert");
    expect(queryClient.getQueryState(casePanelQueryKey(CASE_ID))?.isInvalidated).toBe(true);
  });

  it("redraws the panel from the case the save read back: one call, nothing invalidated", async () => {
    const after = readBack("Emailed Ana on Monday. Call Friday.", "2026-11-23T16:00:00.000+0000");
    const { textarea, saveButton, queryClient } = renderNotes({ reply: { ok: true, data: { saved: true, panel: after } } });
    queryClient.setQueryData(casePanelQueryKey(CASE_ID), { ...readBack("Emailed Ana on Monday.", LAST_MODIFIED), queueCases: [] });
    await userEvent.type(textarea, " Call Friday.");
    await userEvent.click(saveButton());
    await waitFor(() => expect(queryClient.getQueryData(casePanelQueryKey(CASE_ID))).toMatchObject({ case: { notes: "Emailed Ana on Monday. Call Friday.", lastModifiedDate: "2026-11-23T16:00:00.000+0000" } }));
    expect(queryClient.getQueryState(casePanelQueryKey(CASE_ID))?.isInvalidated).toBe(false);
  });

  it("never saves over Notes changed in Salesforce under unsaved edits: the AE chooses", async () => {
    const { textarea, saveButton, sent, transport, storage, rerender, queryClient } = renderNotes();
    await userEvent.type(textarea, " Call Friday.");
    const theirs = { ...detailWith("Emailed Ana on Monday.\n2026-11-23 Transferred to Marcus Lee"), lastModifiedDate: "2026-11-23T15:00:00.000+0000" };
    rerender(
      <QueryClientProvider client={queryClient}>
        <NotesEditor owner={OWNER} detail={theirs} transport={transport} storage={storage} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Transferred to Marcus Lee");
    expect(saveButton()).toBeDisabled();

    await userEvent.click(screen.getByRole("button", { name: "Keep mine" }));
    await userEvent.click(saveButton());
    await waitFor(() => expect(sent).toHaveLength(1));
    // Saved on purpose over the version the AE has now seen.
    expect(sent[0]).toMatchObject({ notes: "Emailed Ana on Monday. Call Friday.", lastModifiedDate: "2026-11-23T15:00:00.000+0000" });
  });

  it("takes their Notes when the AE chooses, dropping the draft", async () => {
    const { textarea, transport, storage, rerender, queryClient } = renderNotes();
    await userEvent.type(textarea, " Call Friday.");
    const theirs = { ...detailWith("Customer asked to wait until January."), lastModifiedDate: "2026-11-23T15:00:00.000+0000" };
    rerender(
      <QueryClientProvider client={queryClient}>
        <NotesEditor owner={OWNER} detail={theirs} transport={transport} storage={storage} />
      </QueryClientProvider>,
    );
    await userEvent.click(await screen.findByRole("button", { name: "Use theirs" }));
    expect(textarea).toHaveValue("Customer asked to wait until January.");
    await waitFor(() => expect(storage.items.has(DRAFT_KEY)).toBe(false));
  });

  it("keeps what was typed while a save was on its way", async () => {
    let release: (value: unknown) => void = () => undefined;
    const storage = memoryStorageArea();
    const transport: Transport = () => new Promise((resolve) => (release = resolve));
    renderWithQuery(<NotesEditor owner={OWNER} detail={detailWith("Emailed Ana.")} transport={transport} storage={storage} />);
    const textarea = screen.getByRole("textbox", { name: "Notes · next steps" });
    await userEvent.type(textarea, " Call Friday.");
    await userEvent.click(screen.getByRole("button", { name: "Save notes" }));
    await userEvent.type(textarea, " Bring the quote.");
    await act(async () => release(saved));
    await waitFor(() => expect(draftText(storage)).toBe("Emailed Ana. Call Friday. Bring the quote."));
  });

  it("refuses to save more than 32,000 characters", async () => {
    const { textarea, saveButton, sent } = renderNotes({ notes: null });
    await userEvent.click(textarea);
    await userEvent.paste("x".repeat(32_001));

    expect(textarea).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("32,001 / 32,000")).toHaveClass("warning");
    expect(saveButton()).toBeDisabled();
    await userEvent.click(saveButton());
    expect(sent).toEqual([]);
  });

  it("allows exactly 32,000 characters", async () => {
    const storage = memoryStorageArea({ [DRAFT_KEY]: "x".repeat(32_000) });
    const { textarea, saveButton } = renderNotes({ notes: null, storage });
    expect(await screen.findByText("32,000 / 32,000")).toHaveClass("muted");
    expect(textarea).toHaveAttribute("aria-invalid", "false");
    expect(saveButton()).toBeEnabled();
  });
});
