/**
 * The documented policy is what the extension reads: the committed files are the
 * generator's output (a stale one fails here: run `npm run policy`), the manifest
 * declares the generated schema, and each template's profile goes through the
 * worker's own reader to the profile it was made from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { DEFAULT_PROFILE } from "../../src/domain/org-profile/default-profile";
import { readOrgProfile } from "../../src/messaging/profile-storage";
import { memoryStorageArea } from "../support/memory-storage-area";
import { REPO, TEMPLATE_INPUT } from "../../scripts/policy/generate";
import { managedSchema, policyFiles, windowsPolicy } from "../../scripts/policy/policy-files";

const read = (path: string) => readFileSync(join(REPO, path), "utf8");

describe("the admin's policy files", () => {
  it("are committed exactly as the generator writes them", () => {
    for (const [path, text] of Object.entries(policyFiles(TEMPLATE_INPUT))) expect(read(path), `${path} is stale: run npm run policy`).toBe(text);
  });

  it("are declared in the manifest, with a schema Chrome accepts: an object whose properties are the policies", () => {
    const manifest = JSON.parse(read("package.json")).manifest;
    expect(manifest.storage.managed_schema).toBe("../assets/managed-schema.json");
    expect(manifest.permissions).toContain("identity");
    const schema = managedSchema() as { type: string; properties: Record<string, { type: string; additionalProperties: { type: string } }>; additionalProperties?: unknown };
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBeUndefined();
    // Each schema has exactly one type; only keywords of Chrome's policy schema.
    const allowed = new Set(["type", "title", "description", "properties", "additionalProperties", "patternProperties", "items", "enum", "minimum", "maximum", "pattern", "required", "id", "$ref", "sensitiveValue"]);
    const walk = (node: Record<string, unknown>): void => {
      expect(typeof node.type).toBe("string");
      for (const key of Object.keys(node)) expect(allowed.has(key), key).toBe(true);
      for (const child of Object.values((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child);
      if (node.additionalProperties) walk(node.additionalProperties as Record<string, unknown>);
    };
    walk(schema as unknown as Record<string, unknown>);
  });

  it("carry profiles the worker reads back whole, through the same reader the panel uses", async () => {
    const linux = JSON.parse(read("policy/linux/pooled-case-copilot.json"));
    const managed = memoryStorageArea(linux["3rdparty"].extensions.EXTENSION_ID);
    await expect(readOrgProfile("acme.my.salesforce.com", { managed, local: memoryStorageArea() })).resolves.toEqual({ ok: true, source: "policy", profile: DEFAULT_PROFILE });
    const console = JSON.parse(read("policy/admin-console.json"));
    const fromConsole = memoryStorageArea({ orgProfiles: console.orgProfiles.Value });
    await expect(readOrgProfile("acme.my.salesforce.com", { managed: fromConsole, local: memoryStorageArea() })).resolves.toMatchObject({ ok: true, profile: DEFAULT_PROFILE });
  });

  it("escape the profile for the registry so a quote or backslash in a playbook survives", () => {
    const profile = structuredClone(DEFAULT_PROFILE);
    profile.label = 'Acme "EMEA" \\ team';
    const line = windowsPolicy({ ...TEMPLATE_INPUT, profiles: { "acme.my.salesforce.com": profile } }).split("\r\n").find((l) => l.startsWith('"acme.my.salesforce.com"='))!;
    const value = line.slice('"acme.my.salesforce.com"='.length);
    const unescaped = value.slice(1, -1).replace(/\\(["\\])/g, "$1");
    expect(JSON.parse(unescaped).label).toBe('Acme "EMEA" \\ team');
  });
});
