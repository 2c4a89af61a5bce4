/** Makes sure the e2e run has a production build and a Chromium before any test starts. */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

import { ensureChromium } from "../../tools/chromium";
import { BUILD_DIR } from "../../tools/extension-browser";

export default function setup(): void {
  ensureChromium();
  // `npm test` builds once before unit and e2e; a direct `npm run test:e2e` builds if needed.
  if (process.env.PCC_BUILD_FRESH !== "1" || !existsSync(join(BUILD_DIR, "manifest.json"))) {
    execSync("npx plasmo build", { stdio: "inherit" });
  }
}
