import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";

import { chromeKnownHosts, Options } from "../features/options/Options";
import { OPTIONS_CSS } from "../features/options/options-styles";
import { chromeProfileAreas } from "../features/options/profile-editing";
import { WorkAlertsSettings } from "../features/work-alerts/WorkAlertsSettings";
import { BASE_CSS } from "../shared/ui/base-styles";
import { usePageLanguage } from "../shared/ui/page-language";

/** The options page (plasmo options.html): chrome.storage for profiles, the worker for the check and the connection. */
export function OptionsApp() {
  usePageLanguage();
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } } }));
  const [areas] = useState(chromeProfileAreas);
  const initialHost = new URLSearchParams(globalThis.location?.search ?? "").get("org");
  return (
    <QueryClientProvider client={queryClient}>
      <style>{BASE_CSS + OPTIONS_CSS}</style>
      <Options areas={areas} listHosts={() => chromeKnownHosts(areas)} initialHost={initialHost}>
        <WorkAlertsSettings area={areas.local} />
      </Options>
    </QueryClientProvider>
  );
}
