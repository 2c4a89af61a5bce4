import { isHighPriority } from "../../domain/queue";
import type { OrgContext } from "../../messaging/org-context";
import type { PoolOverview, TakeNextResult } from "../../messaging/pool";
import type { Transport } from "../../messaging/send-request";
import { ActionError } from "../../shared/errors/ActionError";
import { useTakeNext } from "../../shared/pool/use-pool";
import { queueView, takeNextPlan, type QueueItem } from "./queue-view";

function QueueRowView({ item, highPriority }: { item: QueueItem; highPriority: string }) {
  const { row } = item;
  return (
    <li className={`queue-row queue-row--${row.sla.state}`} data-case-id={row.id} data-attention={row.needsAttention} aria-label={`Case ${row.caseNumber}`}>
      <div className="queue-row__head">
        <span className="queue-row__number">{row.caseNumber}</span>
        {isHighPriority(row.priority, highPriority) ? <span className="text-high">{row.priority}</span> : <span className="muted">{row.priority ?? "No priority"}</span>}
        <span className="muted">{item.age}</span>
        <span className={`sla sla--${row.sla.state}`}>{item.slaText}</span>
      </div>
      <div className="queue-row__what">
        <span className="badge badge--muted" data-trigger={item.trigger.kind === "classified" ? item.trigger.trigger : "unclassified"}>
          {item.trigger.label}
        </span>{" "}
        <span className="queue-row__account">{row.account?.name ?? "No account"}</span>
      </div>
      {row.conflict ? (
        <p className="conflict-badge" role="note">
          Goes to {row.conflict.transferTo.name ?? "another AE"}: {row.conflict.label}
        </p>
      ) : null}
    </li>
  );
}

function skipText(skip: TakeNextResult["skipped"][number]): string {
  switch (skip.reason) {
    case "taken":
      return `Case ${skip.caseNumber} was just taken by ${skip.who ?? "someone else"}; moved on to the next.`;
    case "changed":
      return `Case ${skip.caseNumber} changed a moment ago; moved on to the next.`;
    default:
      return `Case ${skip.caseNumber} goes to ${skip.who ?? "another AE"}, who works its account; moved on to the next.`;
  }
}

function TakeNextOutcome({ result }: { result: TakeNextResult }) {
  return (
    <div role="status" className="take-next__outcome">
      {result.skipped.map((skip) => (
        <p key={skip.caseId} className="warning">
          {skipText(skip)}
        </p>
      ))}
      {result.claimed ? (
        <p>
          You took case {result.claimed.caseNumber}
          {result.openedInTab ? ": it is open in your Salesforce tab." : "."}
        </p>
      ) : (
        <p>No case could be taken: the queue changed. It has been refreshed.</p>
      )}
    </div>
  );
}

/** The queue of my pool in the handbook's order, with Take next. */
export function QueueView({ overview, org, now, transport }: { overview: PoolOverview; org: OrgContext; now: Date; transport?: Transport }) {
  const items = queueView(overview.queue, org.profile, now);
  const plan = takeNextPlan(items);
  const takeNext = useTakeNext(transport);
  const waiting = items.filter((item) => item.row.needsAttention).length;
  const poolName = overview.pool.scope === "own-accounts" ? `your accounts in ${overview.pool.label}` : overview.pool.label;

  return (
    <section className="queue" aria-label="Queue">
      <div className="queue__bar">
        <p className="muted">
          {items.length} open in {poolName}
          {waiting ? `, ${waiting} need attention` : ""}
          {overview.queueTruncated ? " (oldest shown)" : ""}
        </p>
        <button type="button" className="button" disabled={takeNext.isPending || plan.candidates.length === 0} onClick={() => takeNext.mutate(plan.candidates)}>
          {takeNext.isPending ? "Taking…" : "Take next"}
        </button>
      </div>
      {plan.conflictsAhead.length && !takeNext.data ? (
        <p className="muted">Take next skips {plan.conflictsAhead.map((item) => item.row.caseNumber).join(", ")}: the handbook sends those to the AE who works the account.</p>
      ) : null}
      {takeNext.data ? <TakeNextOutcome result={takeNext.data} /> : null}
      {takeNext.isError ? <ActionError error={takeNext.error} onRetry={() => takeNext.mutate(plan.candidates)} /> : null}
      {items.length ? (
        <ol className="queue__rows">
          {items.map((item) => (
            <QueueRowView key={item.row.id} item={item} highPriority={org.profile.case.highPriority} />
          ))}
        </ol>
      ) : (
        <p>The queue is empty.</p>
      )}
    </section>
  );
}
