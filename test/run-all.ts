/**
 * `npm test`: everything a change must pass, in the order that fails fastest:
 * types, lint, unit and component tests, the production build, then the
 * end-to-end suite in real Chromium. Ends with one "N passed, N failed" line.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

import { ensureChromium } from "./tools/chromium";

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTests: number;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✖"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(label);
  return ok;
}

function vitest(label: string, config: string, report: string): void {
  run(label, "npx", ["vitest", "run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
    PCC_BUILD_FRESH: "1",
  });
  try {
    const json = JSON.parse(readFileSync(report, "utf8")) as VitestJson;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests;
  } catch {
    failures.push(`${label}: no report`);
  }
}

mkdirSync("test-results", { recursive: true });
run("typecheck", "npx", ["tsc", "--noEmit"]);
run("lint", "npx", ["eslint", "."]);
vitest("unit and component tests", "vitest.config.ts", "test-results/unit.json");
const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);
if (run("production build", "npx", ["plasmo", "build", "--hoist"])) {
  vitest("end-to-end tests (production build in Chromium)", "vitest.e2e.config.ts", "test-results/e2e.json");
} else {
  failures.push("end-to-end tests (not run: the build failed)");
}

console.log(failures.length ? `\nFailed: ${failures.join("; ")}` : "\nAll checks passed.");
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);
