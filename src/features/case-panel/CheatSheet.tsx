import type { CaseView } from "./derive-case-view";

const STEP_TITLE = {
  unclaimed: "Claiming sets",
  "in-progress": "While working the case",
  closing: "To close the case",
  closed: "Closed: what was set",
} as const;

/** The field-update cheat sheet for the step the case is in; each line says whether it is already right. */
export function CheatSheet({ view }: { view: Pick<CaseView, "step" | "cheatSheet"> }) {
  return (
    <section className="cheat-sheet" aria-label="Field updates">
      <h3>{STEP_TITLE[view.step]}</h3>
      <ul>
        {view.cheatSheet.map((line) => (
          <li key={line.id} data-line={line.id} data-ok={line.ok} className={line.ok ? "ok" : "todo"}>
            <span className="mark" aria-label={line.ok ? "done" : "to do"}>
              {line.ok ? "✓" : "○"}
            </span>
            <span>
              <strong>{line.field}</strong> {line.instruction}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
