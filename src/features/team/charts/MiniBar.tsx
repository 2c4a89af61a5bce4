/** A bar the length of a value against the row's top (and a cap marker), beside the number it draws. */
export function MiniBar({ value, top, cap, warning }: { value: number; top: number; cap?: number | null; warning?: boolean }) {
  const scale = Math.max(1, top, cap ?? 0);
  return (
    <svg className="mini-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="bars__track" x="0" y="2" width="100" height="6" />
      <rect className={`bars__fill${warning ? " bars__fill--warning" : ""}`} x="0" y="1" width={(100 * value) / scale} height="8" />
      {cap ? <line className="bars__cap" x1={(100 * cap) / scale} x2={(100 * cap) / scale} y1="0" y2="10" /> : null}
    </svg>
  );
}
