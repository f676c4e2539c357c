// Why: issue 14 item 5 (the PKMD desk) end to end on the demo office: the PKMD opens "Meja PKMD" from the menu, every
// site is one row, a site's figures equal what the register and the weekly board show for the same filter (clicked
// through), and no site has sent last month's pack yet.
import { demo, expect, loadDemo, login, MONTHS, previousMonth, shot, test } from "./support";

const leadingNumber = (text: string | null) => Number(/\d+/.exec(text ?? "")?.[0] ?? NaN);

test("the PKMD's desk shows every site side by side, and its figures lead to the same records", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.pkmd);
  await expect(page.getByTestId("home-desk-link")).toHaveText("Buka Meja PKMD");
  await page.getByRole("link", { name: "Meja PKMD", exact: true }).click();
  await expect(page).toHaveURL(/#\/meja$/);
  await expect(page.getByRole("heading", { name: "Meja PKMD" })).toBeVisible();
  const { year, month } = previousMonth();
  await expect(page.getByTestId("month-label")).toHaveText(`${MONTHS[month - 1]} ${year}`);
  const rows = page.getByTestId("desk-row");
  await expect(rows.first()).toBeVisible();
  const siteCount = await rows.count();
  expect(siteCount).toBeGreaterThanOrEqual(2);
  // Last month's pack: no site has sent it in the demo office.
  await expect(page.getByTestId("desk-pack")).toHaveText(Array(siteCount).fill("Belum dihantar"));
  await expect(page.getByTestId("desk-complaints")).toContainText("Aduan KPN lewat (daerah)");
  await shot(page, "meja-pkmd");

  // The first site's cases of last month: the register filtered by that site and month shows the same count.
  const row = rows.first();
  const cases = leadingNumber(await row.getByTestId("desk-cases").textContent());
  expect(cases).toBeGreaterThan(0);
  await row.getByTestId("desk-cases").click();
  await expect(page).toHaveURL(/#\/buku-rekod\?tapak=.+&dari=.+&hingga=/);
  await expect(page.getByTestId("register-count")).toHaveText(new RegExp(`^${cases}\\b`));

  // Its overdue checks: the weekly board for that site shows the same number overdue.
  await page.goBack();
  const back = page.getByTestId("desk-row").first();
  const overdue = leadingNumber(await back.getByTestId("desk-overdueChecks").textContent());
  await back.getByTestId("desk-overdueChecks").click();
  await expect(page).toHaveURL(/#\/semakan\?tapak=/);
  await expect(page.getByTestId("board-all-sites")).toBeVisible();
  if (overdue > 0) await expect(page.getByTestId("board-summary")).toContainText(`${overdue} lewat semak`);
  else await expect(page.getByText(/[1-9]\d* lewat semak/)).toHaveCount(0);

  // The district's totals are the sum of the rows.
  await page.goBack();
  await expect(page.getByTestId("desk-row")).toHaveCount(siteCount);
  const all = await page.getByTestId("desk-cases").allTextContents();
  await expect(page.getByTestId("desk-total-cases")).toHaveText(
    String(all.reduce((n, t) => n + leadingNumber(t), 0)),
  );
});
