// Why: Profail Komuniti (FORMATS.md): one profile version of a site, its leaders and its ranked needs, computed once here for every writer.
import {
  ageBands,
  needPriorities,
  type AgeBand,
  type NeedInput,
  type ProfileInput,
} from "../../domain/community";
import type { SiteType } from "../../domain/codes";
import {
  dmy,
  reportFileName,
  signatureBlock,
  stampText,
  type Classification,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../frame/text";
import {
  checkText,
  organisationsLead,
  populationChecks,
  profileIsSulit,
  sourceLabel,
  sourceNote,
  TABLE_KEYS,
} from "./wording";

export const PROFAIL_KOMUNITI_CODE = "profail-komuniti";
export const PROFAIL_KOMUNITI_TITLE = "PROFAIL KOMUNITI";
export const DEFAULT_PROGRAMME =
  "PROGRAM PEMBANGUNAN KOMUNITI DI PROJEK PERUMAHAN RAKYAT (PPR) @ KAWASAN BERISIKO TINGGI";

/*
 * Input: plain records. The renderer's SiteRecord, ProfileRecord, StakeholderRecord, NeedRecord and
 * ActionPlanRecord satisfy these shapes as they are; only the fields read here are named.
 */
export type PkSite = {
  id: string;
  code?: string;
  name: string;
  type: SiteType;
  address: string;
  district: string;
  state: string;
};
/** One stored profile version (ProfileRecord): the renderer picks it, the latest by default. */
export type PkProfile = ProfileInput & { version?: number };
export type PkStakeholder = {
  id: string;
  siteId: string;
  name: string;
  role: string;
  organisation: string;
  phone: string;
  deletedAt: string | null;
  /** The organisation's kind when it is known; otherwise it is read from the organisation's name (`organisationKind`). */
  kind?: string;
};
export type PkNeed = Pick<NeedInput, "siteId" | "problem" | "priority" | "status"> & {
  id: string;
  createdAt: string;
  deletedAt: string | null;
};
export type PkPlanStep = { text: string; partner: string; from: string; to: string; done: boolean };
export type PkPlan = {
  id: string;
  needId: string;
  siteId: string;
  steps: PkPlanStep[];
  updatedAt?: string;
  deletedAt: string | null;
};

export type ProfailKomunitiInput = {
  site: PkSite;
  /** The chosen profile version of this site. */
  profile: PkProfile;
  /** The site's stakeholders (other sites' and soft-deleted ones are left out here). */
  stakeholders: readonly PkStakeholder[];
  needs: readonly PkNeed[];
  plans: readonly PkPlan[];
  /** The district named in the subtitle; the site's district when omitted. */
  district?: string;
  letterhead: Letterhead;
  stamp: GenerationStamp;
  /** Prepared by the PPK who keeps the profile, reviewed by the PKMD. */
  signature: SignatureInput;
  programme?: string;
  /** SULIT whatever it holds; otherwise it is SULIT when it names people with phone numbers (`profileIsSulit`). */
  sulit?: boolean;
};

export const SITE_TYPE_LABELS: Record<SiteType, string> = {
  ppr: "Projek Perumahan Rakyat (PPR)",
  berisiko: "Kawasan Berisiko Tinggi",
  kecamatan: "Kecamatan",
};
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  "0-6": "0-6 tahun",
  "7-12": "7-12 tahun",
  "13-17": "13-17 tahun",
  "18-35": "18-35 tahun",
  "36-59": "36-59 tahun",
  "60+": "60 tahun ke atas",
};
export const ETHNIC_LABELS = { melayu: "Melayu", cina: "Cina", india: "India", lain: "Lain-lain" } as const;
export const GROUP_LABELS = {
  oku: "OKU",
  wargaEmas: "Warga emas (60 tahun ke atas)",
  ibuTunggal: "Ibu tunggal",
  children: "Kanak-kanak (bawah 18 tahun)",
  schoolDropouts: "Keciciran sekolah",
  unemployed: "Menganggur (18-59 tahun)",
} as const;
export const PRIORITY_LABELS: Record<NeedInput["priority"], string> = {
  tinggi: "Tinggi",
  sederhana: "Sederhana",
  rendah: "Rendah",
};
export const NEED_STATUS_LABELS: Record<NeedInput["status"], string> = {
  "dikenal-pasti": "Dikenal pasti",
  dirancang: "Dirancang",
  "dalam-tindakan": "Dalam tindakan",
  selesai: "Selesai",
};

/** Kinds of organisation, in the order the table lists them. */
export const ORGANISATION_KINDS = [
  "Persatuan Penduduk",
  "JKP",
  "CBO",
  "NGO",
  "Institusi agama",
  "Agensi / institusi awam",
  "Pemimpin setempat",
  "Lain-lain",
] as const;

/**
 * The kind of an organisation read from its name (stakeholders have no kind field): residents' association, JKP,
 * CBO (Rukun Tetangga, koperasi, kelab, CBO), NGO (pertubuhan, yayasan, other persatuan), place of worship,
 * public agency or institution; a leader with no organisation is a "Pemimpin setempat".
 */
export function organisationKind(organisation: string): string {
  const o = organisation.trim();
  if (!o) return "Pemimpin setempat";
  if (/persatuan penduduk|residents/i.test(o)) return "Persatuan Penduduk";
  if (/\bJKP\b|jawatankuasa (penduduk|pengurusan)/i.test(o)) return "JKP";
  if (/rukun tetangga|\bKRT\b|\bCBO\b|koperasi|kelab/i.test(o)) return "CBO";
  if (/masjid|surau|gereja|kuil|tokong/i.test(o)) return "Institusi agama";
  if (/\bNGO\b|pertubuhan|yayasan|persatuan|badan bukan kerajaan/i.test(o)) return "NGO";
  if (
    /sekolah|tadika|klinik|hospital|polis|\bPDRM\b|balai|jabatan|pejabat|majlis|dewan bandaraya|\bDBKL\b|kementerian|agensi|\bJKM\b/i.test(
      o,
    )
  )
    return "Agensi / institusi awam";
  return "Lain-lain";
}

/** A table cell: one line, or several lines in one cell. */
export type PkCell = string | string[];
export type PkRow = { cells: PkCell[]; bold?: boolean };
export type PkTable = {
  /** Stable key the writer lays the columns out by. */
  id: "identity" | "summary" | "ageBands" | "ethnic" | "groups" | "organisations" | "needs";
  columns: string[];
  rows: PkRow[];
};
export type PkBlock =
  | { kind: "subheading"; text: string }
  | { kind: "table"; table: PkTable }
  | { kind: "text"; lines: string[] }
  | { kind: "notes"; lines: string[] };
export type PkSection = { key: string; heading: string; blocks: PkBlock[] };

export type ProfailKomunitiModel = {
  code: typeof PROFAIL_KOMUNITI_CODE;
  title: string;
  /** Programme line, site and district line, "Maklumat setakat dd/mm/yyyy". */
  subtitle: string[];
  classification: Classification;
  letterhead: Letterhead;
  stamp: string;
  signature: SignatureBlock;
  asOfLine: string;
  sections: PkSection[];
  /** Printed above the signature block. */
  closingNotes: string[];
  /** The figures behind the tables, for checks and for the screen. */
  figures: {
    households: number;
    residents: { L: number; P: number; all: number };
    ethnicTotal: number;
    stakeholders: number;
    needs: number;
  };
  /** What does not add up, for the screen (not printed). */
  warnings: string[];
  fileName: string;
};

const NONE_TEXT = "Tiada maklumat.";
const DASH = "-";

/** Whole numbers with thousands separators: 1,234. */
export function countText(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The non-empty lines of a free-text field, or "Tiada maklumat." */
function textLines(s: string): string[] {
  const lines = s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines.length ? lines : [NONE_TEXT];
}

/** Highest priority first, then the oldest need (it has waited longest): the needs register's order. */
export function rankNeeds<T extends PkNeed>(needs: readonly T[]): T[] {
  const rank = (p: NeedInput["priority"]) => needPriorities.indexOf(p);
  return [...needs].sort(
    (a, b) => rank(a.priority) - rank(b.priority) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** The plan cell: each step on its own line with partner, dates and "(selesai)", then the progress. */
function planLines(plan: PkPlan | undefined): string[] {
  if (!plan || plan.steps.length === 0) return ["Belum ada pelan tindakan."];
  const lines = plan.steps.map((s, i) => {
    const when =
      s.from && s.to
        ? `${dmy(s.from)} - ${dmy(s.to)}`
        : s.from
          ? `mulai ${dmy(s.from)}`
          : s.to
            ? `hingga ${dmy(s.to)}`
            : "";
    const extra = [s.partner ? `Rakan: ${s.partner}` : "", when].filter(Boolean).join("; ");
    return `${i + 1}. ${s.text}${extra ? ` (${extra})` : ""}${s.done ? " - selesai" : ""}`;
  });
  const done = plan.steps.filter((s) => s.done).length;
  return [...lines, `${done} daripada ${plan.steps.length} langkah selesai`];
}

/**
 * The whole document. Stakeholders, needs and plans of other sites or soft-deleted are left out; a need's plan is
 * its live plan (the latest updated when there are several). Needs are ranked as the needs register ranks them.
 */
export function profailKomunitiModel(input: ProfailKomunitiInput): ProfailKomunitiModel {
  const { site, profile } = input;
  if (profile.siteId !== site.id)
    throw new Error(`profile of site ${profile.siteId} is not of site ${site.id}`);
  const pop = profile.population;
  const district = input.district ?? site.district;
  const asOfLine = `Maklumat setakat ${dmy(profile.asOf)}`;
  const programme = (input.programme ?? DEFAULT_PROGRAMME).toUpperCase();

  // A. Identiti tapak
  const identityPairs: [string, string][] = [
    ["Nama tapak", site.name],
    ...(site.code ? [["Kod tapak", site.code] as [string, string]] : []),
    ["Jenis", SITE_TYPE_LABELS[site.type] ?? site.type],
    ["Alamat", site.address],
    ["Daerah", site.district],
    ["Negeri", site.state],
    ["Bilangan blok", countText(profile.identity.blocks)],
    ["Bilangan unit", countText(profile.identity.units)],
    ["Tahun dibina", profile.identity.yearBuilt ? String(profile.identity.yearBuilt) : "Tidak diketahui"],
    ["Badan pengurusan", profile.identity.managingBody || DASH],
  ];
  const identity: PkTable = {
    id: "identity",
    columns: ["Bil.", "Perkara", "Butiran"],
    rows: identityPairs.map(([label, value], i) => ({ cells: [String(i + 1), label, value] })),
  };

  // B. Penduduk
  const L = ageBands.reduce((s, b) => s + pop.byAgeBand[b].L, 0);
  const P = ageBands.reduce((s, b) => s + pop.byAgeBand[b].P, 0);
  const residents = { L, P, all: L + P };
  const ethnicKeys = Object.keys(ETHNIC_LABELS) as (keyof typeof ETHNIC_LABELS)[];
  const ethnicTotal = ethnicKeys.reduce((s, k) => s + pop.ethnicGroups[k], 0);
  const src = profile.fromRegister;
  const summary: PkTable = {
    id: "summary",
    columns: ["Bil.", "Perkara", "Bilangan", "Sumber"],
    rows: [
      {
        cells: [
          "1",
          "Bilangan isi rumah",
          countText(pop.households),
          sourceLabel(TABLE_KEYS.households, src),
        ],
      },
      {
        cells: ["2", "Jumlah penduduk", countText(residents.all), sourceLabel(TABLE_KEYS.residents, src)],
      },
    ],
  };
  const checks = populationChecks(pop).map((c) => checkText(c, src));
  const sourceLines = (keys: readonly string[]): PkBlock => ({
    kind: "notes",
    lines: [sourceNote(keys, src)],
  });
  const ageTable: PkTable = {
    id: "ageBands",
    columns: ["Bil.", "Kumpulan Umur", "Lelaki", "Perempuan", "Jumlah"],
    rows: [
      ...ageBands.map((b, i) => ({
        cells: [
          String(i + 1),
          AGE_BAND_LABELS[b],
          countText(pop.byAgeBand[b].L),
          countText(pop.byAgeBand[b].P),
          countText(pop.byAgeBand[b].L + pop.byAgeBand[b].P),
        ],
      })),
      { cells: ["", "JUMLAH", countText(L), countText(P), countText(residents.all)], bold: true },
    ],
  };
  const ethnicTable: PkTable = {
    id: "ethnic",
    columns: ["Bil.", "Kaum", "Bilangan"],
    rows: [
      ...ethnicKeys.map((k, i) => ({
        cells: [String(i + 1), ETHNIC_LABELS[k], countText(pop.ethnicGroups[k])],
      })),
      { cells: ["", "JUMLAH", countText(ethnicTotal)], bold: true },
    ],
  };
  const groupKeys = Object.keys(GROUP_LABELS) as (keyof typeof GROUP_LABELS)[];
  const groupTable: PkTable = {
    id: "groups",
    columns: ["Bil.", "Kumpulan Sasar", "Bilangan"],
    rows: groupKeys.map((k, i) => ({ cells: [String(i + 1), GROUP_LABELS[k], countText(pop[k])] })),
  };

  // D. Organisasi dan pemimpin setempat
  const kindRank = (k: string) => {
    const i = (ORGANISATION_KINDS as readonly string[]).indexOf(k);
    return i < 0 ? ORGANISATION_KINDS.length : i;
  };
  const people = input.stakeholders
    .filter((s) => !s.deletedAt && s.siteId === site.id)
    .map((s) => ({ s, kind: s.kind?.trim() || organisationKind(s.organisation) }))
    .sort(
      (a, b) =>
        kindRank(a.kind) - kindRank(b.kind) ||
        a.s.organisation.localeCompare(b.s.organisation, "ms") ||
        a.s.name.localeCompare(b.s.name, "ms"),
    );
  const organisations: PkTable = {
    id: "organisations",
    columns: ["Bil.", "Nama", "Jenis", "Ketua / Pegawai", "Telefon"],
    rows: people.map(({ s, kind }, i) => ({
      cells: [
        String(i + 1),
        s.organisation.trim() || DASH,
        kind,
        s.role.trim() ? [s.name, s.role] : s.name,
        s.phone || DASH,
      ],
    })),
  };

  // E. Masalah dan keperluan
  const livePlans = input.plans.filter((p) => !p.deletedAt && p.siteId === site.id);
  const planOf = new Map<string, PkPlan>();
  for (const p of livePlans) {
    const had = planOf.get(p.needId);
    if (!had || (p.updatedAt ?? "") >= (had.updatedAt ?? "")) planOf.set(p.needId, p);
  }
  const needs = rankNeeds(input.needs.filter((n) => !n.deletedAt && n.siteId === site.id));
  const needsTable: PkTable = {
    id: "needs",
    columns: ["Bil.", "Masalah / Keperluan", "Keutamaan", "Pelan Tindakan", "Status"],
    rows: needs.map((n, i) => ({
      cells: [
        String(i + 1),
        n.problem,
        PRIORITY_LABELS[n.priority] ?? n.priority,
        planLines(planOf.get(n.id)),
        NEED_STATUS_LABELS[n.status] ?? n.status,
      ],
    })),
  };

  const tableOrNone = (t: PkTable, none: string): PkBlock =>
    t.rows.length ? { kind: "table", table: t } : { kind: "text", lines: [none] };
  const sections: PkSection[] = [
    { key: "identity", heading: "A. IDENTITI TAPAK", blocks: [{ kind: "table", table: identity }] },
    {
      key: "population",
      heading: "B. PENDUDUK",
      blocks: [
        { kind: "subheading", text: "B1. Ringkasan" },
        { kind: "table", table: summary },
        ...(checks.length ? [{ kind: "notes", lines: checks.map((c) => `Perhatian: ${c}`) } as PkBlock] : []),
        { kind: "subheading", text: "B2. Penduduk mengikut kumpulan umur dan jantina" },
        { kind: "table", table: ageTable },
        sourceLines(TABLE_KEYS.residents),
        { kind: "subheading", text: "B3. Penduduk mengikut kaum" },
        { kind: "table", table: ethnicTable },
        sourceLines(TABLE_KEYS.ethnic),
        { kind: "subheading", text: "B4. Kumpulan sasar" },
        { kind: "table", table: groupTable },
        {
          kind: "notes",
          lines: [
            sourceNote(TABLE_KEYS.groups, src),
            "Seorang penduduk boleh tergolong dalam lebih daripada satu kumpulan sasar; oleh itu kumpulan sasar tidak dijumlahkan.",
          ],
        },
      ],
    },
    {
      key: "facilities",
      heading: "C. KEMUDAHAN",
      blocks: [{ kind: "text", lines: textLines(profile.facilities) }],
    },
    {
      key: "organisations",
      heading: "D. ORGANISASI DAN PEMIMPIN SETEMPAT",
      blocks: [
        ...(organisations.rows.length
          ? [{ kind: "table", table: organisations } as PkBlock]
          : [{ kind: "text", lines: [organisationsLead(0, profile.organisations)!] } as PkBlock]),
        ...(profile.organisations.trim()
          ? [
              { kind: "subheading", text: "Catatan profil" } as PkBlock,
              { kind: "text", lines: textLines(profile.organisations) } as PkBlock,
            ]
          : []),
      ],
    },
    {
      key: "needs",
      heading: "E. MASALAH DAN KEPERLUAN KOMUNITI",
      blocks: [
        { kind: "subheading", text: "E1. Masalah dan keperluan mengikut keutamaan, dengan pelan tindakan" },
        tableOrNone(needsTable, "Tiada masalah atau keperluan direkodkan."),
        { kind: "subheading", text: "E2. Risiko dan masalah yang diperhatikan" },
        { kind: "text", lines: textLines(profile.risks) },
      ],
    },
    {
      key: "assets",
      heading: "F. ASET KOMUNITI",
      blocks: [{ kind: "text", lines: textLines(profile.assets) }],
    },
    { key: "notes", heading: "G. CATATAN", blocks: [{ kind: "text", lines: textLines(profile.notes) }] },
  ];

  const warnings = checks;
  const sulit =
    input.sulit ||
    profileIsSulit(
      people.map(({ s }) => s),
      [profile.facilities, profile.organisations, profile.risks, profile.assets, profile.notes],
    );

  const version = profile.version ? ` versi ${profile.version}` : "";
  const asOf = { year: +profile.asOf.slice(0, 4), month: +profile.asOf.slice(5, 7) };
  return {
    code: PROFAIL_KOMUNITI_CODE,
    title: PROFAIL_KOMUNITI_TITLE,
    subtitle: [programme, `TAPAK: ${site.name.toUpperCase()}, DAERAH ${district.toUpperCase()}`, asOfLine],
    classification: sulit ? "SULIT" : null,
    letterhead: input.letterhead,
    stamp: stampText(input.stamp),
    signature: signatureBlock(input.signature),
    asOfLine,
    sections,
    closingNotes: [
      `${asOfLine} (Profail Komuniti${version}). Senarai organisasi dan pemimpin serta masalah dan keperluan adalah seperti yang direkodkan pada tarikh dokumen ini dijana.`,
    ],
    figures: {
      households: pop.households,
      residents,
      ethnicTotal,
      stakeholders: people.length,
      needs: needs.length,
    },
    warnings,
    fileName: reportFileName(PROFAIL_KOMUNITI_CODE, site.name, asOf, "docx"),
  };
}
