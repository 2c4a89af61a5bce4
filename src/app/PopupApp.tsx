/**
 * The toolbar popup: the queue of my pool, my cases, my upgrade opportunities
 * and (for the ASM) the team's. One read of the pool (one API call) with the
 * session's org context (cached in the worker), then tabs over it.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";

import { MyCasesView } from "../features/my-cases/MyCasesView";
import { QueueView } from "../features/queue/QueueView";
import { POPUP_CSS } from "../features/queue/styles";
import { OpenTeamButton } from "../features/team/OpenTeamButton";
import { CreateUpgradeButton } from "../features/upgrade-opportunity/CreateUpgradeButton";
import { TeamUpgradesView } from "../features/upgrade-opportunity/TeamUpgradesView";
import { UpgradesView } from "../features/upgrade-opportunity/UpgradesView";
import type { PoolOverview } from "../messaging/pool";
import type { Transport } from "../messaging/send-request";
import { toAppErrorOf } from "../shared/app-error";
import { useOrgContext } from "../shared/case-panel/use-case-panel";
import { ErrorNotice } from "../shared/errors/ErrorNotice";
import { usePoolOverview } from "../shared/pool/use-pool";
import { BASE_CSS } from "../shared/ui/base-styles";
import { usePageLanguage } from "../shared/ui/page-language";
import { useNow } from "../shared/use-now";

type Tab = "queue" | "mine" | "upgrades" | "team";

/** Rows "Show more" adds to the queue's page. */
const QUEUE_PAGE_STEP = 25;

function tabsFor(overview: PoolOverview): Array<{ id: Tab; label: string }> {
  const { mine, cap, team } = overview.upgrades;
  return [
    { id: "queue", label: `Queue (${overview.queue.length}${overview.queueTruncated ? "+" : ""})` },
    { id: "mine", label: `My cases (${overview.myCases.length})` },
    { id: "upgrades", label: cap !== null ? `Upgrades ${mine.length}/${cap}` : `Upgrades (${mine.length})` },
    ...(team ? [{ id: "team" as const, label: "Team upgrades" }] : []),
  ];
}

/** The popup's content: loading, error, or the tabs. */
export function Popup({ transport }: { transport?: Transport }) {
  const now = useNow();
  const org = useOrgContext(transport);
  const [rows, setRows] = useState<number | undefined>(undefined);
  const overview = usePoolOverview(transport, rows);
  const [tab, setTab] = useState<Tab>("queue");

  const error = org.error ?? overview.error;
  if (error) {
    return (
      <ErrorNotice
        error={toAppErrorOf(error)}
        onRetry={() => {
          if (org.isError) void org.refetch();
          void overview.refetch();
        }}
      />
    );
  }
  if (!org.data || !overview.data) {
    return (
      <p className="loading" aria-busy="true">
        Loading your queue…
      </p>
    );
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
        {tab === "queue" ? <QueueView overview={data} org={org.data} now={now} transport={transport} onShowMore={() => setRows(data.queue.length + QUEUE_PAGE_STEP)} /> : null}
        {tab === "mine" ? (
          <MyCasesView overview={data} org={org.data} now={now} upgradeAction={(caseId) => <CreateUpgradeButton caseId={caseId} mark={data.upgrades.mark} now={now} transport={transport} />} />
        ) : null}
        {tab === "upgrades" ? <UpgradesView overview={data} now={now} /> : null}
        {tab === "team" ? <TeamUpgradesView overview={data} now={now} transport={transport} /> : null}
      </div>
    </>
  );
}

/** The toolbar popup page: providers and styles around the popup. */
export function PopupApp() {
  usePageLanguage();
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <style>{BASE_CSS + POPUP_CSS}</style>
      <main className="popup">
        <div className="popup__head">
          <h1 className="panel__title">Pooled Case Copilot</h1>
          <OpenTeamButton />
        </div>
        <Popup />
      </main>
    </QueryClientProvider>
  );
}
