import { useEffect } from "react";

import { classifyPooledAccount } from "../../domain/pooled-account";
import type { LinkShape } from "../../domain/record-link";
import { poolOfUser } from "../../domain/pools";
import type { OrgContext } from "../../messaging/org-context";
import type { PooledAccountData } from "../../messaging/pooled-account";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { useOrgContext } from "../../shared/case-panel/use-case-panel";
import { requestDock } from "../../shared/dock";
import { ErrorNotice } from "../../shared/errors/ErrorNotice";
import { PooledAccountBanner } from "./PooledAccountBanner";
import { ReferralForm } from "./ReferralForm";
import { pooledAccountQueryKey, usePooledAccount } from "./use-pooled-account";

export interface PooledAccountViewProps {
  object: "Account" | "Contact";
  recordId: string;
  shape: LinkShape;
  transport?: Transport;
  /** Shows or hides the dock around the panel (the dock starts hidden on these pages). */
  dock?: (mode: "show" | "hide") => void;
}

function verdictOf(data: PooledAccountData | undefined, org: OrgContext | undefined) {
  if (!data?.account || !org) return null;
  const { account } = data;
  const people = { pooledOwnerUserIds: org.pooledOwnerUserIds, poolOf: (userId: string) => poolOfUser(org, userId) };
  const verdict = classifyPooledAccount({ type: account.type, carr: account.carr, owner: account.owner }, org.profile, people);
  return verdict.pooled ? { account, verdict } : null;
}

/**
 * An Account or Contact page: for a pooled account, the banner and the referral
 * form, and the dock is asked to show; for any other account, nothing (the dock
 * stays hidden). A failure also keeps the dock hidden on these pages: every
 * account page of the org would otherwise show it.
 */
export function PooledAccountView({ object, recordId, shape, transport, dock = requestDock }: PooledAccountViewProps) {
  const query = usePooledAccount(object, recordId, transport);
  const org = useOrgContext(transport);
  const pooled = verdictOf(query.data, org.data);
  const failed = query.isError || org.isError;
  const settled = (query.data !== undefined && org.data !== undefined) || failed;
  const isPooled = pooled !== null;

  useEffect(() => {
    if (settled) dock(isPooled ? "show" : "hide");
  }, [settled, isPooled, dock]);

  if (query.data === undefined || org.data === undefined) {
    if (!failed) return null;
    return (
      <ErrorNotice
        error={toAppErrorOf(org.error ?? query.error)}
        onRetry={() => {
          if (org.isError) void org.refetch();
          void query.refetch();
        }}
      />
    );
  }
  // Nothing to see; the marker only tells tests the answer has arrived.
  if (!pooled) return <span hidden data-pooled-account="not-pooled" />;
  return (
    <article className="pooled" aria-label={`Pooled account ${pooled.account.name ?? pooled.account.id}`} data-account-id={pooled.account.id}>
      <PooledAccountBanner data={query.data} org={org.data} account={pooled.account} verdict={pooled.verdict} shape={shape} />
      <ReferralForm
        data={query.data}
        org={org.data}
        accountId={pooled.account.id}
        accountName={pooled.account.name}
        initialContactId={object === "Contact" ? recordId : null}
        shape={shape}
        queryKey={pooledAccountQueryKey(object, recordId)}
        transport={transport}
      />
    </article>
  );
}
