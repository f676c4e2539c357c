// Why: a pendamping registers KPM households with their members (NIK fills date of birth and sex; an impossible NIK
// is refused, a disagreeing sex warned), sees the components derived for today, forms a group with its ketua and
// finds a KPM from the header by NIK.
import { expect, shot, shownDay, test } from "./support";
import { addMember, household, pick, pkhOffice, save } from "./pkh-support";

test("KPM register: three households with members, components, a group with its ketua, header search by NIK", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await pkhOffice(page);

  // 1. Siti Aminah with a schoolboy; a NIK of 15 digits is refused first, then corrected.
  await household(page, "3404070001", "Siti Aminah", "Condongcatur");
  const siti = await addMember(page, { name: "Siti Aminah", nik: "340407520390000", relationship: "Istri" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(siti.getByText("NIK harus 16 angka")).toBeVisible();
  await siti.getByLabel("NIK").fill("3404075203900001");
  await expect(siti.getByLabel("Tanggal lahir")).toHaveValue("12/03/1990");
  await expect(siti.getByRole("combobox", { name: "Jenis kelamin", exact: true })).toHaveValue("Perempuan");
  await addMember(page, {
    name: "Bagus Santoso",
    nik: "3404070107150002",
    relationship: "Anak",
    school: "SD",
  });
  await save(page, "3404070001");
  await expect(page.getByTestId("components-panel")).toContainText("Anak SD");

  // 2. Wati Lestari, pregnant, with three children under six: one over the limit, named and why.
  await household(page, "3404070002", "Wati Lestari", "Caturtunggal");
  await addMember(page, {
    name: "Wati Lestari",
    nik: "3404074506880003",
    relationship: "Istri",
    hpl: shownDay(60),
  });
  await addMember(page, { name: "Raka Pratama", nik: "3404071203210004", relationship: "Anak" });
  await addMember(page, { name: "Putri Ayu", nik: "3404075508220005", relationship: "Anak" });
  await addMember(page, { name: "Dimas Aji", nik: "3404070101240006", relationship: "Anak" });
  await save(page, "3404070002");
  const panel = page.getByTestId("components-panel");
  await expect(panel).toContainText("Ibu hamil");
  await expect(panel).toContainText("melebihi batas 2 anak usia dini");
  await shot(page, "pkh-kpm-household");

  // 3. Sri Rahayu, 76: a typed sex that disagrees with the NIK is a warning, not a refusal.
  await household(page, "3404070003", "Sri Rahayu", "Condongcatur");
  const sri = await addMember(page, {
    name: "Sri Rahayu",
    nik: "3404074702500007",
    relationship: "Kepala keluarga",
  });
  await pick(page, sri, "Jenis kelamin", "Laki-laki");
  await expect(sri.getByTestId("nik-warning")).toBeVisible();
  await save(page, "3404070003");
  await expect(page.getByTestId("components-panel")).toContainText("Lanjut usia");

  await page.getByRole("link", { name: "KPM", exact: true }).click();
  await expect(page.getByTestId("kpm-row")).toHaveCount(3);
  await expect(page.getByTestId("kpm-total")).toHaveText("3 KPM");
  await shot(page, "pkh-kpm-list");

  // A group with two KPM; Siti is its ketua (joined today).
  await page.getByRole("link", { name: "Kelompok", exact: true }).click();
  await page.getByRole("link", { name: "Bentuk kelompok" }).click();
  await page.getByLabel("Nama kelompok").fill("Mawar");
  await page.getByLabel("Desa/Kelurahan").fill("Condongcatur");
  const find = page.getByLabel("Tambah KPM ke kelompok");
  await find.fill("Siti");
  await page.getByRole("button", { name: "Tambahkan Siti Aminah ke kelompok" }).click();
  await find.fill("3404070003");
  await page.getByRole("button", { name: "Tambahkan Sri Rahayu ke kelompok" }).click();
  await expect(page.getByTestId("roster-row")).toHaveCount(2);
  await pick(page, page.locator("form"), "Ketua kelompok", "Siti Aminah (3404070001)");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Mawar" })).toBeVisible();
  await expect(page.getByTestId("leader-joined")).toContainText(shownDay(0));
  await shot(page, "pkh-kelompok");
  await page.getByRole("link", { name: "Kelompok", exact: true }).click();
  await expect(page.getByTestId("group-row")).toContainText(["Mawar"]);
  await expect(page.getByTestId("group-row")).toContainText("Siti Aminah");

  // The header search finds a KPM by a member's NIK.
  await page.getByTestId("search-button").click();
  await page.getByTestId("search-input").fill("3404070107150002");
  await expect(page.getByTestId("search-kpm")).toHaveCount(1);
  await expect(page.getByTestId("search-kpm")).toContainText("Bagus Santoso");
  await page.getByTestId("search-kpm").click();
  await expect(page.getByRole("heading", { name: "KPM 3404070001" })).toBeVisible();
});
