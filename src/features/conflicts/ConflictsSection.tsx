import type { Conflict } from "../../domain/conflicts";
import { recordUrl, type LinkShape } from "../../domain/record-link";
import type { CasePanelData } from "../../messaging/case-panel-data";
import type { Transport } from "../../messaging/send-request";
import { ownershipOf } from "../../shared/case-panel/case-version";
import { conflictsOf, type CaseConflicts } from "../../shared/case-panel/conflicts-of";
import { TransferButton } from "../../shared/case-panel/TransferButton";

function RecordLink({ conflict, orgHost, shape }: { conflict: Conflict; orgHost: string; shape: LinkShape }) {
  const object = conflict.kind === "open-case" ? "Case" : "Opportunity";
  const href = recordUrl(orgHost, object, conflict.recordId, shape);
  return href ? (
    <a href={href} target="_top" rel="noopener noreferrer" className="contact-link">
      {conflict.label}
    </a>
  ) : (
    <span>{conflict.label}</span>
  );
}

function ConflictLine({ conflict, upgradeMark, orgHost, shape }: { conflict: Conflict; upgradeMark: string; orgHost: string; shape: LinkShape }) {
  const record = <RecordLink conflict={conflict} orgHost={orgHost} shape={shape} />;
  if (conflict.mine) {
    const what = conflict.kind === "open-case" ? "" : ` (your active ${upgradeMark} opportunity)`;
    return (
      <li data-conflict={conflict.kind} data-mine="true">
        You already work this account: {record}
        {what}.
      </li>
    );
  }
  const what = conflict.kind === "open-case" ? "works open Pooled case" : `owns the active ${upgradeMark} opportunity`;
  return (
    <li data-conflict={conflict.kind}>
      <strong>{conflict.transferTo.name || "An AE"}</strong> {what} {record}.
    </li>
  );
}

/**
 * The handbook's check before anyone works a case: another open Pooled case on the
 * account owned by an AE, or an AE-owned active upgrade opportunity, means
 * the case goes to that AE. Computed from the panel data (same round trip).
 * What I already work there is listed too: it makes the case mine to claim.
 */
export function ConflictsSection({
  data,
  conflicts: caseConflicts,
  transport,
  shape = "lightning",
}: {
  data: CasePanelData;
  /** conflictsOf(data), when the caller already has it. */
  conflicts?: CaseConflicts;
  transport?: Transport;
  /** How the AE sees Salesforce: links open the record in the same shape, in the Salesforce tab. */
  shape?: LinkShape;
}) {
  if (!data.account) return null;
  const { conflicts, target, mine, settled } = caseConflicts ?? conflictsOf(data);
  return (
    <section className="conflicts" aria-label="Conflicts">
      <h3 className="panel__title">Conflicts</h3>
      {conflicts.length === 0 ? (
        <p>No conflicts: no other AE works this account.</p>
      ) : (
        <>
          <ul>
            {conflicts.map((conflict) => (
              <ConflictLine key={conflict.recordId} conflict={conflict} upgradeMark={data.org.profile.policy.upgrade.mark} orgHost={data.org.orgHost} shape={shape} />
            ))}
          </ul>
          {target && !settled ? (
            <>
              <p className="warning">
                The handbook says this case goes to <strong>{target.name || "that AE"}</strong>.
              </p>
              <TransferButton
                data={data}
                to={{ id: target.id, name: target.name || null }}
                because={{ kind: target.because.kind, recordId: target.because.recordId, label: target.because.label }}
                transport={transport}
              />
            </>
          ) : target && !data.case.isClosed ? (
            <p>This case is with {target.name || "that AE"}, as the handbook says.</p>
          ) : !target && mine.length > 0 && !data.case.isClosed && ownershipOf(data).inPool ? (
            <p>The handbook keeps the account with you: claim this case.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
