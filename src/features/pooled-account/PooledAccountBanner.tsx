import { describeCarr, type PooledVerdict } from "../../domain/pooled-account";
import type { LinkShape } from "../../domain/record-link";
import type { OrgContext } from "../../messaging/org-context";
import type { PooledAccountData } from "../../messaging/pooled-account";
import { CaseLine } from "./CaseLine";

type Pooled = Extract<PooledVerdict, { pooled: true }>;
type Account = NonNullable<PooledAccountData["account"]>;

/** What to do instead of Chattering the owner, per model. */
function guidanceFor(verdict: Pooled, account: Account, org: OrgContext): string {
  if (verdict.ownedBy === "pooled-sales-user") return `Do not Chatter the ${account.owner.name ?? org.profile.pooledOwner.names[0] ?? "pooled owner user"}: create a Pooled case`;
  const pool = org.profile.pools.find((candidate) => candidate.region === verdict.region);
  return `Create a Pooled case: it goes to the ${pool?.label ?? `${verdict.region} pool`}, where ${account.owner.name ?? "the region's Pooled AE"} and the ${verdict.region} Pooled AEs work it`;
}

/** The banner of a pooled account: who owns it, its CARR, what to do, its open Pooled cases, and the customer's landing page. */
export function PooledAccountBanner({ data, org, account, verdict, shape }: { data: PooledAccountData; org: OrgContext; account: Account; verdict: Pooled; shape: LinkShape }) {
  const owner = account.owner.name ?? account.owner.id;
  const policy = org.profile.policy.pooledAccount;
  const carrOff = org.fields["account.carr"] === null;
  return (
    <header className="pooled__banner">
      <p className="pooled__muted">
        <span className="badge" data-pooled-region={verdict.region}>
          Pooled account · {verdict.region}
        </span>
      </p>
      <h1 className="pooled__name">{account.name ?? account.id}</h1>
      <p className="pooled__do-not-chatter" role="note">
        {guidanceFor(verdict, account, org)}
      </p>
      <dl className="facts">
        <dt>Owner</dt>
        <dd data-field="account-owner">{verdict.ownedBy === "pooled-sales-user" ? owner : `${owner} (${verdict.region} Pooled AE)`}</dd>
        <dt>CARR</dt>
        <dd data-field="carr" className={verdict.carr.status === "above" ? "warning" : undefined}>
          {carrOff ? "No CARR field in this org: the pooled threshold is not checked" : describeCarr(verdict.carr, policy)}
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
      {policy.landingPageUrl ? (
        <p>
          For next time, give the customer the sales landing page:{" "}
          <a href={policy.landingPageUrl} target="_blank" rel="noopener noreferrer">
            {policy.landingPageUrl}
          </a>{" "}
          <span className="pooled__muted">(for customers, not for your own team)</span>
        </p>
      ) : null}
    </header>
  );
}
