import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { CasePanel } from "../features/case-panel/CasePanel";
import { followFragment, useCurrentCase } from "../features/case-panel/current-case-store";
import { PANEL_CSS } from "../shared/ui/panel-styles";

/** The panel page: providers, the case from the fragment, and the case panel. */
export function PanelApp() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  const current = useCurrentCase((state) => state.current);
  useEffect(() => followFragment(), []);

  return (
    <QueryClientProvider client={queryClient}>
      <style>{PANEL_CSS}</style>
      <main className="panel">
        <h2 className="panel__title">Pooled Case Copilot</h2>
        {current ? <CasePanel key={current.case} caseId={current.case} /> : <p>Open a Case to see its pooled-case details.</p>}
      </main>
    </QueryClientProvider>
  );
}
