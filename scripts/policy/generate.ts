/**
 * npm run policy                       rewrites the committed templates (the defaults for acme.my.salesforce.com)
 * npm run policy -- --extension-id ID --profile acme=./acme-profile.json [--profile acme--uat.sandbox=./uat.json]
 *                  [--update-url URL] --out ./my-policy
 *                                      writes ready policy files for your orgs, after checking each profile
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

import { DEFAULT_PROFILE } from "../../src/domain/org-profile/default-profile";
import { isOrgProfileHost } from "../../src/domain/org-profile/profile-sources";
import { parseProfileText } from "../../src/domain/org-profile/parse-profile";
import type { OrgProfile } from "../../src/domain/org-profile/schema";
import { CHROME_WEB_STORE_UPDATE_URL, EXTENSION_ID_PLACEHOLDER, policyFiles } from "./policy-files";

export const REPO = resolve(import.meta.dirname, "../..");
export const TEMPLATE_INPUT = { extensionId: EXTENSION_ID_PLACEHOLDER, updateUrl: CHROME_WEB_STORE_UPDATE_URL, profiles: { "acme.my.salesforce.com": DEFAULT_PROFILE } };

function main() {
  const { values } = parseArgs({ options: { "extension-id": { type: "string" }, "update-url": { type: "string" }, profile: { type: "string", multiple: true }, out: { type: "string" } } });
  if (!values.profile?.length) {
    for (const [path, text] of Object.entries(policyFiles(TEMPLATE_INPUT))) writeFileSync(join(REPO, path), text);
    console.log("Templates rewritten.");
    return;
  }
  const profiles: Record<string, OrgProfile> = {};
  for (const entry of values.profile) {
    const [name, file] = entry.split("=");
    const host = name?.endsWith(".my.salesforce.com") ? name : `${name}.my.salesforce.com`;
    if (!file || !isOrgProfileHost(host)) throw new Error(`--profile takes ORG=FILE (acme=./acme.json); got ${entry}`);
    const parsed = parseProfileText(readFileSync(file, "utf8"));
    if (!parsed.ok) throw new Error(`${file} is not a valid org profile:\n${parsed.problems.map((p) => `  ${p.path || "(profile)"}: ${p.message}`).join("\n")}`);
    profiles[host] = parsed.profile;
  }
  const extensionId = values["extension-id"];
  if (!extensionId || !/^[a-p]{32}$/.test(extensionId)) throw new Error("--extension-id takes the extension's 32-letter id (chrome://extensions)");
  const out = resolve(values.out ?? "policy-out");
  for (const [path, text] of Object.entries(policyFiles({ extensionId, updateUrl: values["update-url"] ?? CHROME_WEB_STORE_UPDATE_URL, profiles }))) {
    if (path.startsWith("assets/")) continue;
    const target = join(out, path.replace(/^policy\//, ""));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(target);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
