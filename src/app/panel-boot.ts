/**
 * What the panel page does before React renders anything: it follows the dock (the
 * record in its first URL), subscribes the session cache, and sends the reads the
 * record's view will ask for, so they leave as soon as the page's script runs.
 */
import { QueryClient } from "@tanstack/react-query";

import { sendEarly } from "../shared/case-panel/early-reads";
import type { Transport } from "../messaging/send-request";
import { followFragment, useCurrentRecord } from "./current-record-store";
import { followPanelCache, type CacheStorage } from "./panel-cache";

export function createPanelQueryClient(): QueryClient {
  // staleTime 0: a revisit shows what we have and refreshes it. No refetch on focus:
  // clicking into the panel must not spend API calls.
  return new QueryClient({ defaultOptions: { queries: { staleTime: 0, refetchOnWindowFocus: false } } });
}

export interface PanelBoot {
  queryClient: QueryClient;
}

export function bootPanel({ target = window, transport, storage }: { target?: Window; transport?: Transport; storage?: CacheStorage } = {}): PanelBoot {
  const queryClient = createPanelQueryClient();
  // Subscribed before any answer can arrive (answers are messages: never in this task).
  followPanelCache(queryClient, storage);
  followFragment(target);
  sendEarly({ type: "org/context" }, transport);
  const current = useCurrentRecord.getState().current;
  if (current?.object === "Case") sendEarly({ type: "case/panel", caseId: current.id }, transport);
  return { queryClient };
}
