/**
 * npm run sim -- --port 8443 [--seed demo|empty|tiny|acme] [--no-api-access-control] [--http] [--latency 150]
 * Serves the simulated org over HTTPS for any Host name; prints one "ready" line with
 * the URL once listening, then the logins of the seed.
 */
import { createSimulator } from "./index";
import { isSeedName, namedSeed, SEED_NAMES } from "./seeds/named";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(arg("port") ?? 8443);
  const seedName = arg("seed") ?? "demo";
  const tls = !process.argv.includes("--http");
  if (!isSeedName(seedName)) throw new Error(`unknown seed "${seedName}" (${SEED_NAMES.join(", ")})`);
  const seed = namedSeed(seedName, new Date(), { apiAccessControl: !process.argv.includes("--no-api-access-control") });
  const sim = await createSimulator({ seed, port, tls, host: arg("host") ?? "127.0.0.1" });
  if (arg("latency")) sim.setLatency(Number(arg("latency")));
  const scheme = tls ? "https" : "http";
  console.log(`simulator ready ${sim.url} (seed ${seedName}; reach it as ${scheme}://acme.my.salesforce.com with --host-resolver-rules="MAP *.my.salesforce.com 127.0.0.1:${sim.port},MAP *.lightning.force.com 127.0.0.1:${sim.port}")`);
  for (const c of seed.credentials) console.log(`  login: ${c.username} / ${c.password}`);
  if (seed.oauth) {
    console.log(`  API Access Control: ${seed.oauth.apiAccessControl ? "on (the REST API takes only the app's tokens)" : "off"}`);
    for (const app of seed.oauth.apps) console.log(`  OAuth app "${app.name}": consumer key ${app.consumerKey}; set its callback URLs with POST /__sim/oauth-app {"callbackUrls":[...]}`);
  }
  console.log(`  control: ${sim.url}/__sim/health, POST /__sim/{latency,fail,clear-failures,expire-sessions,reset,reset-requests,login,api-limit,oauth-app}, GET /__sim/{requests,oauth-apps}`);
  const stop = () => void sim.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
