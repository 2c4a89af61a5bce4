/**
 * The extension's worker in-process, as one AE: the router with the real
 * handlers and the real jsforce client, against the simulated org. For tests of
 * operations through the same path the panel's messages take.
 */
import jsforce from "jsforce";

import { handlers } from "../../src/background/handlers";
import { createRouter } from "../../src/background/router";
import type { OrgProfile } from "../../src/domain/org-profile";
import type { CasePanelData } from "../../src/messaging/case-panel-data";
import type { AppError, Request, ResponseData } from "../../src/messaging/contracts";
import type { Simulator } from "../simulator/index";

const EXTENSION = "a".repeat(32);
const PANEL = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/tabs/panel.html`, tab: { url: "https://acme.lightning.force.com/lightning/r/Case/x/view" } };

export interface SimWorkerOptions {
  /** Log in through this OAuth app (an org that refuses browser sessions on the API). */
  clientId?: string;
  /** The org's profile, in place of the defaults. */
  profile?: OrgProfile;
}

export function simWorker(sim: Simulator, username: string, { clientId, profile }: SimWorkerOptions = {}) {
  const token = sim.login(username, { clientId });
  const route = createRouter(handlers, {
    extensionId: EXTENSION,
    panelUrlPrefix: `chrome-extension://${EXTENSION}/`,
    findSession: async () => ({ instanceUrl: sim.url, accessToken: token }),
    connect: (session) => new jsforce.Connection({ instanceUrl: session.instanceUrl, accessToken: session.accessToken, version: "62.0" }),
    loginUrlFor: (apiHost, path) => `https://${apiHost}/?startURL=${encodeURIComponent(path)}`,
    ...(profile ? { profileFor: async () => profile } : {}),
  });
  return {
    /** The worker's answer, loosely: tests assert on `ok` and then read `data` or `error`. */
    send: <R extends Request>(request: R) => route(request, PANEL) as Promise<{ ok: boolean; data?: ResponseData<R["type"]>; error?: AppError }>,
    async panel(caseId: string): Promise<CasePanelData> {
      const answer = await route({ type: "case/panel", caseId }, PANEL);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.data as CasePanelData;
    },
  };
}
