/**
 * Chrome enterprise policy for the e2e: Chromium on Linux reads policy files from
 * /etc/chromium/policies/managed/ (we run as root), and a file's
 * {"3rdparty": {"extensions": {"<id>": {...}}}} reaches that extension's
 * chrome.storage.managed. The unpacked extension's id is derived from its path, so
 * the file can be written before the browser starts. Every file written is removed
 * again, even when a test fails: other e2e files run the same extension id.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const POLICY_DIR = "/etc/chromium/policies/managed";

/** Chrome's id for an unpacked extension: the first 32 hex digits of SHA-256 of its path, as letters a–p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash("sha256").update(extensionDir).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("");
}

export interface PolicyFile {
  path: string;
  remove(): void;
}

const written = new Set<string>();
process.on("exit", () => {
  for (const path of written) rmSync(path, { force: true });
});

export function writeExtensionPolicy(name: string, extensionId: string, policy: Record<string, unknown>): PolicyFile {
  mkdirSync(POLICY_DIR, { recursive: true });
  const path = join(POLICY_DIR, `${name}.json`);
  writeFileSync(path, JSON.stringify({ "3rdparty": { extensions: { [extensionId]: policy } } }));
  written.add(path);
  return {
    path,
    remove() {
      rmSync(path, { force: true });
      written.delete(path);
    },
  };
}

/** A file a crashed earlier run left behind would push its profile into every later test. */
export function removeStalePolicy(name: string): void {
  const path = join(POLICY_DIR, `${name}.json`);
  if (existsSync(path)) rmSync(path);
}
