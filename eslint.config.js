// Lint, including the architecture: imports flow one way
// (app/tabs/background/contents -> features -> messaging/salesforce -> domain), and
// domain code is pure (no chrome.*, jsforce, React or zustand).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ["error", { patterns }];
const banned = (group, message) => ({ group, message });
// Parcel (plasmo's bundler) mis-hoists zod's `export { z }` alias: `import { z } from "zod/v4-mini"`
// passes in vitest but is undefined in the built extension.
const zodNamespaceOnly = {
  selector: "ImportDeclaration[source.value=/^zod(\\/v4-mini)?$/] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
  message: 'Use `import * as z from "zod/v4-mini"`: parcel breaks the named z export in the built extension.',
};
// zod 3 is not tree-shakable: one schema written with it puts all of it in the panel's or the worker's bundle.
const zodMiniOnly = {
  selector: "ImportDeclaration[source.value=/^zod(\\/v3|\\/v4)?$/]",
  message: 'The app\'s schemas use `import * as z from "zod/v4-mini"` (tree-shakable); zod 3 and zod 4 classic would ship whole in the bundles.',
};

export default tseslint.config(
  { ignores: ["build/**", ".plasmo/**", "node_modules/**", "test-results/**", "demo-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": ["error", zodNamespaceOnly],
    },
  },
  {
    files: ["src/**"],
    rules: { "no-restricted-syntax": ["error", zodNamespaceOnly, zodMiniOnly] },
  },
  {
    // Tests read JSON answers whose shape is what they assert on.
    files: ["**/*.test.ts", "**/*.test.tsx", "test/simulator/fixtures/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/domain/**"],
    languageOptions: { globals: { ...globals["shared-node-browser"] } },
    rules: {
      "no-restricted-globals": ["error", { name: "chrome", message: "Domain logic is pure: no chrome.* APIs." }, "window", "document"],
      "no-restricted-imports": restrict([
        banned(["jsforce", "jsforce/*", "react", "react-dom", "zustand", "@tanstack/*"], "Domain logic is pure TypeScript."),
        banned(["**/salesforce/**", "**/features/**", "**/background/**", "**/contents/**", "**/tabs/**", "**/app/**", "**/messaging/**"], "Domain imports nothing but domain."),
      ]),
    },
  },
  {
    files: ["src/messaging/**"],
    rules: {
      "no-restricted-imports": restrict([
        banned(["jsforce", "react", "**/salesforce/**", "**/features/**", "**/background/**", "**/app/**"], "Messaging holds contracts only."),
      ]),
    },
  },
  {
    files: ["src/salesforce/**"],
    rules: {
      "no-restricted-imports": restrict([banned(["react", "react-dom", "**/features/**", "**/app/**", "**/tabs/**", "**/contents/**"], "The Salesforce adapter runs in the worker.")]),
    },
  },
  {
    files: ["src/features/**", "src/shared/**", "src/app/**", "src/tabs/**"],
    rules: {
      "no-restricted-imports": restrict([banned(["jsforce", "jsforce/*", "**/salesforce/**", "**/background/**"], "The panel reaches Salesforce only through the worker's messages.")]),
    },
  },
  {
    // A feature depends on another only through shared/ (or is composed with it in app/).
    files: ["src/features/**"],
    rules: {
      "no-restricted-imports": restrict([
        banned(["jsforce", "jsforce/*", "**/salesforce/**", "**/background/**"], "The panel reaches Salesforce only through the worker's messages."),
        banned(["**/app/**"], "app/ composes features; features never import it."),
        { regex: "^\\.\\./(?!\\.)[^/]+/", message: "Feature folders depend on each other only through shared/ (compose them in app/)." },
      ]),
    },
  },
  {
    files: ["src/shared/**"],
    rules: { "no-restricted-imports": restrict([banned(["**/features/**", "**/app/**", "jsforce", "jsforce/*", "**/salesforce/**", "**/background/**"], "shared/ is below features.")]) },
  },
  {
    files: ["src/contents/**"],
    rules: {
      "no-restricted-imports": restrict([banned(["react", "react-dom", "jsforce", "zod", "**/features/**", "**/salesforce/**", "**/messaging/**"], "The content script runs on every Salesforce page: keep it tiny.")]),
    },
  },
);
