// Why: lint enforces the process boundaries (shared pure, renderer without Node/Electron, electron without React).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeModules = [
  "electron",
  "node:*",
  "fs",
  "path",
  "os",
  "child_process",
  "crypto",
  "url",
  "http",
  "https",
];
const forbid = (names, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: names, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "dist-electron",
      "dist-hub",
      "release",
      "test-results",
      "playwright-report",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["shared/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      ...forbid(
        [...nodeModules, "react", "react-dom", "react/*", "dexie", "@mantine/*"],
        "shared/ is pure: no Node, Electron, DOM, React or storage.",
      ),
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "localStorage",
        "indexedDB",
        "navigator",
        "process",
      ],
    },
  },
  {
    files: ["renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...forbid(
        nodeModules,
        "renderer/ never imports Electron or Node: use the host contract (shared/host-api.ts).",
      ),
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["electron/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid(
      ["react", "react-dom", "react/*", "@mantine/*", "dexie"],
      "electron/ never imports React or the renderer's storage.",
    ),
  },
  {
    files: ["server/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid(
      ["electron", "react", "react-dom", "react/*", "@mantine/*", "dexie", "**/renderer/*", "**/electron/*"],
      "server/ (the office hub) runs apart from the app: it shares only shared/ with it.",
    ),
  },
  {
    files: ["scripts/**/*.mjs", "tests/**/*.ts", "*.config.{js,ts}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
