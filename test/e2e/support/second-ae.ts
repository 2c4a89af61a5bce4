/**
 * A second AE on the same simulated org, in a browser of their own (own profile,
 * own cookies, own extension worker): for races between two people.
 */
import type { DEMO_USERS } from "../../simulator/seeds/baseline";
import { openAeBrowser, type AeBrowser, type OrgSession } from "./org-session";

export interface SecondAe extends AeBrowser {
  close(): Promise<void>;
}

export async function startSecondAe(org: OrgSession, user: keyof typeof DEMO_USERS): Promise<SecondAe> {
  const ae = await openAeBrowser(org.sim, user);
  return { ...ae, close: () => ae.browser.close() };
}
