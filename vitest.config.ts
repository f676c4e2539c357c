// Why: unit tests run in Node with fake-indexeddb; browsers are for Playwright journeys.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    testTimeout: 20000,
  },
});
