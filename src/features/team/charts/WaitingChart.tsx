/**
 * The waiting cases by age band (rows) and priority (columns): a stacked bar per
 * band in plain SVG, and every count as text in the table, each opening its cases.
 * Priorities are told apart by position and name, colour only helps.
 */
import type { TeamNow } from "../../../messaging/team";
import { FigureButton, type FigureSelection } from "../FigureButton";
import { filterFigure, priorityLabel } from "../figures";

const TONES = ["high", "other-1", "other-2", "other-3", "none"] as const;

function toneOf(priority: { value: string | null; isHigh: boolean }, index: number): string {
  if (priority.value === null) return "none";
  return priority.isHigh ? "high" : (TONES[Math.min(index + 1, 3)] ?? "other-3");
}

export function WaitingChart({ waiting, selection }: { waiting: TeamNow["waiting"]; selection: FigureSelection }) {
  const top = Math.max(1, ...waiting.bands.map((band) => band.total));
  const others = waiting.priorities.filter((priority) => !priority.isHigh && priority.value !== null);
  const tone = (priority: (typeof waiting.priorities)[number]) => toneOf(priority, others.indexOf(priority));
  return (
    <table className="waiting">
      <caption className="visually-hidden">Waiting cases by days since opened and priority</caption>
      <thead>
        <tr>
          <th scope="col">Waiting since</th>
          <th scope="col" aria-hidden="true" className="waiting__chart-head" />
          {waiting.priorities.map((priority) => (
            <th scope="col" key={priority.value ?? "none"}>
              <span className={`swatch swatch--${tone(priority)}`} aria-hidden="true" />
              {priorityLabel(priority.value)}
            </th>
          ))}
          <th scope="col">All</th>
        </tr>
      </thead>
      <tbody>
        {waiting.bands.map((band) => {
          let offset = 0;
          return (
            <tr key={band.key} data-band={band.key}>
              <th scope="row">{band.label}</th>
              <td className="waiting__chart">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  {band.cells.map((cell, index) => {
                    const width = (100 * cell.cases) / top;
                    const rect = <rect key={cell.priority ?? "none"} className={`fill--${tone(waiting.priorities[index]!)}`} x={offset} y="1" width={Math.max(0, width - 0.6)} height="8" />;
                    offset += width;
                    return rect;
                  })}
                </svg>
              </td>
              {band.cells.map((cell) => (
                <td key={cell.priority ?? "none"}>
                  <FigureButton
                    figure={filterFigure(`waiting:${band.key}:${cell.priority ?? ""}`, `${priorityLabel(cell.priority)} waiting, ${band.label.toLowerCase()}`, cell.cases, { kind: "waiting", band: band.key, priority: cell.priority })}
                    selection={selection}
                  />
                </td>
              ))}
              <td>
                <FigureButton figure={filterFigure(`waiting:${band.key}`, `waiting, ${band.label.toLowerCase()}`, band.total, { kind: "waiting", band: band.key })} selection={selection} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
