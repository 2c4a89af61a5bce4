/** The case as the panel shows it, in the shapes every write and every section asks for. */
import { useIsFetching } from "@tanstack/react-query";

import { sameId } from "../../domain/salesforce-id";
import type { CaseVersion } from "../../messaging/case-actions";
import type { CasePanelData } from "../../messaging/case-panel-data";
import { casePanelQueryKey } from "./use-case-panel";

/** The version of the case the panel shows: what every write is conditional on. */
export function caseVersionOf(data: CasePanelData): CaseVersion {
  return { caseId: data.case.id, lastModifiedDate: data.case.lastModifiedDate, ownerId: data.case.owner.id, accountId: data.case.account?.id ?? data.account?.id ?? null };
}

/** Who holds the case: me, the pool (a queue or a pooled owner user), or another AE. */
export function ownershipOf(data: CasePanelData): { mine: boolean; ownerIsPooledUser: boolean; inPool: boolean } {
  const owner = data.case.owner;
  const ownerIsPooledUser = data.org.pooledOwnerUserIds.some((id) => sameId(id, owner.id));
  return { mine: sameId(owner.id, data.org.me.id), ownerIsPooledUser, inPool: owner.isQueue || ownerIsPooledUser };
}

/**
 * Whether the panel is re-reading the case (a revisit shows the cached copy while it
 * refreshes). Writes wait for the fresh copy: acting on a stale one would only be
 * refused as "changed since".
 */
export function usePanelRefreshing(caseId: string): boolean {
  return useIsFetching({ queryKey: casePanelQueryKey(caseId) }) > 0;
}
