/** The handbook's conflicts for the panel's case, from the panel data it already has. */
import { findConflicts, ownWork, transferTarget, type Conflict, type TransferTarget } from "../../domain/conflicts";
import { sameId } from "../../domain/salesforce-id";
import type { CasePanelData } from "../../messaging/case-panel-data";

export interface CaseConflicts {
  conflicts: Conflict[];
  target: TransferTarget | null;
  /** The account's records I already work: they make the case mine to claim, not a transfer. */
  mine: Conflict[];
  /** The case already sits with the AE the rule names (or is closed): nothing to offer. */
  settled: boolean;
}

export function conflictsOf(data: CasePanelData): CaseConflicts {
  const conflicts = findConflicts({
    caseId: data.case.id,
    otherCases: data.otherCases.map((c) => ({ ...c, owner: { ...c.owner, name: c.owner.name ?? "" } })),
    opportunities: data.opportunities.map((o) => ({ ...o, name: o.name ?? "", owner: { ...o.owner, name: o.owner.name ?? "" } })),
    pooledOwnerUserIds: data.org.pooledOwnerUserIds,
    upgrade: data.org.profile.policy.upgrade,
    meId: data.org.me.id,
  });
  const target = transferTarget(conflicts);
  return { conflicts, target, mine: ownWork(conflicts), settled: data.case.isClosed || (target !== null && sameId(target.id, data.case.owner.id)) };
}
