import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

import { isOrgProfileHost } from "../../domain/org-profile/profile-sources";
import { apiHostFor } from "../../domain/org-host";
import type { Transport } from "../../messaging/send-request";
import { ConnectionPanel } from "./ConnectionPanel";
import { OrgCheckList } from "./OrgCheckList";
import { knownOrgHosts, type ProfileAreas } from "./profile-editing";
import { ProfileEditor } from "./ProfileEditor";
import { useProfileState } from "./use-options";

const SALESFORCE_TABS = ["https://*.my.salesforce.com/*", "https://*.lightning.force.com/*"];

/** The orgs this page can set up: open Salesforce tabs (no "tabs" permission needed for our hosts), pushed and saved profiles. */
export async function chromeKnownHosts(areas: ProfileAreas): Promise<string[]> {
  const tabs = (await globalThis.chrome?.tabs?.query?.({ url: SALESFORCE_TABS })) ?? [];
  const tabHosts = tabs.map((tab) => (tab.url ? apiHostFor(new URL(tab.url).hostname) : null)).filter((host): host is string => host !== null);
  const everything = (await chrome.storage.local.get(null)) as Record<string, unknown>;
  return knownOrgHosts(areas, everything, tabHosts);
}

function OrgSections({ orgHost, areas, transport }: { orgHost: string; areas: ProfileAreas; transport?: Transport }) {
  const state = useProfileState(orgHost, areas);
  return (
    <>
      <ProfileEditor orgHost={orgHost} areas={areas} transport={transport} />
      <ConnectionPanel orgHost={orgHost} transport={transport} />
      <OrgCheckList orgHost={orgHost} areas={areas} managed={state.data?.managed ?? false} transport={transport} />
    </>
  );
}

/** The options page: pick an org by its My Domain host, then its profile, connection and check. */
export function Options({
  areas,
  transport,
  listHosts,
  initialHost,
  children,
}: {
  areas: ProfileAreas;
  transport?: Transport;
  listHosts: () => Promise<string[]>;
  initialHost?: string | null;
  /** Sections of other features, after the org's (composed in app/). */
  children?: ReactNode;
}) {
  const hosts = useQuery({ queryKey: ["options", "hosts"], queryFn: listHosts });
  const [typed, setTyped] = useState(initialHost ?? "");
  const [chosen, setChosen] = useState<string | null>(initialHost && isOrgProfileHost(initialHost) ? initialHost : null);
  const orgHost = chosen ?? hosts.data?.[0] ?? null;
  const open = () => {
    const host = apiHostFor(typed.trim()) ?? typed.trim().toLowerCase();
    if (isOrgProfileHost(host)) setChosen(host);
  };
  return (
    <main className="options">
      <h1>Pooled Case Copilot · org setup</h1>
      <div className="org-picker">
        <label htmlFor="org-host">Org (My Domain host)</label>
        <input id="org-host" list="known-orgs" value={typed} placeholder={orgHost ?? "acme.my.salesforce.com"} onChange={(event) => setTyped(event.target.value)} onKeyDown={(event) => event.key === "Enter" && open()} />
        <datalist id="known-orgs">
          {(hosts.data ?? []).map((host) => (
            <option key={host} value={host} />
          ))}
        </datalist>
        <button type="button" className="button" onClick={open}>
          Open
        </button>
        {typed && !isOrgProfileHost(apiHostFor(typed.trim()) ?? typed.trim().toLowerCase()) ? <span className="warning">A My Domain host looks like acme.my.salesforce.com.</span> : null}
      </div>
      {orgHost ? (
        <>
          <p>
            Setting up <strong>{orgHost}</strong>
          </p>
          <OrgSections key={orgHost} orgHost={orgHost} areas={areas} transport={transport} />
        </>
      ) : hosts.isPending ? null : (
        <p>Open your Salesforce org in a tab, or type its My Domain host above.</p>
      )}
      {children}
    </main>
  );
}
