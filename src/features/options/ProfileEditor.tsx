import { useEffect, useRef, useState } from "react";

import type { ProfileProblem } from "../../domain/org-profile/parse-profile";
import type { Transport } from "../../messaging/send-request";
import type { ProfileAreas } from "./profile-editing";
import { useProfileState, useResetProfile, useSaveProfile } from "./use-options";

const SOURCE_NOTE = {
  policy: "Set by your admin's Chrome policy: read-only here. Change it in the policy.",
  options: "Saved on this page for this org.",
  defaults: "No profile is set for this org: the handbook's defaults are used.",
} as const;

/** A chosen file's text (FileReader: every browser has it). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

function Problems({ problems }: { problems: ProfileProblem[] }) {
  return (
    <div role="alert" className="notice">
      <p>Nothing was saved: {problems.length === 1 ? "one value is" : `${problems.length} values are`} not right.</p>
      <ul aria-label="What is wrong in the org profile">
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            <code>{problem.path || "(the whole profile)"}</code> {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The org's profile as JSON: import (file or paste), edit, export, reset; read-only when the policy sets it. */
export function ProfileEditor({ orgHost, areas, transport }: { orgHost: string; areas: ProfileAreas; transport?: Transport }) {
  const state = useProfileState(orgHost, areas);
  const save = useSaveProfile(orgHost, areas, transport);
  const reset = useResetProfile(orgHost, areas, transport);
  const [text, setText] = useState("");
  const file = useRef<HTMLInputElement>(null);
  const loaded = state.data?.text;
  useEffect(() => {
    if (loaded !== undefined) setText(loaded);
  }, [loaded]);

  if (state.isPending) return <p className="loading">Reading the profile…</p>;
  if (state.isError) return <p role="alert">The profile could not be read: {String(state.error)}</p>;
  const { resolved, managed } = state.data;
  const problems = save.data && !save.data.ok ? save.data.problems : !resolved.ok ? resolved.problems : null;

  const exportProfile = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `${orgHost}.profile.json` });
    link.click();
    URL.revokeObjectURL(url);
  };
  const importFile = async (chosen: File | undefined) => {
    if (chosen) setText(await readText(chosen));
  };

  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">Org profile</h2>
      <p className="muted">{resolved.ok ? SOURCE_NOTE[resolved.source] : managed ? SOURCE_NOTE.policy : "The profile saved here is not valid: the extension does not use it until it is fixed or reset."}</p>
      {problems ? <Problems problems={problems} /> : null}
      {save.data?.ok ? <p role="status">Saved. The org is checked against it again below.</p> : null}
      <label htmlFor="profile-json">Profile JSON{managed ? " (read-only)" : ""}</label>
      <textarea id="profile-json" className="profile-json" value={text} readOnly={managed} spellCheck={false} onChange={(event) => setText(event.target.value)} rows={24} />
      <div className="actions">
        {managed ? null : (
          <>
            <button type="button" className="button" onClick={() => save.mutate(text)} disabled={save.isPending}>
              Save
            </button>
            <button type="button" className="button button--secondary" onClick={() => file.current?.click()}>
              Import a file…
            </button>
            <input ref={file} type="file" accept="application/json,.json" hidden aria-label="Profile file" onChange={(event) => void importFile(event.target.files?.[0])} />
            <button type="button" className="button button--secondary" onClick={() => reset.mutate()} disabled={reset.isPending}>
              Reset to defaults
            </button>
          </>
        )}
        <button type="button" className="button button--secondary" onClick={exportProfile}>
          Export
        </button>
      </div>
      {managed ? null : <p className="muted">To paste a profile, replace the text above and Save: every value is checked first, and nothing is saved while one is wrong.</p>}
    </section>
  );
}
