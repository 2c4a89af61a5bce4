import type { Connection } from "jsforce";

import { DEFAULT_PROFILE } from "../domain/org-profile";
import { casePanelFixture } from "../../test/support/case-panel-fixture";
import type { CasePanelAnswer } from "../messaging/case-panel-data";
import { createCasePrefetch } from "./case-prefetch";
import type { HandlerContext } from "./router";

const CASE_ID = "5008X00002CytL1QAJ";
const orgFor = (apiHost: string, accessToken: string): HandlerContext => ({
  connection: {} as Connection,
  apiHost,
  session: { instanceUrl: `https://${apiHost}`, accessToken },
  profile: DEFAULT_PROFILE,
});
const avery = orgFor("acme.my.salesforce.com", "00Davery");
const { org: _org, ...PARTS } = casePanelFixture();
const answer = (): CasePanelAnswer => structuredClone(PARTS);

describe("the case prefetch", () => {
  it("serves the panel the read already in flight, once; the next request reads again", async () => {
    const prefetch = createCasePrefetch();
    let release!: (value: CasePanelAnswer) => void;
    prefetch.start(avery, CASE_ID, () => new Promise((resolve) => (release = resolve)));
    const taken = prefetch.take(avery, "5008X00002CytL1");
    release(answer());
    expect(await taken).toEqual(answer());
    expect(await prefetch.take(avery, CASE_ID)).toBeNull();
  });

  it("never serves one org's or one session's read to another", async () => {
    const prefetch = createCasePrefetch();
    prefetch.start(avery, CASE_ID, async () => answer());
    expect(await prefetch.take(orgFor("other.my.salesforce.com", "00Davery"), CASE_ID)).toBeNull();
    expect(await prefetch.take(orgFor("acme.my.salesforce.com", "00Djordan"), CASE_ID)).toBeNull();
    expect(await prefetch.take(avery, "5008X00002OtherQAB")).toBeNull();
    expect(await prefetch.take(avery, CASE_ID)).not.toBeNull();
  });

  it("lets a read expire after its short life", async () => {
    let now = 1_000;
    const prefetch = createCasePrefetch(() => now, 15_000);
    prefetch.start(avery, CASE_ID, async () => answer());
    now += 15_001;
    expect(await prefetch.take(avery, CASE_ID)).toBeNull();
  });

  it("gives the panel a failed read's error, and a malformed answer as a miss (read again)", async () => {
    let now = 1_000;
    const prefetch = createCasePrefetch(() => now);
    prefetch.start(avery, CASE_ID, async () => {
      throw new Error("TotalRequests Limit exceeded.");
    });
    await expect(prefetch.take(avery, CASE_ID)).rejects.toThrow("TotalRequests Limit exceeded.");
    now += 5_000;
    prefetch.start(avery, CASE_ID, async () => ({ ...answer(), case: { id: "not an id" } }) as unknown as CasePanelAnswer);
    expect(await prefetch.take(avery, CASE_ID)).toBeNull();
  });

  it("joins a second start of the same navigation instead of reading twice", async () => {
    let reads = 0;
    const prefetch = createCasePrefetch();
    const load = async () => (reads++, answer());
    prefetch.start(avery, CASE_ID, load);
    prefetch.start(avery, CASE_ID, load);
    expect(reads).toBe(1);
    expect(await prefetch.take(avery, CASE_ID)).not.toBeNull();
  });

  it("starts no second read for a navigation whose read the panel already took (its other report comes late)", async () => {
    let now = 1_000;
    let reads = 0;
    const prefetch = createCasePrefetch(() => now);
    const load = async () => (reads++, answer());
    prefetch.start(avery, CASE_ID, load); // the page's request
    expect(await prefetch.take(avery, CASE_ID)).not.toBeNull(); // the panel
    now += 300;
    prefetch.start(avery, CASE_ID, load); // the tab's URL change, after the session was found
    expect(reads).toBe(1);
    // The AE claims, and comes back: nothing read before the claim may be served.
    now += 1_000;
    expect(await prefetch.take(avery, CASE_ID)).toBeNull();
    now += 5_000;
    prefetch.start(avery, CASE_ID, load);
    expect(reads).toBe(2);
    expect(await prefetch.take(avery, CASE_ID)).not.toBeNull();
  });

  it("starts no read for a navigation the panel asked about first (both waited for the policy, the panel went on first)", async () => {
    let now = 1_000;
    let reads = 0;
    const prefetch = createCasePrefetch(() => now);
    const load = async () => (reads++, answer());
    expect(await prefetch.take(avery, CASE_ID)).toBeNull(); // the panel reads the case itself
    now += 50;
    prefetch.start(avery, CASE_ID, load); // the page's request, reported late
    expect(reads).toBe(0);
    // The AE claims, and comes back: no copy from before the claim is waiting to be served.
    now += 1_000;
    expect(await prefetch.take(avery, CASE_ID)).toBeNull();
    now += 5_000;
    prefetch.start(avery, CASE_ID, load);
    expect(reads).toBe(1);
    expect(await prefetch.take(avery, CASE_ID)).not.toBeNull();
  });
});
