import { notesEditing, startEditing, type NotesEditing, type NotesVersion } from "./notes-editing";

const v1: NotesVersion = { notes: "Call Thursday.", lastModifiedDate: "2026-11-23T10:00:00.000+0000" };
const statusChanged: NotesVersion = { notes: "Call Thursday.", lastModifiedDate: "2026-11-23T10:05:00.000+0000" };
const transferred: NotesVersion = { notes: "Call Thursday.\n2026-11-23 Transferred to Marcus Lee", lastModifiedDate: "2026-11-23T10:06:00.000+0000" };

const edited = (text: string, from: NotesVersion = v1): NotesEditing => notesEditing(startEditing(from), { type: "edit", text });

describe("reconciling Notes edits with Salesforce", () => {
  it("moves the base forward when another field changed, so the next save is not refused", () => {
    const state = notesEditing(edited("Call Thursday. Quote sent."), { type: "server", version: statusChanged });
    expect(state).toEqual({ text: "Call Thursday. Quote sent.", base: statusChanged, conflict: null });
  });

  it("shows the new Notes when the AE has not typed anything", () => {
    expect(notesEditing(startEditing(v1), { type: "server", version: transferred })).toEqual(startEditing(transferred));
  });

  it("never saves over Notes that changed under unsaved edits: a conflict, with the old base kept", () => {
    const state = notesEditing(edited("Call Friday instead."), { type: "server", version: transferred });
    expect(state.conflict).toEqual(transferred);
    expect(state.base).toEqual(v1);
    expect(state.text).toBe("Call Friday instead.");
  });

  it("settles a conflict either way", () => {
    const conflicted = notesEditing(edited("Call Friday instead."), { type: "server", version: transferred });
    expect(notesEditing(conflicted, { type: "use-theirs" })).toEqual(startEditing(transferred));
    expect(notesEditing(conflicted, { type: "keep-mine" })).toEqual({ text: "Call Friday instead.", base: transferred, conflict: null });
  });

  it("restores a draft on the version it was written on, and flags Notes changed since", () => {
    const now = startEditing(transferred);
    const restored = notesEditing(now, { type: "restore", text: "Call Friday instead.", base: v1 });
    expect(restored.conflict).toEqual(transferred);
    const sameVersion = notesEditing(startEditing(v1), { type: "restore", text: "Call Friday instead.", base: v1 });
    expect(sameVersion).toEqual({ text: "Call Friday instead.", base: v1, conflict: null });
  });
});
