import { defineConfig } from "vitest/config";

// End-to-end: the production build in real Chromium against the simulator.
// One file at a time: each launches a browser, and the machine has two cores.
export default defineConfig({
  test: {
    globals: true,
    include: ["test/e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ["test/e2e/support/global-setup.ts"],
  },
});
