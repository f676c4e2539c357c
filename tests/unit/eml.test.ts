import { describe, expect, it } from "vitest";
import { attachmentBytes, buildEml, encodeHeader } from "../../shared/email/eml";

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
    expect(eml).toContain(`Subject: ${encodeHeader("Laporan bulanan — Oktober 2026")}`);
    expect(encodeHeader("Laporan bulanan — Oktober 2026")).toMatch(/^=\?UTF-8\?B\?/);
    const part = eml.split("--BOUNDARY")[2]!;
    expect(part).toContain('filename="statistik-kes_ppr-seri-pantai_2026-10.xlsx"');
    const b64 = part.split("\r\n\r\n")[1]!.replace(/\r\n/g, "");
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    expect(Array.from(bytes)).toEqual(Array.from(data));
    expect(attachmentBytes({ attachments: [{ fileName: "a", contentType: "a/b", data }] })).toBe(200);
  });
});
