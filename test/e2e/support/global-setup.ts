/** Makes sure the e2e run has a production build and a Chromium before any test starts. */
import { existsSync } from "node:fs";
import { join } from "node:path";

import { buildExtension } from "../../tools/build";
import { ensureChromium } from "../../tools/chromium";
import { BUILD_DIR } from "../../tools/extension-browser";

export default function setup(): void {
  ensureChromium();
  // `npm test` has just built (PCC_BUILD_FRESH=1); a direct `npm run test:e2e` builds, so it never tests stale code.
  if (process.env.PCC_BUILD_FRESH !== "1" || !existsSync(join(BUILD_DIR, "manifest.json"))) buildExtension();
}
