// Why: journeys run in Debian's Chromium (Playwright cannot download its own here) against the built renderer.
import { defineConfig } from "@playwright/test";
import { chromiumPath, chromiumArgs } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
  outputDir: "test-results/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.PW_REPORTERS ? JSON.parse(process.env.PW_REPORTERS) : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: "ms-MY",
    timezoneId: "Asia/Kuala_Lumpur",
    viewport: { width: 1366, height: 800 },
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    { name: "browser", testDir: "tests/e2e" },
    { name: "electron", testDir: "tests/electron" },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${process.env.REKOD_OUT ?? "../dist/renderer"}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
