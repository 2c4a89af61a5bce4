import type { ReactNode } from "react";

import type { Figure } from "./figures";

export interface FigureSelection {
  selectedKey: string | null;
  onSelect(figure: Figure): void;
}

/**
 * A number of the team view that opens the list of its cases (each linking into
 * Salesforce). A zero has no cases behind it, so it is plain text.
 */
export function FigureButton({ figure, selection, children }: { figure: Figure; selection: FigureSelection; children?: ReactNode }) {
  const text = children ?? figure.count;
  if (figure.count === 0) return <span className="figure figure--zero">{text}</span>;
  return (
    <button
      type="button"
      className="figure"
      aria-pressed={selection.selectedKey === figure.key}
      aria-label={`${typeof text === "string" || typeof text === "number" ? text : figure.count} ${figure.label}: show the cases`}
      data-figure={figure.key}
      onClick={() => selection.onSelect(figure)}
    >
      {text}
    </button>
  );
}
