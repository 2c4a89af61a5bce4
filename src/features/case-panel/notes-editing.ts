/**
 * How the Notes editor reconciles what the AE types with what Salesforce holds.
 * The text is always based on one version of the case (its Notes and
 * LastModifiedDate); a save carries that version, so Salesforce refuses it (412)
 * if the case changed since. When a refresh brings a new version:
 * - Notes unchanged (someone changed another field): move the base forward silently;
 * - no local edits: show the new Notes;
 * - local edits and different Notes: a conflict the AE settles (theirs or mine).
 */
export interface NotesVersion {
  notes: string;
  lastModifiedDate: string;
}

export interface NotesEditing {
  text: string;
  base: NotesVersion;
  /** Notes that changed in Salesforce under unsaved edits. */
  conflict: NotesVersion | null;
}

export type NotesEvent =
  | { type: "server"; version: NotesVersion }
  | { type: "edit"; text: string }
  | { type: "restore"; text: string; base: NotesVersion | null }
  | { type: "use-theirs" }
  | { type: "keep-mine" };

export const startEditing = (version: NotesVersion): NotesEditing => ({ text: version.notes, base: version, conflict: null });

export function notesEditing(state: NotesEditing, event: NotesEvent): NotesEditing {
  switch (event.type) {
    case "edit":
      return { ...state, text: event.text };
    case "restore":
      // A draft from an earlier visit keeps the version it was written on, so an edit
      // made meanwhile by someone else surfaces as a conflict instead of being overwritten.
      return event.base ? notesEditing({ text: event.text, base: event.base, conflict: null }, { type: "server", version: state.base }) : { ...state, text: event.text };
    case "server": {
      const { version } = event;
      if (version.lastModifiedDate === state.base.lastModifiedDate && version.notes === state.base.notes) return state;
      if (version.notes === state.base.notes) return { ...state, base: version, conflict: null };
      if (state.text === state.base.notes || state.text === version.notes) return { text: version.notes, base: version, conflict: null };
      return { ...state, conflict: version };
    }
    case "use-theirs":
      return state.conflict ? startEditing(state.conflict) : state;
    case "keep-mine":
      return state.conflict ? { ...state, base: state.conflict, conflict: null } : state;
  }
}

export const hasUnsavedEdits = (state: NotesEditing) => state.text !== state.base.notes;
