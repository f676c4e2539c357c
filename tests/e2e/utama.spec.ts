// Why: issue 3's home screen: every figure a PPK sees opens the register (or the weekly board) that gives the same count.
import { demo, loadDemo, login, shot, expect, test } from "./support";

const figures = ["fig-baru", "fig-dalam-tindakan", "fig-dirujuk", "fig-follow-ups"] as const;

test("each home figure opens the register or board holding exactly that many", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await expect(page.getByTestId("fig-follow-ups-value")).toBeVisible();
  await shot(page, "home-figures");
  for (const id of figures) {
    const value = Number(await page.getByTestId(`${id}-value`).textContent());
    await page.getByTestId(id).click();
    await expect(page).toHaveURL(/#\/buku-rekod\?/);
    await expect(page.getByTestId("register-count")).toHaveText(`${value} kes`);
    if (value) await expect(page.getByTestId("register-row").first()).toBeVisible();
    else await expect(page.getByTestId("register-row")).toHaveCount(0);
    await page.goBack();
  }
  const due = Number(await page.getByTestId("fig-referrals-due-value").textContent());
  expect(due).toBeGreaterThan(0);
  await page.getByTestId("fig-referrals-due").click();
  await expect(page.getByTestId("board-row")).toHaveCount(due);
});
