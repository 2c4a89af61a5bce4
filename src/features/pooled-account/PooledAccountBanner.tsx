import { DEFAULT_POOLED_MODEL, describeCarr, type LinkShape, type PooledVerdict } from "../../domain/pooled-account";
import type { PooledAccountData } from "../../messaging/pooled-account";
import { CaseLine } from "./CaseLine";

type Pooled = Extract<PooledVerdict, { pooled: true }>;
type Account = NonNullable<PooledAccountData["account"]>;

/** What to do instead of Chattering the owner, per model. */
function guidanceFor(verdict: Pooled, account: Account): string {
  if (verdict.ownedBy === "pooled-sales-user") return "Do not Chatter the Pooled Sales User: create a Pooled case";
  return `Create a Pooled case: it goes to the ${verdict.region} Pooled Sales Queue, where ${account.owner.name ?? "the region's Pooled AE"} and the ${verdict.region} Pooled AEs work it`;
}

/** The banner of a pooled account: who owns it, its CARR, what to do, its open Pooled cases, and the customer's landing page. */
export function PooledAccountBanner({ data, account, verdict, shape }: { data: PooledAccountData; account: Account; verdict: Pooled; shape: LinkShape }) {
  const owner = account.owner.name ?? account.owner.id;
  return (
    <header className="pooled__banner">
      <p className="pooled__muted">
        <span className="badge" data-pooled-region={verdict.region}>
          Pooled account · {verdict.region}
        </span>
      </p>
      <h1 className="pooled__name">{account.name ?? account.id}</h1>
      <p className="pooled__do-not-chatter" role="note">
        {guidanceFor(verdict, account)}
      </p>
      <dl className="facts">
        <dt>Owner</dt>
        <dd data-field="account-owner">{verdict.ownedBy === "pooled-sales-user" ? owner : `${owner} (${verdict.region} Pooled AE)`}</dd>
        <dt>CARR</dt>
        <dd data-field="carr" className={verdict.carr.status === "above" ? "warning" : undefined}>
          {describeCarr(verdict.carr)}
        </dd>
        <dt>Type</dt>
        <dd>{account.type ?? "—"}</dd>
      </dl>
      <section aria-label="Open Pooled cases">
        <h2>Open Pooled cases ({data.openPooledCases.length})</h2>
        {data.openPooledCases.length === 0 ? (
          <p className="pooled__muted">No open Pooled case on this account.</p>
        ) : (
          <ul className="pooled__cases">
            {data.openPooledCases.map((pooledCase) => (
              <li key={pooledCase.id} data-case-id={pooledCase.id}>
                <CaseLine pooledCase={pooledCase} orgHost={data.orgHost} shape={shape} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        For next time, give the customer the sales landing page:{" "}
        <a href={DEFAULT_POOLED_MODEL.landingPageUrl} target="_blank" rel="noopener noreferrer">
          {DEFAULT_POOLED_MODEL.landingPageUrl}
        </a>{" "}
        <span className="pooled__muted">(for customers, not for GitLab team members)</span>
      </p>
    </header>
  );
}
