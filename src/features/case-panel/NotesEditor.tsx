import { useEffect, useMemo, useState } from "react";

import { NOTES_MAX_LENGTH } from "../../messaging/case-work";
import type { CaseDetail } from "../../messaging/case-panel-data";
import { RequestFailed, type Transport } from "../../messaging/send-request";
import { createDraft, type DraftStorage } from "../../shared/draft-store";
import { useSaveNotes } from "./use-case-work";

/**
 * The case's Notes (next steps), edited in the panel. Every keystroke is kept as
 * a draft, so a reload, a navigation or a failed save loses nothing; the draft is
 * dropped only once Salesforce has the text.
 */
export function NotesEditor({ detail, transport, storage }: { detail: CaseDetail; transport?: Transport; storage?: DraftStorage }) {
  const draft = useMemo(() => createDraft(`notes:${detail.id}`, storage), [detail.id, storage]);
  const saved = detail.notes ?? "";
  const [text, setText] = useState(saved);
  const [restored, setRestored] = useState(false);
  const saveNotes = useSaveNotes(detail.id, transport);

  useEffect(() => {
    let cancelled = false;
    void draft.load().then((stored) => {
      if (!cancelled && stored !== null && stored !== saved) {
        setText(stored);
        setRestored(true);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [draft, saved]);

  const tooLong = text.length > NOTES_MAX_LENGTH;
  const change = (value: string) => {
    setText(value);
    void draft.save(value);
  };
  const save = () =>
    saveNotes.mutate(
      { caseId: detail.id, notes: text, lastModifiedDate: detail.lastModifiedDate },
      {
        onSuccess: () => {
          setRestored(false);
          void draft.clear();
        },
      },
    );

  const error = saveNotes.error instanceof RequestFailed ? saveNotes.error.error : null;
  return (
    <section className="notes" aria-label="Notes">
      <label htmlFor={`notes-${detail.id}`}>
        <h3>Notes · next steps</h3>
      </label>
      <textarea id={`notes-${detail.id}`} value={text} rows={5} onChange={(event) => change(event.target.value)} aria-invalid={tooLong} />
      <div className="notes__bar">
        <button type="button" className="button" disabled={tooLong || text === saved || saveNotes.isPending} onClick={save}>
          {saveNotes.isPending ? "Saving…" : "Save notes"}
        </button>
        {restored ? <span className="muted">Unsaved draft restored</span> : null}
        {saveNotes.isSuccess && text === saved ? <span className="muted">Saved</span> : null}
        <span className={tooLong ? "warning" : "muted"}>
          {text.length.toLocaleString("en-US")} / {NOTES_MAX_LENGTH.toLocaleString("en-US")}
        </span>
      </div>
      {error ? (
        <p role="alert" className="notice">
          {error.errorCode === "PRECONDITION_FAILED"
            ? "Someone changed this case since you opened it. Your text is kept: refresh the panel, then save again."
            : `Not saved: ${error.message}`}{" "}
          {error.errorCode && error.errorCode !== "PRECONDITION_FAILED" ? <span className="notice__code">({error.errorCode})</span> : null}
        </p>
      ) : null}
    </section>
  );
}
