import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { PANEL_CSS } from "../shared/ui/panel-styles";
import { followFragment, useCurrentRecord } from "./current-record-store";
import { RECORD_VIEWS } from "./record-views";

/** The panel page: providers, the record from the fragment, and that record's view. */
export function PanelApp() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  const current = useCurrentRecord((state) => state.current);
  useEffect(() => followFragment(), []);

  return (
    <QueryClientProvider client={queryClient}>
      <style>{PANEL_CSS}</style>
      <main className="panel">
        <h2 className="panel__title">Pooled Case Copilot</h2>
        {current ? RECORD_VIEWS[current.object](current) : <p>Open a Case to see its pooled-case details.</p>}
      </main>
    </QueryClientProvider>
  );
}
