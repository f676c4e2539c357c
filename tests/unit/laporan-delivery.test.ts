// Why: the rules around delivering documents: which settings are missing, what a logo file is, sizes and email words, progress order.
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { imageKind } from "../../shared/domain/images";
import { missingReportSettings, pkmdPost, reportSettingsSchema } from "../../shared/domain/office";
import { postOf } from "../../renderer/features/laporan/figures";
import { runJobs } from "../../renderer/features/laporan/generate/protocol";
import { emailText, periodSlugOf } from "../../renderer/features/laporan/mail";
import { formatBytes } from "../../renderer/app/format";
import { buildResources } from "../../renderer/i18n/resources";

const office = {
  address: "Tingkat 3, Kompleks Kerajaan",
  phone: "03-2282 1234",
  report: { pkmdName: "Encik Rahman bin Yusof", pkmdPost: "", pkmdEmail: "pkmd@contoh.gov.my" },
};

describe("document settings", () => {
  it("names nothing when the letterhead and signatory are set", () => {
    expect(missingReportSettings(office)).toEqual([]);
    expect(missingReportSettings(office, { email: true })).toEqual([]);
  });

  it("names the signatory, and the pack's address only when an email is to be made", () => {
    const noName = { ...office, report: { ...office.report, pkmdName: "  ", pkmdEmail: "" } };
    expect(missingReportSettings(noName)).toEqual(["office.pkmdName"]);
    expect(missingReportSettings(noName, { email: true })).toEqual(["office.pkmdName", "office.pkmdEmail"]);
    // An office set up before these settings existed has none of them.
    expect(missingReportSettings({ address: "", phone: "03-1", report: undefined })).toEqual([
      "office.address",
      "office.pkmdName",
    ]);
  });

  it("signs with the post the administrator wrote, else the role's usual post", () => {
    expect(postOf({ role: "ppk" })).toBe("Pekerja Pembangunan Komuniti");
    expect(postOf({ role: "ppk", jawatan: "  " })).toBe("Pekerja Pembangunan Komuniti");
    expect(postOf({ role: "ppk", jawatan: "PPK Kanan" })).toBe("PPK Kanan");
  });

  it("prints the usual post when none is written, and refuses a malformed address", () => {
    expect(pkmdPost(office)).toBe("Pegawai Kebajikan Masyarakat Daerah");
    expect(pkmdPost({ report: { ...office.report, pkmdPost: "Timbalan PKMD" } })).toBe("Timbalan PKMD");
    expect(reportSettingsSchema.safeParse({ ...office.report, pkmdEmail: "bukan-emel" }).success).toBe(false);
    expect(reportSettingsSchema.safeParse({ ...office.report, pkmdEmail: "" }).success).toBe(true);
  });
});

describe("logo files", () => {
  it("knows PNG and JPEG by their first bytes, whatever the name says", () => {
    expect(imageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(imageKind(new TextEncoder().encode("%PDF-1.7"))).toBeNull();
    expect(imageKind(new TextEncoder().encode("bukan gambar"))).toBeNull();
    expect(imageKind(new Uint8Array([0x89, 0x50]))).toBeNull();
  });
});

describe("sizes and email words", () => {
  beforeAll(async () => {
    const r = buildResources();
    await i18next.init({
      lng: "ms",
      resources: { ms: { translation: r.ms }, en: { translation: r.en }, id: { translation: r.id } },
    });
  });

  it("shows sizes a person can weigh against a slow line", () => {
    expect(formatBytes(900)).toBe("900 B");
    expect(formatBytes(56 * 1024 + 100)).toBe("56 KB");
    expect(formatBytes(3.4 * 1024 * 1024)).toBe("3.4 MB");
  });

  it("writes the subject and body in the office's language, naming the documents, place and month", () => {
    const choice = { sites: [{ id: "s1", code: "SPH", name: "PPR Seri Pahang" }], year: 2026, month: 10 };
    expect(periodSlugOf(choice)).toBe("2026-10");
    const mail = emailText(
      i18next.t,
      { language: "ms", district: "Lembah Pantai" },
      "Aminah binti Said",
      [
        { name: "Laporan Statistik Kes Yang Dilayan Mengikut Bulan", sulit: false },
        { name: "Senarai Status Rujukan", sulit: true },
      ],
      choice,
    );
    // A draft carrying a SULIT document says so: first in the subject, in the list and in a note leading the body.
    expect(mail.subject).toBe(
      "SULIT: Laporan Statistik Kes Yang Dilayan Mengikut Bulan, Senarai Status Rujukan — PPR Seri Pahang — Oktober 2026",
    );
    expect(mail.body).toContain("bagi PPR Seri Pahang untuk bulan Oktober 2026");
    expect(mail.body).toContain(
      "1. Laporan Statistik Kes Yang Dilayan Mengikut Bulan\r\n2. Senarai Status Rujukan (SULIT)",
    );
    expect(
      mail.body.startsWith("SULIT: e-mel ini membawa dokumen terperingkat SULIT (Senarai Status Rujukan)."),
    ).toBe(true);
    expect(mail.body.endsWith("Aminah binti Said")).toBe(true);
    expect(mail.draftName).toBe("emel_ppr-seri-pahang_2026-10.eml");
    const plain = emailText(
      i18next.t,
      { language: "en", district: "Lembah Pantai" },
      "X",
      [{ name: "A", sulit: false }],
      choice,
    );
    expect(plain.subject).toBe("A — PPR Seri Pahang — October 2026");
    expect(`${plain.subject}\n${plain.body}`).not.toContain("SULIT");
    const en = emailText(
      i18next.t,
      { language: "en", district: "Lembah Pantai" },
      "X",
      [{ name: "B", sulit: true }],
      choice,
    );
    expect(en.subject).toBe("SULIT: B — PPR Seri Pahang — October 2026");
    expect(en.body).toContain("1. B (SULIT)");
    const district = emailText(
      i18next.t,
      { language: "ms", district: "Lembah Pantai" },
      "X",
      [{ name: "A", sulit: false }],
      {
        ...choice,
        sites: [...choice.sites, { id: "s2", code: "SPT", name: "PPR Seri Pantai" }],
      },
    );
    expect(district.subject).toContain("Daerah Lembah Pantai");
    expect(district.draftName).toBe("emel_daerah-lembah-pantai_2026-10.eml");
  });
});

describe("making files", () => {
  it("makes them in order, saying before each which file it is, then that all are done", async () => {
    const heard: string[] = [];
    const files = await runJobs(
      [
        { writer: "statistik-kes.xlsx", model: "a", fileName: "a.xlsx" },
        { writer: "status-rujukan.xlsx", model: "b", fileName: "b.xlsx" },
      ],
      async (w) => async (m) => new TextEncoder().encode(`${w}:${String(m)}`) as Uint8Array<ArrayBuffer>,
      (done, total, name) => heard.push(`${done}/${total} ${name}`),
    );
    expect(heard).toEqual(["0/2 a.xlsx", "1/2 b.xlsx", "2/2 "]);
    expect(files.map((f) => new TextDecoder().decode(f))).toEqual([
      "statistik-kes.xlsx:a",
      "status-rujukan.xlsx:b",
    ]);
  });

  it("stops at a writer that fails, so no half set of files is offered", async () => {
    await expect(
      runJobs(
        [
          { writer: "statistik-kes.xlsx", model: 1, fileName: "a.xlsx" },
          { writer: "statistik-kes.docx", model: 2, fileName: "a.docx" },
        ],
        async (w) => async () => {
          if (w.endsWith("docx")) throw new Error("disk");
          return new Uint8Array(1);
        },
        () => undefined,
      ),
    ).rejects.toThrow("disk");
  });
});
