// Why: Laporan Siasatan Permohonan Bantuan (FORMATS.md, SULIT): one investigation with its income test against the PGK, computed once here.
import {
  assessIncome,
  orderMembers,
  rateOn,
  type IncomeAssessment,
  type InvestigationInput,
  type InvestigationStatus,
  type RateInput,
} from "../../domain/aid";
import type { AidScheme, Relationship } from "../../domain/codes";
import { OFFICE_TIME_ZONE, ageOn, todayIn } from "../../domain/dates";
import type { PersonInput } from "../../domain/person";
import {
  dmy,
  reportFileName,
  ringgit,
  signatureBlock,
  stampText,
  type Classification,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../frame/text";

export const SIASATAN_CODE = "siasatan";
export const SIASATAN_TITLE = "LAPORAN SIASATAN PERMOHONAN BANTUAN";

/*
 * Input: plain records. The renderer's InvestigationRecord, PersonRecord, CaseRecord, SiteRecord and RateRecord
 * satisfy these shapes as they are; only the fields read here are named.
 */
export type SzInvestigation = Pick<
  InvestigationInput,
  | "caseId"
  | "scheme"
  | "date"
  | "members"
  | "expenses"
  | "visitDate"
  | "findings"
  | "recommendation"
  | "recommendedScheme"
  | "recommendedAmount"
> & {
  id: string;
  siteId: string;
  /** The investigation's number ("SPH/2026/0042/S1"). */
  refNo?: string;
  status?: InvestigationStatus;
  /** An instant (ISO), set when the officer sent the investigation to the PKMD. */
  submittedAt: string | null;
  decision: "lulus" | "tidak-lulus" | null;
  decisionAmount: number | null;
  decisionNote: string;
  /** An instant (ISO), set when the PKMD recorded the decision. */
  decidedAt: string | null;
};
export type SzPerson = Pick<
  PersonInput,
  "name" | "docType" | "docNo" | "birthDate" | "sex" | "phone" | "block" | "unit"
> & { id?: string };
export type SzCase = { recordNo: string };
export type SzSite = { name: string; address: string };

export type SiasatanInput = {
  investigation: SzInvestigation;
  /** The applicant (the case's person). */
  applicant: SzPerson;
  case: SzCase;
  site: SzSite;
  /** PGK and scheme rates with their effective dates. */
  rates: readonly RateInput[];
  letterhead: Letterhead;
  stamp: GenerationStamp;
  /**
   * preparedBy: the investigating officer; reviewedBy: the PKMD. A missing date is taken from when the
   * investigation was sent (officer) or decided (PKMD), else left as a line to write it in.
   */
  signature: SignatureInput;
  /** Malay labels; defaults are the JKM labels of the siasatan screens. */
  labels?: {
    scheme?: Partial<Record<AidScheme, string>>;
    relationship?: Partial<Record<Relationship, string>>;
  };
};

/** The JKM monthly-aid schemes (renderer `siasatan.schemeName`). */
export const SCHEME_LABELS: Record<AidScheme, string> = {
  BKK: "Bantuan Kanak-Kanak (BKK)",
  BWE: "Bantuan Warga Emas (BWE)",
  EPOKU: "Elaun Pekerja OKU (EPOKU)",
  BTB: "Bantuan OKU Tidak Berupaya Bekerja (BTB)",
  BPT: "Bantuan Penjagaan OKU / Pesakit Kronik Terlantar (BPT)",
  BA: "Bantuan Am (BA)",
  BAT: "Bantuan Alat Tiruan / Alat Sokongan (BAT)",
  GP: "Geran Pelancaran (GP)",
};
/** Relationships to the head of household: the app's one list (renderer `code.relationship`, Malay). */
export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  ketua: "Ketua isi rumah",
  pasangan: "Suami / isteri",
  anak: "Anak",
  "ibu-bapa": "Ibu / Bapa",
  cucu: "Cucu",
  "adik-beradik": "Adik-beradik",
  "lain-lain": "Lain-lain",
};
export const DECISION_LABELS = { lulus: "Lulus", "tidak-lulus": "Tidak Lulus" } as const;

export type SzRow = { cells: string[]; bold?: boolean; section?: boolean };
export type SzTable = { id: "household" | "money"; columns: string[]; rows: SzRow[] };
export type SzBlock =
  | { kind: "fields"; rows: [string, string][] }
  | { kind: "table"; table: SzTable }
  | { kind: "text"; label?: string; lines: string[] }
  | { kind: "statement"; text: string }
  | { kind: "notes"; lines: string[] };
export type SzSection = { key: string; heading: string; blocks: SzBlock[] };

export type SiasatanModel = {
  code: typeof SIASATAN_CODE;
  title: string;
  subtitle: string[];
  classification: Classification;
  letterhead: Letterhead;
  stamp: string;
  signature: SignatureBlock;
  sections: SzSection[];
  /** The figures behind the text (assessIncome's, plus the balance and the rates used). */
  figures: IncomeAssessment & {
    /** Household income less expenses. */
    balance: number;
    /** The PGK rate's effective date (yyyy-mm-dd), null when no PGK is in force. */
    pgkFrom: string | null;
    /** The applicant's age on the investigation date. */
    age: number;
    /** The rate of the scheme recommended (or applied for) in force on the investigation date. */
    schemeRate: number | null;
  };
  /** "Pendapatan isi rumah RM x berbanding PGK RM y: di bawah PGK". */
  comparison: string;
  fileName: string;
};

const DASH = "-";

/** A money figure in a column headed "(RM)": "1,234.00". */
export function amountText(n: number): string {
  return ringgit(n).replace("RM ", "");
}

/** The office calendar day of a stored instant. */
function officeDay(instant: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(instant) ? instant : todayIn(OFFICE_TIME_ZONE, new Date(instant));
}

/** "No. C-05-12, Blok C, PPR Seri Pantai, Jalan Pantai Permai, 59200 Kuala Lumpur". */
export function addressOf(p: Pick<SzPerson, "block" | "unit">, site: SzSite): string {
  return [p.unit ? `No. ${p.unit}` : "", p.block ? `Blok ${p.block}` : "", site.name, site.address]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(", ");
}

function docNoOf(p: Pick<SzPerson, "docType" | "docNo">): string {
  if (!p.docNo) return p.docType === "none" ? "Tiada dokumen" : DASH;
  return p.docType === "passport" ? `${p.docNo} (Pasport)` : p.docNo;
}

/** "Pendapatan isi rumah RM x berbanding PGK RM y: di bawah / melebihi PGK", from assessIncome's verdict. */
export function comparisonText(a: IncomeAssessment, date: string): string {
  if (a.pgk === null || a.againstPgk === null)
    return `Tiada kadar PGK berkuat kuasa pada ${dmy(date)}: pendapatan isi rumah ${ringgit(a.householdIncome)} belum dapat dibandingkan.`;
  const verdict =
    a.againstPgk === "bawah"
      ? "di bawah PGK"
      : a.householdIncome === a.pgk
        ? "sama dengan PGK (tidak di bawah PGK)"
        : "melebihi PGK";
  return `Pendapatan isi rumah ${ringgit(a.householdIncome)} berbanding PGK ${ringgit(a.pgk)}: ${verdict}`;
}

/**
 * The recommended amount beside the scheme's rate, worded so that an amount other than the rate reads as the officer's
 * choice (several children under BKK, a reduced amount), never as a second, contradicting figure.
 */
export function amountAgainstRate(amount: number, scheme: string, rate: RateInput | null): string {
  if (!rate) return `Tiada kadar ${scheme} ditetapkan pada tarikh siasatan`;
  const since = `(kadar mulai ${dmy(rate.effectiveFrom)})`;
  if (rate.amount <= 0) return `Kadar ${scheme} tidak tetap: amaun mengikut keperluan ${since}`;
  const rateText = `kadar ${scheme} ${ringgit(rate.amount)} sebulan ${since}`;
  const amountSen = Math.round(amount * 100);
  const rateSen = Math.round(rate.amount * 100);
  if (amountSen === rateSen) return `Sama dengan ${rateText}`;
  if (amountSen > rateSen && amountSen % rateSen === 0) return `${amountSen / rateSen} x ${rateText}`;
  const diff = ringgit(Math.abs(amountSen - rateSen) / 100);
  return amountSen < rateSen ? `${diff} kurang daripada ${rateText}` : `${diff} melebihi ${rateText}`;
}

/** The whole report. Income, per capita and the PGK verdict are `assessIncome`'s; the PGK in force is `rateOn`'s. */
export function siasatanModel(input: SiasatanInput): SiasatanModel {
  const inv = input.investigation;
  const p = input.applicant;
  const scheme = { ...SCHEME_LABELS, ...input.labels?.scheme };
  const relation = { ...RELATIONSHIP_LABELS, ...input.labels?.relationship };
  const schemeName = (s: AidScheme | null) => (s ? (scheme[s] ?? s) : DASH);

  const a = assessIncome(inv, input.rates);
  const pgkRate = rateOn(input.rates, "PGK", inv.date);
  const rateScheme = (inv.recommendation === "lulus" && inv.recommendedScheme) || inv.scheme;
  const schemeRate = rateOn(input.rates, rateScheme, inv.date);
  const balance = (Math.round(a.householdIncome * 100) - Math.round(a.expenses * 100)) / 100;
  const age = ageOn(p.birthDate, inv.date);
  const comparison = comparisonText(a, inv.date);
  const members = orderMembers(inv.members, { personId: p.id, docNo: p.docNo });

  // A. Butiran pemohon
  const applicant: SzBlock = {
    kind: "fields",
    rows: [
      ["Nama", p.name],
      ["No. KP", docNoOf(p)],
      ["Umur (pada tarikh siasatan)", `${age} tahun`],
      ["Jantina", p.sex === "L" ? "Lelaki" : "Perempuan"],
      ["Alamat", addressOf(p, input.site)],
      ["Telefon", p.phone || DASH],
      ["Skim dipohon", schemeName(inv.scheme)],
      ["No. Rekod", input.case.recordNo || DASH],
      ["Tarikh siasatan", dmy(inv.date)],
    ],
  };

  // B. Isi rumah
  const household: SzTable = {
    id: "household",
    columns: ["Bil.", "Nama", "Hubungan", "No. KP", "Umur", "Pekerjaan", "Pendapatan Sebulan (RM)"],
    rows: [
      ...members.map((m, i) => ({
        cells: [
          String(i + 1),
          m.name,
          relation[m.relationship] ?? m.relationship,
          m.docNo || DASH,
          String(m.age),
          m.occupation || DASH,
          amountText(m.income),
        ],
      })),
      {
        cells: ["", `JUMLAH (${a.members} orang)`, "", "", "", "", amountText(a.householdIncome)],
        bold: true,
      },
    ],
  };

  // C. Pendapatan dan perbelanjaan bulanan
  const earners = members.filter((m) => m.income > 0);
  const money: SzTable = {
    id: "money",
    columns: ["Bil.", "Perkara", "Amaun Sebulan (RM)"],
    rows: [
      { cells: ["A", "PENDAPATAN"], section: true },
      ...(earners.length
        ? earners.map((m, i) => ({
            cells: [
              String(i + 1),
              `${m.name} (${relation[m.relationship] ?? m.relationship})${m.occupation ? ` - ${m.occupation}` : ""}`,
              amountText(m.income),
            ],
          }))
        : [{ cells: ["", "Tiada pendapatan", amountText(0)] }]),
      { cells: ["", "Jumlah pendapatan isi rumah", amountText(a.householdIncome)], bold: true },
      { cells: ["B", "PERBELANJAAN"], section: true },
      ...(inv.expenses.length
        ? inv.expenses.map((e, i) => ({ cells: [String(i + 1), e.item, amountText(e.amount)] }))
        : [{ cells: ["", "Tiada perbelanjaan direkodkan", amountText(0)] }]),
      { cells: ["", "Jumlah perbelanjaan", amountText(a.expenses)], bold: true },
      { cells: ["", "BAKI PENDAPATAN SELEPAS PERBELANJAAN (A - B)", amountText(balance)], bold: true },
    ],
  };

  // D. Penilaian pendapatan
  const assessment: SzBlock = {
    kind: "fields",
    rows: [
      ["Pendapatan isi rumah sebulan", ringgit(a.householdIncome)],
      ["Bilangan ahli isi rumah", `${a.members} orang`],
      ["Pendapatan per kapita", ringgit(a.perCapita)],
      ["Jumlah perbelanjaan sebulan", ringgit(a.expenses)],
      [
        `PGK berkuat kuasa pada ${dmy(inv.date)}`,
        pgkRate
          ? `${ringgit(pgkRate.amount)} (kadar mulai ${dmy(pgkRate.effectiveFrom)})`
          : "Tiada kadar PGK",
      ],
    ],
  };

  // F. Syor
  const lulus = inv.recommendation === "lulus";
  const recommendation: SzBlock = {
    kind: "fields",
    rows: [
      ["Syor", inv.recommendation ? DECISION_LABELS[inv.recommendation] : "Belum dibuat"],
      ["Skim", lulus ? schemeName(inv.recommendedScheme) : DASH],
      [
        "Amaun disyorkan",
        lulus && inv.recommendedAmount !== null ? `${ringgit(inv.recommendedAmount)} sebulan` : DASH,
      ],
      lulus && inv.recommendedAmount !== null
        ? ["Berbanding kadar skim", amountAgainstRate(inv.recommendedAmount, rateScheme, schemeRate)]
        : [
            `Kadar ${rateScheme} pada tarikh siasatan`,
            schemeRate
              ? `${ringgit(schemeRate.amount)} sebulan (kadar mulai ${dmy(schemeRate.effectiveFrom)})`
              : "Tiada kadar ditetapkan",
          ],
    ],
  };

  // G. Keputusan PKMD: as recorded, or a form to fill in by hand before it is recorded.
  const decisionBlocks: SzBlock[] = inv.decision
    ? [
        {
          kind: "fields",
          rows: [
            ["Keputusan", DECISION_LABELS[inv.decision]],
            [
              "Amaun diluluskan",
              inv.decision === "lulus" && inv.decisionAmount !== null
                ? `${ringgit(inv.decisionAmount)} sebulan`
                : DASH,
            ],
            ["Tarikh keputusan", inv.decidedAt ? dmy(officeDay(inv.decidedAt)) : DASH],
          ],
        },
        {
          kind: "text",
          label: "Catatan:",
          lines: inv.decisionNote.trim() ? lines(inv.decisionNote) : [DASH],
        },
      ]
    : [
        {
          kind: "fields",
          rows: [
            ["Keputusan", "Lulus / Tidak Lulus *"],
            ["Amaun diluluskan", "RM .................... sebulan"],
            ["Catatan", "........................................................................"],
          ],
        },
        { kind: "notes", lines: ["* Potong yang tidak berkenaan."] },
      ];

  const sections: SzSection[] = [
    { key: "applicant", heading: "A. BUTIRAN PEMOHON", blocks: [applicant] },
    { key: "household", heading: "B. MAKLUMAT ISI RUMAH", blocks: [{ kind: "table", table: household }] },
    {
      key: "money",
      heading: "C. PENDAPATAN DAN PERBELANJAAN BULANAN",
      blocks: [{ kind: "table", table: money }],
    },
    {
      key: "assessment",
      heading: "D. PENDAPATAN PER KAPITA DAN PENDAPATAN GARIS KEMISKINAN (PGK)",
      blocks: [assessment, { kind: "statement", text: comparison }],
    },
    {
      key: "visit",
      heading: "E. LAWATAN RUMAH",
      blocks: [
        { kind: "fields", rows: [["Tarikh lawatan", inv.visitDate ? dmy(inv.visitDate) : DASH]] },
        {
          kind: "text",
          label: "Dapatan lawatan:",
          lines: inv.findings.trim() ? lines(inv.findings) : [DASH],
        },
      ],
    },
    { key: "recommendation", heading: "F. SYOR PEGAWAI PENYIASAT", blocks: [recommendation] },
    { key: "decision", heading: "G. KEPUTUSAN PEGAWAI KEBAJIKAN MASYARAKAT DAERAH", blocks: decisionBlocks },
  ];

  const sig = input.signature;
  const block = signatureBlock({
    preparedBy: {
      ...sig.preparedBy,
      date: sig.preparedBy.date ?? (inv.submittedAt ? officeDay(inv.submittedAt) : undefined),
    },
    reviewedBy: {
      ...sig.reviewedBy,
      date: sig.reviewedBy.date ?? (inv.decidedAt ? officeDay(inv.decidedAt) : undefined),
    },
  });
  const signature: SignatureBlock =
    block.length === 2
      ? [
          { ...block[0], heading: "Disediakan oleh (Pegawai Penyiasat):" },
          { ...block[1], heading: "Disemak / Disahkan oleh (PKMD):" },
        ]
      : [{ ...block[0], heading: "Disediakan dan disahkan oleh (Pegawai Penyiasat dan PKMD):" }];

  const period = { year: +inv.date.slice(0, 4), month: +inv.date.slice(5, 7) };
  return {
    code: SIASATAN_CODE,
    title: SIASATAN_TITLE,
    subtitle: [
      ...(inv.refNo ? [`NO. SIASATAN: ${inv.refNo}`] : [`NO. REKOD: ${input.case.recordNo || DASH}`]),
      `TAPAK: ${input.site.name.toUpperCase()}`,
      `TARIKH SIASATAN: ${dmy(inv.date)}`,
      ...(inv.status === "draf" ? ["DRAF: BELUM DIHANTAR KEPADA PKMD"] : []),
      ...(inv.status === "dikembalikan" ? ["DIKEMBALIKAN KEPADA PEGAWAI UNTUK PEMBETULAN"] : []),
    ],
    classification: "SULIT",
    letterhead: input.letterhead,
    stamp: stampText(input.stamp),
    signature,
    sections,
    figures: {
      ...a,
      balance,
      pgkFrom: pgkRate ? pgkRate.effectiveFrom : null,
      age,
      schemeRate: schemeRate ? schemeRate.amount : null,
    },
    comparison,
    fileName: reportFileName(SIASATAN_CODE, input.case.recordNo || p.name, period, "docx"),
  };
}

function lines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
