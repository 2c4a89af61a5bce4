import jsforce from "jsforce";
import { createSimulator } from "/work/main/test/simulator/index";
import { demoSeed, DEMO_CASES } from "/work/main/test/simulator/seeds/demo";
import { DEMO_USERS } from "/work/main/test/simulator/seeds/baseline";
import { loadOrgContext } from "/work/main/src/salesforce/operations/get-org-context";
import { getPoolOverview } from "/work/main/src/salesforce/operations/get-pool-overview";
import { badgeCount } from "/work/main/src/salesforce/operations/badge-count";
import { createUpgradeOpportunity } from "/work/main/src/salesforce/operations/create-upgrade-opportunity";
import { closeUpgradeOpportunity } from "/work/main/src/salesforce/operations/close-upgrade-opportunity";
const sim = await createSimulator({ seed: demoSeed(new Date()), tls: false });
for (const who of ["jordanRivera", "siobhanMurphy", "danaWhitfield"] as const) {
  const conn = new jsforce.Connection({ instanceUrl: sim.url, accessToken: sim.login(DEMO_USERS[who].username), version: "62.0" });
  const org = await loadOrgContext(conn);
  sim.resetRequests();
  const ov = await getPoolOverview(conn, org, "acme.my.salesforce.com");
  console.log(who, "calls", sim.countRequests({ path: /^\/services\/data\// }), ov.pool, "queue", ov.queue.length, ov.queue.map(r => `${r.caseNumber}:${r.priority}:${r.sla.state}${r.conflict ? ":C-" + r.conflict.transferTo.name : ""}`).join(" "));
  console.log(" my", ov.myCases.map(c => `${c.caseNumber} claimed=${c.claimedAt} acts=${c.activities.length} sla=${c.sla.state}`));
  console.log(" upgrades mine", ov.upgrades.mine.length, "team", ov.upgrades.team?.length, ov.me);
  sim.resetRequests();
  console.log(" badge", await badgeCount(conn, org), "calls", sim.countRequests({ path: /^\/services\/data\// }));
  if (who === "jordanRivera") console.log(JSON.stringify(await createUpgradeOpportunity(conn, DEMO_CASES.contactUsNew, org)).slice(0, 300));
  if (who === "danaWhitfield") { const t = ov.upgrades.team![0]!; console.log(await closeUpgradeOpportunity(conn, { opportunityId: t.id, lastModifiedDate: t.lastModifiedDate, reason: "No budget this year" }, org.me)); console.log(sim.store.get("Opportunity", t.id)); }
}
const conn = new jsforce.Connection({ instanceUrl: sim.url, accessToken: sim.login(DEMO_USERS.averyChen.username), version: "62.0" });
const org = await loadOrgContext(conn);
console.log(JSON.stringify(await createUpgradeOpportunity(conn, DEMO_CASES.contactUsNew, org)).slice(0, 400));
console.log(JSON.stringify(await createUpgradeOpportunity(conn, DEMO_CASES.contactUsNew, org)).slice(0, 400));
await sim.close();
