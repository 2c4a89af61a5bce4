/**
 * The team view: the Pooled ASM's pool at a glance (any AE may read their own
 * pool's, read-only), "right now" and over a chosen period, and the cases behind
 * whichever figure was chosen.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { PeriodKind } from "../../domain/team/period";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { ErrorNotice } from "../../shared/errors/ErrorNotice";
import { formatDateTime } from "../../shared/format";
import { CasesPanel } from "./CasesPanel";
import type { FigureSelection } from "./FigureButton";
import type { Figure } from "./figures";
import { NowSection } from "./NowSection";
import { PeriodPicker, PeriodSection } from "./PeriodSection";
import { useTeamNow, useTeamPeriod } from "./use-team";

function PoolPicker({ pools, value, onChange }: { pools: ReadonlyArray<{ key: string; label: string }>; value: string; onChange(key: string): void }) {
  return (
    <label className="pool-picker">
      Pool{" "}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {pools.map((pool) => (
          <option key={pool.key} value={pool.key}>
            {pool.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TeamView({ transport }: { transport?: Transport }) {
  const [poolKey, setPoolKey] = useState<string | null>(null);
  const [period, setPeriod] = useState<PeriodKind>("this-week");
  const [figure, setFigure] = useState<Figure | null>(null);
  const now = useTeamNow(poolKey, transport);
  const periodRead = useTeamPeriod(poolKey, period, transport);
  const queryClient = useQueryClient();
  const selection: FigureSelection = { selectedKey: figure?.key ?? null, onSelect: (chosen) => setFigure(chosen.key === figure?.key ? null : chosen) };

  if (now.error) return <ErrorNotice error={toAppErrorOf(now.error)} onRetry={() => void now.refetch()} />;
  if (!now.data) {
    return (
      <p className="loading" aria-busy="true">
        Reading the pool…
      </p>
    );
  }
  const data = now.data;
  const zone = data.viewer.timeZone;
  const choosePool = (key: string) => {
    setFigure(null);
    setPoolKey(key);
  };
  return (
    <div className="team" data-pool={data.pool.key}>
      <header className="team__header">
        <h1>Team · {data.pool.label}</h1>
        {data.viewer.pools.length > 1 ? <PoolPicker pools={data.viewer.pools} value={data.pool.key} onChange={choosePool} /> : null}
        <p className="muted">
          {data.viewer.isManager ? "Pooled ASM view" : "Read-only: your pool as your ASM sees it"} · read {formatDateTime(new Date(data.readAt), zone)}{" "}
          <button type="button" className="button button--secondary button--small" onClick={() => void queryClient.invalidateQueries({ queryKey: ["team"] })}>
            Refresh
          </button>
        </p>
        {data.notes.map((note) => (
          <p key={note} className="warning">
            {note}
          </p>
        ))}
      </header>
      {figure ? <CasesPanel figure={figure} orgHost={data.orgHost} poolKey={poolKey} timeZone={zone} onClose={() => setFigure(null)} transport={transport} /> : null}
      <NowSection now={data} timeZone={zone} selection={selection} />
      <section className="team-section" aria-labelledby="team-period">
        <h2 id="team-period">Over a period</h2>
        <PeriodPicker
          value={period}
          onChange={(kind) => {
            setFigure(null);
            setPeriod(kind);
          }}
        />
        {periodRead.error ? (
          <ErrorNotice error={toAppErrorOf(periodRead.error)} onRetry={() => void periodRead.refetch()} />
        ) : periodRead.data ? (
          <PeriodSection answer={periodRead.data} selection={selection} />
        ) : (
          <p className="loading" aria-busy="true">
            Reading the period…
          </p>
        )}
      </section>
    </div>
  );
}

