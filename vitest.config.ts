import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit and component tests. The Chromium end-to-end suite has its own config.
export default defineConfig({
  resolve: { alias: [{ find: /^~(.*)$/, replacement: fileURLToPath(new URL("./src/$1", import.meta.url)) }] },
  esbuild: { jsx: "automatic" },
  test: {
    globals: true,
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
    setupFiles: ["test/setup/vitest-setup.ts"],
  },
});
