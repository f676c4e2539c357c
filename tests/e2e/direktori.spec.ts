// Why: the district's directory as its users use it: found by a name word, phone digits or a service word and filtered
// by kind, area, target group and service; an entry with its referrals, partner programmes and meetings; an entry
// added (a missing name refused in place), corrected, confirmed, deleted and brought back; read-only for the pemerhati.
import { type Page } from "@playwright/test";
import { emptyProgramme } from "../../shared/domain/community";
import {
  choose,
  demo,
  expect,
  loadDemo,
  login,
  logout,
  shot as fullShot,
  shownDay,
  test,
  testDay,
} from "./support";

const NAME = "Pertubuhan Kebajikan Ibu Tunggal Sentosa";
const CLINIC = "Klinik Kesihatan Pantai";
const PROGRAMME = "Karnival Kesihatan Komuniti PPR";

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

/**
 * Names the clinic as a partner of a programme and as the organisation of a meeting's attendee, as the programme and
 * meeting forms store them (partnerIds; attendees' organisationId and the derived organisationIds). Written straight
 * into IndexedDB: choosing a directory entry in those forms is another journey's work.
 */
async function linkClinic(page: Page): Promise<void> {
  await page.evaluate(
    async ({ clinic, programme, day }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open("rekod-komuniti");
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const r = idb.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result as T[]);
          r.onerror = () => reject(r.error);
        });
      const org = (await all<{ id: string; name: string }>("organisations")).find((o) => o.name === clinic)!;
      const site = (await all<{ id: string; code: string }>("sites")).find((s) => s.code === "SPT")!;
      const meta = (id: string) => ({
        id,
        rev: 1,
        createdAt: `${day}T01:00:00.000Z`,
        createdBy: "system",
        updatedAt: `${day}T01:00:00.000Z`,
        updatedBy: "system",
        deletedAt: null,
      });
      const tx = idb.transaction(["programmes", "meetings"], "readwrite");
      tx.objectStore("programmes").put({
        ...meta("00000000000000000000PROGR1"),
        ...programme,
        siteId: site.id,
        partnerIds: [org.id],
      });
      tx.objectStore("meetings").put({
        ...meta("00000000000000000000MEETG1"),
        siteId: site.id,
        date: day,
        time: "10:00",
        type: "dialog",
        venue: "Bilik Gerakan PPR Seri Pantai",
        attendees: [{ stakeholderId: null, name: "Dr. Farah Hanim", organisationId: org.id }],
        organisationIds: [org.id],
        agenda: "",
        minutes: "",
        decisions: "",
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
    },
    {
      clinic: CLINIC,
      programme: {
        ...emptyProgramme("", testDay(-3)),
        title: PROGRAMME,
        venue: "Dewan Serbaguna PPR Seri Pantai",
      },
      day: testDay(-3),
    },
  );
}

/** Types into the list's search box and waits for the address to carry it (the list follows the settled text). */
async function search(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(text);
  await expect(page).toHaveURL(new RegExp(`${label === "Cari" ? "cari" : "khidmat"}=`));
}

test("the PKMD finds, adds, corrects, confirms and deletes a directory entry; the pemerhati only reads", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await login(page, demo.pkmd);
  await linkClinic(page);
  await page.getByRole("link", { name: "Direktori", exact: true }).click();
  const rows = page.getByTestId("directory-row");
  await expect(page.getByText("10 organisasi.")).toBeVisible();
  await expect(rows).toHaveCount(10);

  // A new entry: no name is refused under the field and nothing is saved.
  await page.getByRole("link", { name: "Tambah organisasi" }).click();
  const form = page.getByTestId("directory-form");
  await choose(page, "Jenis", "CBO (organisasi berasaskan komuniti)");
  await form.getByRole("button", { name: "Simpan organisasi" }).click();
  await expect(form.getByText("Wajib diisi.")).toHaveCount(1);
  await expect(page.getByLabel("Nama organisasi")).toHaveAttribute("aria-invalid", "true");
  await shot(page, "direktori-baru-salah");
  await page.getByLabel("Nama organisasi").fill(NAME);
  await page.getByLabel("Mukim / kawasan").fill("Mukim Kuala Lumpur");
  await page.getByLabel("No. telefon", { exact: true }).fill("03-7980 1234");
  await page.getByLabel("Ketua", { exact: true }).fill("Puan Rosnah binti Ali");
  await page.getByRole("combobox", { name: "Kumpulan sasar yang dilayani" }).click();
  await page.getByRole("option", { name: "Ibu Tunggal", exact: true }).click();
  await page.getByRole("option", { name: "Kanak-kanak", exact: true }).click();
  await page.keyboard.press("Escape");
  const services = page.getByRole("combobox", { name: "Perkhidmatan", exact: true });
  await services.fill("Kaunseling keluarga");
  await services.press("Enter");
  await services.fill("Bantuan makanan");
  await services.press("Enter");
  await shot(page, "direktori-baru");
  await form.getByRole("button", { name: "Simpan organisasi" }).click();
  await expect(page.getByTestId("directory-title")).toHaveText(NAME);
  await expect(page.getByTestId("directory-confirmed")).toHaveText("Disahkan pada: Belum disahkan");
  await expect(page.getByTestId("directory-referrals")).toContainText("Tiada kes dirujuk");

  // Corrected: the head's post, saved on the entry's own page.
  await page.getByLabel("Jawatan ketua").fill("Pengerusi");
  await form.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Disimpan.")).toBeVisible();

  // Confirmed today in one action.
  await page.getByRole("button", { name: "Sahkan hari ini" }).click();
  await expect(page.getByText(`${NAME} disahkan pada ${shownDay()}.`)).toBeVisible();
  await expect(page.getByTestId("directory-confirmed")).toHaveText(`Disahkan pada: ${shownDay()}`);
  await expect(page.getByLabel("Disahkan pada")).toHaveValue(shownDay());
  await shot(page, "direktori-entri-baru");

  // Found by a name word, by phone digits, by a service word.
  await page.getByRole("link", { name: "Direktori organisasi" }).click();
  await expect(page.getByText("11 organisasi.")).toBeVisible();
  await search(page, "Cari", "sentosa");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(NAME);
  await search(page, "Cari", "03-7980 12");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(NAME);
  await expect(rows).toContainText("03-7980 1234");
  await search(page, "Cari", "kaunseling");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(NAME);
  await search(page, "Cari", "kesihatan");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(CLINIC);
  await search(page, "Cari", "tiada sesiapa");
  await expect(page.getByTestId("directory-empty")).toHaveText("Tiada organisasi yang sepadan.");
  await page.getByTestId("directory-clear").click();
  await expect(rows).toHaveCount(11);

  // Filtered by kind, area, target group and service, alone and together.
  await choose(page, "Jenis", "Agensi kerajaan");
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId("directory")).not.toContainText(NAME);
  await choose(page, "Jenis", "CBO (organisasi berasaskan komuniti)");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(NAME);
  await page.getByTestId("directory-clear").click();
  await expect(rows).toHaveCount(11);
  await choose(page, "Mukim / kawasan", "Mukim Kuala Lumpur");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(NAME);
  await page.getByTestId("directory-clear").click();
  await choose(page, "Kumpulan sasar", "Ibu Tunggal");
  await expect(rows).toHaveCount(1);
  await search(page, "Perkhidmatan", "makanan");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(NAME);
  await shot(page, "direktori-tapis");
  await search(page, "Perkhidmatan", "perubatan");
  await expect(page.getByTestId("directory-empty")).toBeVisible();
  await choose(page, "Kumpulan sasar", "OKU");
  await search(page, "Perkhidmatan", "makanan");
  await expect(page.getByTestId("directory-empty")).toBeVisible();
  await page.getByTestId("directory-clear").click();
  await expect(rows).toHaveCount(11);
  await shot(page, "direktori");

  // An entry with what points at it: referrals, a programme naming it as partner, a meeting its doctor attended.
  await rows.getByRole("link", { name: CLINIC }).click();
  await expect(page.getByTestId("directory-title")).toHaveText(CLINIC);
  await expect(page.getByTestId("directory-referral").first()).toContainText(/\/2026\/\d{4}/);
  expect(await page.getByTestId("directory-referral").count()).toBeGreaterThan(3);
  await expect(page.getByTestId("directory-programme")).toHaveCount(1);
  await expect(page.getByTestId("directory-programme")).toContainText(
    `${shownDay(-3)}${PROGRAMME}PPR Seri PantaiDirancang`,
  );
  await expect(page.getByTestId("directory-meeting")).toHaveCount(1);
  await expect(page.getByTestId("directory-meeting")).toContainText("Dialog · Bilik Gerakan PPR Seri Pantai");
  await expect(page.getByTestId("directory-meeting")).toContainText("Dr. Farah Hanim");
  await shot(page, "direktori-entri");
  await page.getByTestId("directory-referral").first().getByRole("link").click();
  await expect(page.getByTestId("case-title")).toBeVisible();
  await page.goBack();

  // Deleted, then brought back with Buat asal.
  await page.goto("/#/direktori?cari=sentosa");
  await rows.getByRole("link", { name: NAME }).click();
  await expect(page.getByTestId("directory-title")).toHaveText(NAME);
  await page.getByRole("button", { name: "Padam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Padam" }).click();
  await expect(page.getByText(`${NAME} dipindahkan ke Tong Sampah.`)).toBeVisible();
  await expect(page.getByText("10 organisasi.")).toBeVisible();
  await expect(page.getByTestId("directory")).not.toContainText(NAME);
  await page.getByRole("button", { name: "Buat asal" }).click();
  await expect(page.getByTestId("directory-title")).toHaveText(NAME);
  await expect(page.getByLabel("Jawatan ketua")).toHaveValue("Pengerusi");
  await page.getByRole("link", { name: "Direktori organisasi" }).click();
  await expect(page.getByText("11 organisasi.")).toBeVisible();

  // The review list names its entries as links to them.
  await page.getByRole("link", { name: "Semak direktori" }).click();
  await page.getByTestId("review-row").getByRole("link", { name: "PERKESO Kuala Lumpur" }).click();
  await expect(page.getByTestId("directory-title")).toHaveText("PERKESO Kuala Lumpur");

  // The pemerhati reads the same entry and cannot change it.
  await logout(page);
  await login(page, demo.observer);
  await page.getByRole("link", { name: "Direktori", exact: true }).click();
  await expect(page.getByRole("link", { name: "Tambah organisasi" })).toHaveCount(0);
  await search(page, "Cari", "ibu tunggal");
  await rows.getByRole("link", { name: NAME }).click();
  await expect(page.getByTestId("directory-title")).toHaveText(NAME);
  await expect(page.getByLabel("Nama organisasi")).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("Jawatan ketua")).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: /^Simpan/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Padam" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sahkan hari ini" })).toHaveCount(0);
  await page.getByLabel("Jawatan ketua").pressSequentially("x");
  await expect(page.getByLabel("Jawatan ketua")).toHaveValue("Pengerusi");
  await shot(page, "direktori-pemerhati");
});
