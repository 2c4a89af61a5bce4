/**
 * The bench's table: each figure of issue 11 with its goal and whether it is met.
 * Times are also given as ratios to the injected round trip (RTT), the unit the
 * goals are written in ("1 RTT + 100 ms").
 */

export interface Figure {
  figure: string;
  /** What was measured, as printed (e.g. "243 ms = 1.22 RTT"). */
  measured: string;
  goal: string;
  met: boolean;
  /** The raw number(s) behind it, for the JSON. */
  value: unknown;
}

/** A time against a goal of `rtts` round trips plus `plusMs`; `orgMs`: how much of it the org spent answering (latency aside). */
export function timeFigure(figure: string, ms: number, rttMs: number, goal: { rtts: number; plusMs: number }, orgMs?: number): Figure {
  const limit = goal.rtts * rttMs + goal.plusMs;
  return {
    figure,
    measured: `${Math.round(ms)} ms = ${(ms / rttMs).toFixed(2)} RTT${orgMs === undefined ? "" : ` (the org answering: ${Math.round(orgMs)} ms of it)`}`,
    goal: `<= ${goal.rtts} RTT + ${goal.plusMs} ms (${limit} ms)`,
    met: ms <= limit,
    value: { ms: Math.round(ms), rtt: Number((ms / rttMs).toFixed(3)), limitMs: limit },
  };
}

export function countFigure(figure: string, count: number, goal: number, unit = "calls"): Figure {
  return { figure, measured: `${count} ${unit}`, goal: `<= ${goal} ${unit}`, met: count <= goal, value: count };
}

export function bytesFigure(figure: string, bytes: number, goalKiB: number, note = ""): Figure {
  const kib = bytes / 1024;
  return { figure, measured: `${kib.toFixed(1)} KiB raw${note}`, goal: `<= ${goalKiB} KiB raw`, met: kib <= goalKiB, value: bytes };
}

/** A markdown table, as the README shows it. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => `| ${f.figure} | ${f.measured} | ${f.goal} | ${f.met ? "yes" : "NO"} |`);
  return ["| figure | measured | goal | met |", "|---|---|---|---|", ...rows].join("\n");
}
