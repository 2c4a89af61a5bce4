/**
 * Horizontal bars in plain SVG, one row per item, each with its label and its
 * number as text (the number opens the cases behind it). An optional cap draws a
 * marker, so "n/15" reads against the limit at a glance.
 */
import { FigureButton, type FigureSelection } from "../FigureButton";
import type { Figure } from "../figures";

export interface Bar {
  key: string;
  label: string;
  figure: Figure;
  /** Text after the number ("/15"). */
  suffix?: string;
  /** Marks a bar at or over its cap, in words as well as in colour. */
  warning?: string | null;
}

export function BarList({ label, bars, cap, selection }: { label: string; bars: readonly Bar[]; cap?: number | null; selection: FigureSelection }) {
  const top = Math.max(1, cap ?? 0, ...bars.map((bar) => bar.figure.count));
  return (
    <ul className="bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className="bars__row" data-bar={bar.key}>
          <span className="bars__label">{bar.label}</span>
          <svg className="bars__chart" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect className="bars__track" x="0" y="2" width="100" height="6" />
            <rect className={`bars__fill${bar.warning ? " bars__fill--warning" : ""}`} x="0" y="1" width={(100 * bar.figure.count) / top} height="8" />
            {cap ? <line className="bars__cap" x1={(100 * cap) / top} x2={(100 * cap) / top} y1="0" y2="10" /> : null}
          </svg>
          <span className="bars__value">
            <FigureButton figure={bar.figure} selection={selection} />
            {bar.suffix ? <span className="muted">{bar.suffix}</span> : null}
            {bar.warning ? <span className="bars__warning"> ⚠ {bar.warning}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
