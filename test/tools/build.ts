/** Runs the production build (plasmo) and throws when it fails; the demo and the benchmark start with it. */
import { spawnSync } from "node:child_process";

export function buildExtension(): void {
  const result = spawnSync("npx", ["plasmo", "build", "--hoist"], { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error("The production build failed.");
}
