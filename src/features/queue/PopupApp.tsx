import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";

import type { PoolOverview } from "../../messaging/pool";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { PANEL_CSS } from "../../shared/ui/panel-styles";
import { useNow } from "../../shared/use-now";
import { MyCasesView } from "../my-cases/MyCasesView";
import { ErrorNotice } from "../session/ErrorNotice";
import { TeamUpgradesView } from "../upgrade-opportunity/TeamUpgradesView";
import { UpgradesView } from "../upgrade-opportunity/UpgradesView";
import { POPUP_CSS } from "./popup-styles";
import { QueueView } from "./QueueView";
import { usePoolOverview } from "./use-pool";

type Tab = "queue" | "mine" | "upgrades" | "team";

function tabsFor(overview: PoolOverview): Array<{ id: Tab; label: string }> {
  const { mine, cap, capApplies, team } = overview.upgrades;
  return [
    { id: "queue", label: `Queue (${overview.queue.length})` },
    { id: "mine", label: `My cases (${overview.myCases.length})` },
    { id: "upgrades", label: capApplies ? `Upgrades ${mine.length}/${cap}` : `Upgrades (${mine.length})` },
    ...(team ? [{ id: "team" as const, label: "Team upgrades" }] : []),
  ];
}

/** The popup's content: one read of the pool (one API call), then tabs over it. */
export function Popup({ transport }: { transport?: Transport }) {
  const now = useNow();
  const overview = usePoolOverview(transport);
  const [tab, setTab] = useState<Tab>("queue");

  if (overview.isPending) {
    return (
      <p className="loading" aria-busy="true">
        Loading your queue…
      </p>
    );
  }
  if (overview.isError) {
    return <ErrorNotice error={toAppErrorOf(overview.error)} onRetry={() => void overview.refetch()} />;
  }
  const data = overview.data;
  return (
    <>
      <div role="tablist" className="popup__tabs">
        {tabsFor(data).map(({ id, label }) => (
          <button key={id} type="button" role="tab" className="popup__tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === "queue" ? <QueueView overview={data} now={now} transport={transport} /> : null}
        {tab === "mine" ? <MyCasesView overview={data} now={now} transport={transport} /> : null}
        {tab === "upgrades" ? <UpgradesView overview={data} now={now} /> : null}
        {tab === "team" ? <TeamUpgradesView overview={data} now={now} transport={transport} /> : null}
      </div>
    </>
  );
}

/** The toolbar popup page: providers and styles around the popup. */
export function PopupApp() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <style>{PANEL_CSS + POPUP_CSS}</style>
      <main className="popup">
        <h2 className="panel__title">Pooled Case Copilot</h2>
        <Popup />
      </main>
    </QueryClientProvider>
  );
}
