/**
 * The cases behind the chosen figure, each a link to its record in Salesforce
 * (a new tab): listed at once when the worker read them with the figure, else
 * read with the figure's own filter (one query).
 */
import { useEffect, useRef } from "react";

import { recordUrl } from "../../domain/record-link";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { ErrorNotice } from "../../shared/errors/ErrorNotice";
import { caseItem, type Figure, type FigureItem } from "./figures";
import { useFigureCases } from "./use-team";

function ItemList({ items, orgHost }: { items: readonly FigureItem[]; orgHost: string }) {
  return (
    <ul className="cases">
      {items.map((item) => {
        const href = recordUrl(orgHost, item.object, item.id, "lightning");
        return (
          <li key={`${item.object}:${item.id}:${item.detail ?? ""}`}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {item.title}
                <span className="visually-hidden"> (opens in Salesforce)</span>
              </a>
            ) : (
              item.title
            )}
            {item.detail ? <span className="muted"> · {item.detail}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function CasesPanel({ figure, orgHost, poolKey, timeZone, onClose, transport }: { figure: Figure; orgHost: string; poolKey: string | null; timeZone: string; onClose(): void; transport?: Transport }) {
  const filter = "filter" in figure ? figure.filter : null;
  const read = useFigureCases(poolKey, filter, transport);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [figure.key]);
  const items = "items" in figure ? figure.items : read.data?.cases.map((ref) => caseItem(ref, timeZone));
  return (
    <section className="team-cases" aria-labelledby="team-cases-heading">
      <div className="team-cases__bar">
        <h3 id="team-cases-heading" tabIndex={-1} ref={heading}>
          {figure.count} {figure.label}
        </h3>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          Close list
        </button>
      </div>
      {read.isError ? <ErrorNotice error={toAppErrorOf(read.error)} onRetry={() => void read.refetch()} /> : null}
      {items ? <ItemList items={items} orgHost={orgHost} /> : read.isError ? null : <p className="loading" aria-busy="true">Finding the cases…</p>}
      {read.data?.truncated ? <p className="muted">The first {read.data.cases.length} are listed.</p> : null}
      {items && read.data && items.length !== figure.count ? <p className="muted">{items.length} now: the org changed since the figure was read.</p> : null}
    </section>
  );
}
