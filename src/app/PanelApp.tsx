import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { PanelHelp } from "../features/panel-help/PanelHelp";
import { useOrgContext } from "../shared/case-panel/use-case-panel";
import { tellDock } from "../shared/dock";
import { BASE_CSS } from "../shared/ui/base-styles";
import { usePageLanguage } from "../shared/ui/page-language";
import { followFragment, useCurrentRecord } from "./current-record-store";
import { followPanelCache } from "./panel-cache";
import { RECORD_VIEWS } from "./record-views";

function createQueryClient() {
  // staleTime 0: a revisit shows what we have and refreshes it. No refetch on focus:
  // clicking into the panel must not spend API calls.
  return new QueryClient({ defaultOptions: { queries: { staleTime: 0, refetchOnWindowFocus: false } } });
}

/** Tells the dock who is logged in: it remembers its width and mode per AE. */
function DockWho() {
  const me = useOrgContext().data?.me.id;
  useEffect(() => {
    if (me) tellDock({ dock: "who", user: me });
  }, [me]);
  return null;
}

/** The panel page: providers, the record from the fragment, and that record's view. */
export function PanelApp() {
  usePageLanguage();
  const [queryClient] = useState(createQueryClient);
  const current = useCurrentRecord((state) => state.current);
  useEffect(() => followFragment(), []);
  // Subscribed before any answer can arrive (answers are messages: never in the render's own task).
  useEffect(() => followPanelCache(queryClient), [queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <style>{BASE_CSS}</style>
      <DockWho />
      <main className="panel">
        <h2 className="panel__title">Pooled Case Copilot</h2>
        {current ? RECORD_VIEWS[current.object](current) : <p>Open a Case to see its pooled-case details.</p>}
        <PanelHelp />
      </main>
    </QueryClientProvider>
  );
}
