// Why: the steps every journey shares (demo office, login, screenshots), written as a user does them.
import { test as base, expect, type Page } from "@playwright/test";
import { MALAY_MONTHS } from "../../shared/reports/frame/text";

/**
 * The moment every journey starts at: the page's clock is installed at it (and then runs on), so the demo data, the
 * "today" of every screen and every expectation below come from one pinned day. `REKOD_TEST_NOW` (ISO 8601 with an
 * offset) moves the whole suite to another day, to prove it passes on 1 January, 29 February or 31 December.
 */
export const TEST_NOW = new Date(process.env.REKOD_TEST_NOW ?? "2026-11-18T10:00:00+08:00");
if (Number.isNaN(TEST_NOW.getTime()))
  throw new Error(`REKOD_TEST_NOW is not a date: ${process.env.REKOD_TEST_NOW}`);

/** Journeys import `test` from here: the page's clock is pinned to TEST_NOW before the first navigation. */
export const test = base.extend<{ pinnedClock: void }>({
  pinnedClock: [
    async ({ page }, use) => {
      await page.clock.install({ time: TEST_NOW });
      await use();
    },
    { auto: true },
  ],
});
export { expect };

/** A day `days` after (or before) the pinned day, as yyyy-mm-dd in the office's time zone. */
export function testDay(days = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kuala_Lumpur" }).format(
    new Date(TEST_NOW.getTime() + days * 86_400_000),
  );
}

export const demo = {
  admin: { username: "pentadbir", password: "Sulit#Admin2026" },
  pkmd: { username: "pkmd", password: "Daerah#Lembah2026" },
  aminah: { username: "ppk.aminah", password: "Tapak#SPH2026" },
  kumar: { username: "ppk.kumar", password: "Tapak#TPD2026" },
  observer: { username: "pemerhati", password: "Lihat#Sahaja2026" },
};

export async function loadDemo(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: "Cuba dengan data contoh" }).click();
  await expect(page.getByTestId("demo-accounts")).toBeVisible({ timeout: 30_000 });
}

export async function login(page: Page, user: { username: string; password: string }): Promise<void> {
  // Malay (JKM offices) or Indonesian (PKH offices).
  await page.getByLabel("Nama pengguna").fill(user.username);
  await page.getByLabel(/^(Kata laluan|Kata sandi)$/).fill(user.password);
  await page.getByRole("button", { name: /^(Log masuk|Buka kunci|Masuk)$/ }).click();
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 30_000 });
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^(Log keluar|Keluar)$/ }).click();
  await expect(page.getByRole("button", { name: /^(Log masuk|Masuk)$/ })).toBeVisible();
}

/** Picks an option in a Mantine Select or MultiSelect by its label. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: typeof option === "string" }).click();
}

/** Picks an organisation in a directory picker by typing words of its name (each option also shows its kind). */
export async function pickOrganisation(
  page: Page,
  label: string,
  typed: string,
  name: string,
): Promise<void> {
  await page.getByRole("combobox", { name: label }).fill(typed);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await page
    .getByRole("option", { name: new RegExp(`^${escaped}`) })
    .first()
    .click();
}

/**
 * Picks an option the way a keyboard user does: type to filter, arrow down to the match, Enter. Typing opens the
 * list, and Mantine settles which option is highlighted in a timer it starts on opening; Playwright types faster than
 * a person, and the browser handles key presses before timers, so that timer can clear the highlight after the last
 * key. Waiting one timer turn first lets it run, as it always has by the time a person reaches for Enter.
 */
export async function pickByKeyboard(
  page: Page,
  label: string,
  typed: string,
  option: string,
): Promise<void> {
  const kb = page.keyboard;
  await kb.type(typed);
  await expect(page.getByRole("option", { name: option, exact: true })).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await kb.press("ArrowDown");
  await kb.press("Enter");
  await expect(page.getByRole("combobox", { name: label })).toHaveValue(option);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Month names as the Malay screens and documents write them. */
export const MONTHS: readonly string[] = MALAY_MONTHS;

/** The same day as the screens show and take it: dd/mm/yyyy. */
export function shownDay(days = 0): string {
  const [y, m, d] = testDay(days).split("-");
  return `${d}/${m}/${y}`;
}

/** The month before the pinned day, as the office in Kuala Lumpur sees it. */
export function previousMonth(): { year: number; month: number } {
  const [y, m] = testDay().split("-").map(Number) as [number, number];
  return m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
}
