// Why: every PKH journey starts from a PKH office set up through the screens (Indonesian), with one wilayah
// dampingan and its pendamping.
import type { Page } from "@playwright/test";
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
