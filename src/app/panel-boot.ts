/**
 * What the panel page does before React renders anything: it follows the dock (the
 * record in its first URL) and subscribes the session cache. The reads the record's
 * view will ask for have left before this module ran (app/send-first-reads.ts).
 */
import { QueryClient } from "@tanstack/react-query";

import { followFragment } from "./current-record-store";
import { followPanelCache, type CacheStorage } from "./panel-cache";

function createPanelQueryClient(): QueryClient {
  // staleTime 0: a revisit shows what we have and refreshes it. No refetch on focus:
  // clicking into the panel must not spend API calls.
  return new QueryClient({ defaultOptions: { queries: { staleTime: 0, refetchOnWindowFocus: false } } });
}

export interface PanelBoot {
  queryClient: QueryClient;
}

export function bootPanel({ target = window, storage }: { target?: Window; storage?: CacheStorage } = {}): PanelBoot {
  const queryClient = createPanelQueryClient();
  // Subscribed before any answer can arrive (answers are messages: never in this task).
  followPanelCache(queryClient, storage);
  followFragment(target);
  return { queryClient };
}
