import { recordUrl, type LinkShape } from "../../domain/record-link";
import type { PooledCase } from "../../messaging/pooled-account";

/** "00000024 · Subject · In Progress · worked by Avery Chen": a case and who works it, as text. */
export function CaseLine({ pooledCase, orgHost, shape }: { pooledCase: PooledCase; orgHost: string; shape: LinkShape }) {
  const href = recordUrl(orgHost, "Case", pooledCase.id, shape);
  const who = pooledCase.owner.name ?? pooledCase.owner.id;
  return (
    <>
      {href ? (
        <a href={href} target="_top" rel="noopener">
          {pooledCase.caseNumber}
        </a>
      ) : (
        <span>{pooledCase.caseNumber}</span>
      )}{" "}
      <span>{pooledCase.subject || "(no subject)"}</span> <span className="pooled__muted">· {pooledCase.status ?? "—"} · </span>
      <span data-field="case-owner">{pooledCase.owner.isQueue ? `waiting in ${who}` : `worked by ${who}`}</span>
    </>
  );
}
