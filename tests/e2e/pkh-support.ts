// Why: every PKH journey starts from a PKH office set up through the screens (Indonesian), with one wilayah
// dampingan and its pendamping.
import type { Locator, Page } from "@playwright/test";
import { choose, expect, login, logout } from "./support";

export const pkhAdmin = { username: "dewi", password: "Sleman#2026", name: "Dewi Lestari" };
export const pendamping = { username: "rina", password: "Pendamping#26", name: "Rina Marlina" };
export const wilayah = { code: "DPK", name: "Kecamatan Depok" };

/** Fills the first-run form as a PKH office (Sleman, DI Yogyakarta) and waits for the login screen. */
export async function setupPkhOffice(page: Page): Promise<void> {
  await page.goto("/");
  await choose(page, "Pakej negara", "PKH Indonesia");
  await expect(page.getByRole("heading", { name: "Selamat datang di Rekod Komuniti" })).toBeVisible();
  await choose(page, "Provinsi", "DI Yogyakarta");
  await page.getByLabel("Kabupaten/Kota").fill("Sleman");
  await page.getByLabel("Nama unit pelaksana").fill("UPPKH Kabupaten Sleman");
  await page.getByLabel("Alamat").fill("Jl. Parasamya No. 1, Beran, Tridadi, Sleman");
  await page.getByLabel("No. telepon").fill("0274 868405");
  await page.getByLabel("Email unit pelaksana").fill("uppkh.sleman@example.go.id");
  await page.getByLabel("Nama lengkap").fill(pkhAdmin.name);
  await page.getByLabel("Nama pengguna").fill(pkhAdmin.username);
  await page.getByRole("textbox", { name: "Kata sandi", exact: true }).fill(pkhAdmin.password);
  await page.getByLabel("Ulangi kata sandi").fill(pkhAdmin.password);
  await page.getByRole("button", { name: "Simpan dan mulai" }).click();
  await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible({ timeout: 30_000 });
}

/** A PKH office with wilayah DPK and its pendamping; ends logged in as the pendamping (or `as` the admin). */
export async function pkhOffice(page: Page, as: "pendamping" | "admin" = "pendamping"): Promise<void> {
  await setupPkhOffice(page);
  await login(page, pkhAdmin);
  await page.goto("/#/tapak/baru");
  await page.getByLabel("Kode wilayah").fill(wilayah.code);
  await page.getByLabel("Nama kecamatan").fill(wilayah.name);
  await page.getByLabel("Alamat").fill("Jl. Perumnas, Condongcatur, Depok, Sleman");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: wilayah.name })).toBeVisible();
  await page.goto("/#/pengguna/baru");
  await page.getByLabel("Nama lengkap").fill(pendamping.name);
  await page.getByLabel("Nama pengguna").fill(pendamping.username);
  await page.getByRole("textbox", { name: "Kata sandi", exact: true }).fill(pendamping.password);
  await page.getByLabel("Ulangi kata sandi").fill(pendamping.password);
  await choose(page, "Peran", "Pendamping");
  await choose(page, "Wilayah yang didampingi", new RegExp(wilayah.code));
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("users-table")).toContainText(pendamping.username);
  if (as === "admin") return;
  await logout(page);
  await login(page, pendamping);
}

/** Chooses an option of a select inside `scope`. */
export async function pick(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

export type Member = { name: string; nik: string; relationship: string; school?: string; hpl?: string };

/** Adds a member row to the open KPM form and fills it. */
export async function addMember(page: Page, m: Member): Promise<Locator> {
  await page.getByRole("button", { name: "Tambah anggota" }).click();
  const row = page.getByTestId("member-row").last();
  await row.getByLabel("Nama lengkap").fill(m.name);
  await row.getByLabel("NIK").fill(m.nik);
  await pick(page, row, "Hubungan keluarga", m.relationship);
  if (m.school) await pick(page, row, "Jenjang sekolah", m.school);
  if (m.hpl) await row.getByLabel("Hamil: hari perkiraan lahir (HPL)").fill(m.hpl);
  return row;
}

/** Opens a new KPM form from the register and fills the household's fields. */
export async function household(page: Page, no: string, head: string, desa: string): Promise<void> {
  await page.getByRole("link", { name: "KPM", exact: true }).click();
  await page.getByRole("link", { name: "Daftarkan KPM" }).click();
  await page.getByLabel("No. KPM / RTSM").fill(no);
  await page.getByLabel("Pengurus (ibu / pengasuh)").fill(head);
  await page.getByLabel("Alamat").fill(`Dusun ${desa} RT 02 RW 05`);
  await page.getByLabel("Desa/Kelurahan").fill(desa);
  await page.getByLabel("No. rekening bank").fill(`0091${no.slice(-6)}`);
}

/** Saves the KPM form and waits for its page. */
export async function save(page: Page, no: string): Promise<void> {
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { name: `KPM ${no}` })).toBeVisible();
}

/** As the administrator: names the koordinator who checks the documents (Pengaturan), as documents need. */
export async function nameCoordinator(page: Page, name = "Budi Santoso"): Promise<void> {
  await page.goto("/#/tetapan");
  const field = page.getByLabel("Nama koordinator (pemeriksa laporan)");
  await field.fill(name);
  await field.locator("xpath=ancestor::form").getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tersimpan.").first()).toBeVisible();
}

/** Forms a group through its screen with the KPM found by `find` (name or No. KPM) and chosen as `name`. */
export async function formGroup(
  page: Page,
  group: string,
  kpm: readonly { find: string; name: string }[],
  ketua?: string,
): Promise<void> {
  await page.getByRole("link", { name: "Kelompok", exact: true }).click();
  await page.getByRole("link", { name: "Bentuk kelompok" }).click();
  await page.getByLabel("Nama kelompok").fill(group);
  for (const k of kpm) {
    await page.getByLabel("Tambah KPM ke kelompok").fill(k.find);
    await page.getByRole("button", { name: `Tambahkan ${k.name} ke kelompok` }).click();
  }
  await expect(page.getByTestId("roster-row")).toHaveCount(kpm.length);
  if (ketua) await pick(page, page.locator("form"), "Ketua kelompok", ketua);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { name: group })).toBeVisible();
}
