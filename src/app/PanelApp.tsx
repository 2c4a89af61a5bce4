import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect } from "react";

import { PanelHelp } from "../features/panel-help/PanelHelp";
import { useOrgContext } from "../shared/case-panel/use-case-panel";
import { tellDock } from "../shared/dock";
import { BASE_CSS } from "../shared/ui/base-styles";
import { usePageLanguage } from "../shared/ui/page-language";
import { useCurrentRecord } from "./current-record-store";
import type { PanelBoot } from "./panel-boot";
import { RECORD_VIEWS, RECORD_VIEWS_CSS } from "./record-views";

const PANEL_CSS = BASE_CSS + RECORD_VIEWS_CSS;

/** Tells the dock who is logged in: it remembers its width and mode per AE. */
function DockWho() {
  const me = useOrgContext().data?.me.id;
  useEffect(() => {
    if (me) tellDock({ dock: "who", user: me });
  }, [me]);
  return null;
}

/**
 * The panel page: providers, the record from the fragment, and that record's view.
 * The page's entry boots it first (panel-boot.ts: the query client, the session
 * cache and the fragment are followed before React starts).
 */
export function PanelApp({ boot }: { boot: PanelBoot }) {
  usePageLanguage();
  const current = useCurrentRecord((state) => state.current);

  return (
    <QueryClientProvider client={boot.queryClient}>
      <style>{PANEL_CSS}</style>
      <DockWho />
      <main className="panel">
        <h2 className="panel__title">Pooled Case Copilot</h2>
        {current ? RECORD_VIEWS[current.object](current) : <p>Open a Case to see its pooled-case details.</p>}
        <PanelHelp />
      </main>
    </QueryClientProvider>
  );
}
