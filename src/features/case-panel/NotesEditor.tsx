import { useEffect, useReducer, useState } from "react";
import * as z from "zod/v4-mini";

import { NOTES_MAX_LENGTH } from "../../messaging/case-work";
import type { CaseDetail } from "../../messaging/case-panel-data";
import type { OrgScope } from "../../messaging/org-scope";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { useStoredDraft, type DraftStorage } from "../../shared/draft-store";
import { hasUnsavedEdits, notesEditing, startEditing, type NotesVersion } from "./notes-editing";
import { useSaveNotes } from "./use-case-work";

const StoredDraftSchema = z.object({
  text: z.string(),
  base: z.nullable(z.object({ notes: z.string(), lastModifiedDate: z.string() })),
});

function parseDraft(stored: string): z.infer<typeof StoredDraftSchema> {
  try {
    return StoredDraftSchema.parse(JSON.parse(stored));
  } catch {
    return { text: stored, base: null }; // a plain-text draft: keep the words, version unknown
  }
}

const versionOf = (detail: CaseDetail): NotesVersion => ({ notes: detail.notes ?? "", lastModifiedDate: detail.lastModifiedDate });

/**
 * The case's Notes (next steps), edited in the panel. Every keystroke is kept as a
 * draft with the version it was written on, so a reload, a navigation or a failed
 * save loses nothing, and Notes someone else changed meanwhile are never
 * overwritten without the AE choosing to (see notes-editing.ts).
 */
export function NotesEditor({ detail, owner, transport, storage }: { detail: CaseDetail; owner: OrgScope; transport?: Transport; storage?: DraftStorage }) {
  const [state, dispatch] = useReducer(notesEditing, versionOf(detail), startEditing);
  const [restored, setRestored] = useState(false);
  const saveNotes = useSaveNotes(detail.id, transport);
  // Only once per case: later versions arrive through the "server" event below.
  const draft = useStoredDraft(
    `notes:${detail.id}`,
    owner,
    parseDraft,
    ({ text, base }) => {
      if (text === (detail.notes ?? "")) return;
      dispatch({ type: "restore", text, base });
      setRestored(true);
    },
    storage,
  );

  useEffect(() => dispatch({ type: "server", version: versionOf(detail) }), [detail]);

  const { text, base, conflict } = state;
  const tooLong = text.length > NOTES_MAX_LENGTH;
  const keep = (value: string, on: NotesVersion) => void draft.save(JSON.stringify({ text: value, base: on }));
  const change = (value: string) => {
    dispatch({ type: "edit", text: value });
    keep(value, base);
  };
  const save = () => {
    const sent = text;
    saveNotes.mutate(
      { caseId: detail.id, notes: sent, lastModifiedDate: base.lastModifiedDate, notesFrom: base.notes },
      {
        onSuccess: async () => {
          setRestored(false);
          // Keep anything typed while the save was on its way.
          const stored = await draft.load();
          if (stored === null || parseDraft(stored).text === sent) await draft.clear();
        },
      },
    );
  };

  const error = saveNotes.error ? toAppErrorOf(saveNotes.error) : null;
  return (
    <section className="notes" aria-label="Notes">
      <label htmlFor={`notes-${detail.id}`}>
        <h3>Notes · next steps</h3>
      </label>
      <textarea id={`notes-${detail.id}`} value={text} rows={5} onChange={(event) => change(event.target.value)} aria-invalid={tooLong} />
      {conflict ? (
        <div role="alert" className="notice">
          <p>The Notes were changed in Salesforce while you were editing. Theirs now read:</p>
          <pre className="verbatim" tabIndex={0} aria-label="Notes saved by the other change">{conflict.notes || "(empty)"}</pre>
          <div className="notice__actions">
            <button type="button" className="button button--secondary" onClick={() => (dispatch({ type: "use-theirs" }), void draft.clear())}>
              Use theirs
            </button>
            <button type="button" className="button button--secondary" onClick={() => (dispatch({ type: "keep-mine" }), keep(text, conflict))}>
              Keep mine
            </button>
          </div>
        </div>
      ) : null}
      <div className="notes__bar">
        <button type="button" className="button" disabled={tooLong || !hasUnsavedEdits(state) || conflict !== null || saveNotes.isPending} onClick={save}>
          {saveNotes.isPending ? "Saving…" : "Save notes"}
        </button>
        {restored && hasUnsavedEdits(state) ? <span className="muted">Unsaved draft restored</span> : null}
        {saveNotes.isSuccess && !hasUnsavedEdits(state) ? <span className="muted">Saved</span> : null}
        <span className={tooLong ? "warning" : "muted"}>
          {text.length.toLocaleString("en-US")} / {NOTES_MAX_LENGTH.toLocaleString("en-US")}
        </span>
      </div>
      {error && !conflict ? (
        <p role="alert" className="notice">
          {error.errorCode === "PRECONDITION_FAILED"
            ? "Someone changed this case since you opened it. Your text is kept; the panel has re-read the case: check and save again."
            : `Not saved: ${error.message}`}{" "}
          {error.errorCode && error.errorCode !== "PRECONDITION_FAILED" ? <span className="notice__code">({error.errorCode})</span> : null}
        </p>
      ) : null}
    </section>
  );
}
