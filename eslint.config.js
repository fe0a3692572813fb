import js from "@eslint/js";
import ts from "typescript-eslint";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import svelteConfig from "./svelte.config.js";

// The rings of ARCHITECTURE.md, kept honest: the contract and the compiler never touch
// Node, the DOM framework or the app; views never import each other.
const noNode = { group: ["node:*"], message: "Keep this ring free of Node APIs." };
const noSvelte = { group: ["svelte", "svelte/*"], message: "Keep this ring free of Svelte." };
const noApp = { group: ["**/app/**"], message: "The app is an outer ring." };

export default ts.config(
  { ignores: ["dist", "node_modules", "public/data", "test-results", "bench/results"] },
  js.configs.recommended,
  ...ts.configs.strict,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: [".svelte"],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // Tests and benchmarks index typed arrays and fixtures they built themselves.
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noNode,
            noSvelte,
            noApp,
            { group: ["**/compiler/**"], message: "The contract imports nothing of ours." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/compiler/**/*.ts", "src/export/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noNode, noSvelte, noApp] }] },
  },
  {
    files: ["src/app/state/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noNode,
            {
              group: ["../graph/*", "../timeline/*", "../panels/*"],
              message: "State never imports views.",
            },
          ],
        },
      ],
    },
  },
);
