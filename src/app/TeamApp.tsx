/** The team page (tabs/team.html, opened from the popup's "Team"): providers and styles around the team view. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";

import { TEAM_CSS } from "../features/team/styles";
import { TeamView } from "../features/team/TeamView";
import { BASE_CSS } from "../shared/ui/base-styles";
import { usePageLanguage } from "../shared/ui/page-language";

export function TeamApp() {
  usePageLanguage();
  // No refetch on focus: switching back to this tab must not spend API calls.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <style>{BASE_CSS + TEAM_CSS}</style>
      <main className="team-page">
        <TeamView />
      </main>
    </QueryClientProvider>
  );
}
