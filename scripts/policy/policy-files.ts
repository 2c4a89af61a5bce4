/**
 * The extension's Chrome policy, generated from the code that reads it, so the
 * documented policy cannot drift from it: the manifest's managed-storage schema
 * and an admin's policy files for Linux, Windows, macOS and the Google Admin
 * console, each holding org profiles under the key the worker reads.
 *
 * Why each org's profile is JSON text, not a nested object: Chrome's policy schema
 * (a restricted JSON Schema) has no null (the profile's "this org has no such
 * field"), no unions (how a user's pool or the manager is found), no tuples
 * (opening hours), and Chrome silently drops unknown or mistyped values, so a typo
 * would reach the extension as half a profile. As text, the profile arrives whole
 * and the extension's own parser names every bad value, in the panel and on the
 * options page.
 */
import { OrgProfileSchema, type OrgProfile } from "../../src/domain/org-profile/schema";
import { MANAGED_PROFILES_KEY } from "../../src/messaging/storage-keys";

export const EXTENSION_ID_PLACEHOLDER = "EXTENSION_ID";
export const CHROME_WEB_STORE_UPDATE_URL = "https://clients2.google.com/service/update2/crx";

export interface PolicyInput {
  extensionId: string;
  updateUrl: string;
  /** My Domain host → profile. */
  profiles: Record<string, OrgProfile>;
}

/** The profile as the policy carries it: JSON text on one line. */
export const profileText = (profile: OrgProfile) => JSON.stringify(profile);

export function managedSchema(): object {
  const keys = Object.keys(OrgProfileSchema.shape).join(", ");
  return {
    type: "object",
    properties: {
      [MANAGED_PROFILES_KEY]: {
        title: "Org profiles",
        description:
          "The Pooled Case Copilot org profile of each Salesforce org, by its My Domain host (acme.my.salesforce.com, acme--uat.sandbox.my.salesforce.com). The extension shows a pushed profile read-only and uses it before anything saved on its options page.",
        type: "object",
        additionalProperties: {
          title: "Org profile as JSON text",
          description: `One org profile as JSON text, as the options page exports it (an object with ${keys}). The extension checks every value and lists the bad ones in the panel and on the options page.`,
          type: "string",
        },
      },
    },
  };
}

const policyOf = (input: PolicyInput) => ({ [MANAGED_PROFILES_KEY]: Object.fromEntries(Object.entries(input.profiles).map(([host, profile]) => [host, profileText(profile)])) });

/** /etc/opt/chrome/policies/managed/ (Chrome) or /etc/chromium/policies/managed/ (Chromium) on Linux. */
export function linuxPolicy(input: PolicyInput): string {
  const policy = {
    ExtensionSettings: { [input.extensionId]: { installation_mode: "force_installed", update_url: input.updateUrl } },
    "3rdparty": { extensions: { [input.extensionId]: policyOf(input) } },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

const regString = (value: string) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/** A .reg file: force-install, then the extension's policy under 3rdparty\extensions\<id>\policy. */
export function windowsPolicy(input: PolicyInput): string {
  const root = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome";
  const lines = [
    "Windows Registry Editor Version 5.00",
    "",
    `[${root}\\ExtensionInstallForcelist]`,
    `"1"=${regString(`${input.extensionId};${input.updateUrl}`)}`,
    "",
    `[${root}\\3rdparty\\extensions\\${input.extensionId}\\policy\\${MANAGED_PROFILES_KEY}]`,
    ...Object.entries(input.profiles).map(([host, profile]) => `${regString(host)}=${regString(profileText(profile))}`),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

const xml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const plist = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n${body}</dict>\n</plist>\n`;

/** macOS: the com.google.Chrome domain (force-install), deployed by your MDM. */
export function macChromePolicy(input: PolicyInput): string {
  return plist(`  <key>ExtensionInstallForcelist</key>\n  <array>\n    <string>${xml(`${input.extensionId};${input.updateUrl}`)}</string>\n  </array>\n`);
}

/** macOS: the com.google.Chrome.extensions.<id> domain: the extension's own policy. */
export function macExtensionPolicy(input: PolicyInput): string {
  const entries = Object.entries(input.profiles)
    .map(([host, profile]) => `    <key>${xml(host)}</key>\n    <string>${xml(profileText(profile))}</string>\n`)
    .join("");
  return plist(`  <key>${MANAGED_PROFILES_KEY}</key>\n  <dict>\n${entries}  </dict>\n`);
}

/** Google Admin console: Apps & extensions › the extension › "Policy for extensions" takes this JSON. */
export function adminConsolePolicy(input: PolicyInput): string {
  return `${JSON.stringify({ [MANAGED_PROFILES_KEY]: { Value: policyOf(input)[MANAGED_PROFILES_KEY] } }, null, 2)}\n`;
}

/** Every generated file, by its path in the repository. */
export function policyFiles(input: PolicyInput): Record<string, string> {
  return {
    "assets/managed-schema.json": `${JSON.stringify(managedSchema(), null, 2)}\n`,
    "policy/linux/pooled-case-copilot.json": linuxPolicy(input),
    "policy/windows/pooled-case-copilot.reg": windowsPolicy(input),
    "policy/macos/com.google.Chrome.plist": macChromePolicy(input),
    [`policy/macos/com.google.Chrome.extensions.${input.extensionId}.plist`]: macExtensionPolicy(input),
    "policy/admin-console.json": adminConsolePolicy(input),
  };
}
