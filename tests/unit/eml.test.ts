import { describe, expect, it } from "vitest";
import { attachmentBytes, buildEml, encodeHeader, foldedHeader } from "../../shared/email/eml";

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe(".eml draft", () => {
  const data = new Uint8Array(200).map((_, i) => i);
  const eml = decode(
    buildEml({
      to: ["pkmd@contoh.gov.my"],
      subject: "Laporan bulanan — Oktober 2026",
      body: "Tuan,\nSila lihat lampiran.",
      attachments: [
        {
          fileName: "statistik-kes_ppr-seri-pantai_2026-10.xlsx",
          contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          data,
        },
      ],
      date: new Date("2026-11-01T08:00:00Z"),
      boundary: "BOUNDARY",
    }),
  );

  it("is an unsent MIME multipart draft with CRLF lines", () => {
    expect(eml).toContain("X-Unsent: 1\r\n");
    expect(eml).toContain("MIME-Version: 1.0\r\n");
    expect(eml).toContain('Content-Type: multipart/mixed; boundary="BOUNDARY"');
    expect(eml).toContain("To: pkmd@contoh.gov.my\r\n");
    expect(eml.trimEnd().endsWith("--BOUNDARY--")).toBe(true);
    expect(eml.split("\n").every((l) => l === "" || l.endsWith("\r") || l === eml.split("\n").at(-1))).toBe(
      true,
    );
  });
  it("encodes a non-ASCII subject and carries the attachment bytes intact", () => {
    expect(eml).toContain(`Subject: ${encodeHeader("Laporan bulanan — Oktober 2026")}\r\n`);
    expect(encodeHeader("Laporan bulanan — Oktober 2026")).toMatch(/^=\?UTF-8\?B\?/);
    const part = eml.split("--BOUNDARY")[2]!;
    expect(part).toContain('filename="statistik-kes_ppr-seri-pantai_2026-10.xlsx"');
    const b64 = part.split("\r\n\r\n")[1]!.replace(/\r\n/g, "");
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    expect(Array.from(bytes)).toEqual(Array.from(data));
    expect(attachmentBytes({ attachments: [{ fileName: "a", contentType: "a/b", data }] })).toBe(200);
  });
});

/** The header's value as a mail program reads it: unfolded, encoded-words decoded (strictly, as UTF-8) and joined. */
function readHeader(folded: string): string {
  const unfolded = folded.replace(/\r\n /g, " ").replace(/^[^:]+: /, "");
  const words = /^(=\?UTF-8\?B\?[A-Za-z0-9+/=]*\?=)( =\?UTF-8\?B\?[A-Za-z0-9+/=]*\?=)*$/.test(unfolded);
  if (!words) return unfolded;
  return unfolded
    .split(" ")
    .map((w) => {
      const bytes = Uint8Array.from(atob(w.slice(10, -2)), (c) => c.charCodeAt(0));
      // Each word must hold whole characters: a strict decoder refuses half a character.
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    })
    .join("");
}

describe("the Subject header is folded as RFC 5322 asks", () => {
  const subjects = [
    "SULIT: Senarai Status Rujukan, Laporan Statistik Kes Yang Dilayan Mengikut Bulan, Laporan Pelaksanaan Program dan Aktiviti PPR — Daerah Lembah Pantai — Oktober 2026",
    "Laporan — ".repeat(12),
    "Ringkas",
    "—".repeat(40) + "é".repeat(7) + "😀".repeat(9),
    "A".repeat(120),
    "SULIT: Senarai Status Rujukan - PPR Seri Pantai - Oktober 2026 (dokumen sulit, jangan dimajukan kepada pihak lain)",
  ];

  it("keeps every line within 78 characters and every encoded-word within 75, whole characters in each", () => {
    for (const subject of subjects) {
      const folded = foldedHeader("Subject", subject);
      const lines = folded.split("\r\n");
      expect(lines[0]!.startsWith("Subject: ")).toBe(true);
      for (const [i, line] of lines.entries()) {
        // A single word longer than a line (120 letters) may only stand alone on its line.
        if (!/^ ?\S+$/.test(line.replace(/^Subject: /, "")) || line.length <= 78)
          expect(line.length).toBeLessThanOrEqual(78);
        if (i > 0) expect(line.startsWith(" ")).toBe(true);
        for (const w of line.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(w.length).toBeLessThanOrEqual(75);
      }
      expect(readHeader(folded)).toBe(subject);
    }
  });

  it("writes the folded subject into the draft, which reads back whole", () => {
    const subject = subjects[0]!;
    const eml = decode(
      buildEml({
        to: ["pkmd@contoh.gov.my"],
        subject,
        body: "x",
        attachments: [],
        date: new Date(0),
        boundary: "B",
      }),
    );
    const header = /\r\n(Subject: [\s\S]*?)\r\n(?! )/.exec(eml)![1]!;
    expect(header.split("\r\n").length).toBeGreaterThan(1);
    expect(readHeader(header)).toBe(subject);
    for (const line of eml.split("\r\n\r\n")[0]!.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
  });
});
