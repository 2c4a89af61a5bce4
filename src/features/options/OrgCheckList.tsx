import type { OrgCheckItem } from "../../domain/org-profile/org-check";
import type { Transport } from "../../messaging/send-request";
import { toAppErrorOf } from "../../shared/app-error";
import { ErrorNotice } from "../../shared/errors/ErrorNotice";
import type { ProfileAreas } from "./profile-editing";
import { useCheckAgain, useOrgCheck, useUseCandidate } from "./use-options";

const STATUS_TEXT = { found: "Found", missing: "Missing", "no-access": "No access" } as const;

function Item({ item, canUse, onUse }: { item: OrgCheckItem; canUse: boolean; onUse: (path: readonly string[], value: string) => void }) {
  return (
    <li className={`check check--${item.status}`} aria-label={item.label}>
      <span className={`check__status check__status--${item.status}`}>{STATUS_TEXT[item.status]}</span> <strong>{item.label}</strong>
      {item.detail ? <span className="muted"> — {item.detail}</span> : null}
      {item.status !== "found" && item.withoutIt ? <p className="check__off">Without it: {item.withoutIt}.</p> : null}
      {item.candidates.length > 0 ? (
        <ul className="candidates" aria-label={`Closest in this org to ${item.label}`}>
          {item.candidates.map((candidate) => (
            <li key={candidate.apiName}>
              {candidate.label} <code>{candidate.apiName}</code>{" "}
              {canUse && item.profilePath ? (
                <button type="button" className="button button--secondary" onClick={() => onUse(item.profilePath!, candidate.apiName)}>
                  Use {candidate.apiName}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The org check: each name the profile gives, found / missing / no access, with one click to use a candidate. */
export function OrgCheckList({ orgHost, areas, managed, transport }: { orgHost: string; areas: ProfileAreas; managed: boolean; transport?: Transport }) {
  const check = useOrgCheck(orgHost, transport);
  const again = useCheckAgain(orgHost, transport);
  const use = useUseCandidate(orgHost, areas, transport);
  const problems = use.data && !use.data.ok ? use.data.problems : [];

  return (
    <section aria-labelledby="check-title">
      <h2 id="check-title">Org check</h2>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => again.mutate()} disabled={again.isPending || check.isFetching}>
          {again.isPending ? "Checking…" : "Check again"}
        </button>
      </div>
      {check.isPending ? <p className="loading">Checking {orgHost}…</p> : null}
      {check.isError ? <ErrorNotice error={toAppErrorOf(check.error)} onRetry={() => void check.refetch()} transport={transport} /> : null}
      {again.isError ? <ErrorNotice error={toAppErrorOf(again.error)} transport={transport} /> : null}
      {problems.length > 0 ? (
        <p role="alert">
          Not saved: {problems.map((p) => `${p.path} ${p.message}`).join("; ")}
        </p>
      ) : null}
      {check.data ? (
        <>
          <p className="muted">
            Checked {new Date(check.data.check.checkedAt).toLocaleString()}: {check.data.check.items.filter((i) => i.status === "found").length} of {check.data.check.items.length} found.
            {managed ? " The profile is set by policy: candidates are shown, not applied." : ""}
          </p>
          <ul className="checks">
            {check.data.check.items.map((item) => (
              <Item key={item.id} item={item} canUse={!managed} onUse={(path, value) => use.mutate({ path, value })} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
