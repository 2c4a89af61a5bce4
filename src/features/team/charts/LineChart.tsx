/**
 * Cases opened and closed per day as two lines in plain SVG: opened solid,
 * closed dashed (told apart by more than colour), the totals in the legend as
 * text, and every day's numbers in a table under it.
 */
import { formatDay } from "../../../shared/format";
import { FigureButton, type FigureSelection } from "../FigureButton";
import type { Figure } from "../figures";

export interface DayPoint {
  day: string;
  opened: Figure;
  closed: Figure;
}

const W = 720;
const H = 160;
const PAD = { left: 30, right: 8, top: 10, bottom: 22 };

export function LineChart({ title, points, totals, timeZone, selection }: { title: string; points: readonly DayPoint[]; totals: { opened: Figure; closed: Figure }; timeZone: string; selection: FigureSelection }) {
  const top = Math.max(1, ...points.flatMap((point) => [point.opened.count, point.closed.count]));
  const x = (index: number) => PAD.left + (points.length <= 1 ? 0 : (index * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (value: number) => H - PAD.bottom - (value * (H - PAD.top - PAD.bottom)) / top;
  const line = (pick: (point: DayPoint) => number) => points.map((point, index) => `${x(index).toFixed(1)},${y(pick(point)).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className="line-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${totals.opened.count} opened, ${totals.closed.count} closed`}>
        <line className="line-chart__axis" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
        <line className="line-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(top)} y2={y(top)} />
        <text className="line-chart__tick" x={PAD.left - 4} y={y(top) + 3} textAnchor="end">
          {top}
        </text>
        <text className="line-chart__tick" x={PAD.left - 4} y={y(0) + 3} textAnchor="end">
          0
        </text>
        <polyline className="line-chart__opened" points={line((point) => point.opened.count)} />
        <polyline className="line-chart__closed" points={line((point) => point.closed.count)} />
        {first ? (
          <text className="line-chart__tick" x={x(0)} y={H - 5} textAnchor="start">
            {formatDay(first.day, timeZone)}
          </text>
        ) : null}
        {last && last !== first ? (
          <text className="line-chart__tick" x={x(points.length - 1)} y={H - 5} textAnchor="end">
            {formatDay(last.day, timeZone)}
          </text>
        ) : null}
      </svg>
      <figcaption className="line-chart__legend">
        <span className="legend legend--opened">
          Opened <FigureButton figure={totals.opened} selection={selection} />
        </span>
        <span className="legend legend--closed">
          Closed <FigureButton figure={totals.closed} selection={selection} />
        </span>
      </figcaption>
      <details className="line-chart__numbers">
        <summary>Numbers per day</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Opened</th>
              <th scope="col">Closed</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.day}>
                <th scope="row">{formatDay(point.day, timeZone)}</th>
                <td>
                  <FigureButton figure={point.opened} selection={selection} />
                </td>
                <td>
                  <FigureButton figure={point.closed} selection={selection} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
