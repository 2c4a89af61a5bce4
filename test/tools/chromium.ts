/**
 * Finds a Chromium for the e2e tests, the demo and the benchmark: CHROME_PATH,
 * then the usual Debian paths; when none is there and we run as root on a
 * machine with apt (CI, a fresh dev box), installs Debian's chromium package.
 * Playwright's own browser download cannot work on machines without internet.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    throw new Error("No Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.");
  }
  log("Chromium not found: installing Debian's chromium package (one-time, about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  const installed = findChromium();
  if (!installed) throw new Error("apt-get installed chromium but no binary was found at the usual paths.");
  return installed;
}
