// Why: a year of realistic, deterministic Buku Rekod work for the demo office (and the bench), from one seed and one "today".
import { addDays, ageOn } from "../domain/dates";
import type { AidScheme, CaseStatus, ServiceType, TargetGroup } from "../domain/codes";
import { counterKey, formatRecordNo } from "../domain/case";
import { derivePerson, type PersonDerived, type PersonInput } from "../domain/person";
import { deriveOrganisation, organisationSchema, type OrganisationData } from "../domain/directory";
import { childName, generatePeople } from "./people";
import { seededRng } from "./random";

/** Organisations the demo refers to, each in the state it serves (the demo sites' state). */
export const demoOrganisations = [
  { name: "Klinik Kesihatan Pantai", kind: "klinik", phone: "03-2282 5000", state: "WP Kuala Lumpur" },
  {
    name: "Hospital Kuala Lumpur (Unit Kerja Sosial Perubatan)",
    kind: "agensi",
    phone: "03-2615 5555",
    state: "WP Kuala Lumpur",
  },
  { name: "Pusat Pungutan Zakat MAIWP", kind: "agensi", phone: "03-2693 1000", state: "WP Kuala Lumpur" },
  { name: "PERKESO Kuala Lumpur", kind: "agensi", phone: "03-4264 5000", state: "WP Kuala Lumpur" },
  {
    name: "Agensi Antidadah Kebangsaan (AADK) Daerah Lembah Pantai",
    kind: "agensi",
    phone: "03-2282 3300",
    state: "WP Kuala Lumpur",
  },
  {
    name: "Pejabat Pendidikan Wilayah Bangsar dan Pudu",
    kind: "agensi",
    phone: "03-2282 7000",
    state: "WP Kuala Lumpur",
  },
  { name: "Yayasan Kebajikan Negara", kind: "ngo", phone: "03-2093 1911", state: "WP Kuala Lumpur" },
  {
    name: "Persatuan Penduduk PPR Seri Pantai",
    kind: "ngo",
    phone: "012-330 4411",
    state: "WP Kuala Lumpur",
  },
  {
    name: "Pertubuhan Tindakan Wanita Islam (PERTIWI)",
    kind: "ngo",
    phone: "03-4021 6500",
    state: "WP Kuala Lumpur",
  },
  { name: "Majlis Kanser Nasional (MAKNA)", kind: "ngo", phone: "03-2162 9959", state: "WP Kuala Lumpur" },
] as const;

const problems: Record<TargetGroup, string[]> = {
  "kanak-kanak": [
    "Anak tidak hadir ke sekolah sejak sebulan",
    "Keperluan persekolahan tidak mencukupi",
    "Anak memerlukan rawatan susulan",
  ],
  "warga-emas": [
    "Tinggal seorang diri dan uzur",
    "Memerlukan bantuan bulanan warga emas",
    "Memerlukan kerusi roda",
    "Tiada penjaga selepas pasangan meninggal",
  ],
  oku: [
    "Memerlukan alat sokongan (kerusi roda)",
    "Memohon pendaftaran kad OKU",
    "Tidak mampu bekerja, memerlukan bantuan",
  ],
  "ibu-tunggal": [
    "Tiada sumber pendapatan tetap selepas bercerai",
    "Tunggakan sewa rumah PPR",
    "Memerlukan bantuan makanan untuk anak-anak",
  ],
  miskin: [
    "Pendapatan isi rumah di bawah PGK",
    "Tunggakan bil elektrik dan air",
    "Ketua isi rumah hilang pekerjaan",
  ],
  "mangsa-kdrt": ["Aduan keganasan rumah tangga", "Memerlukan tempat perlindungan sementara"],
  belia: ["Belia menganggur memerlukan latihan kemahiran", "Terlibat dengan penyalahgunaan dadah"],
  "lain-lain": ["Pertanyaan mengenai perkhidmatan JKM", "Aduan kebersihan kawasan"],
};

const actions: Record<ServiceType, string> = {
  nasihat: "Khidmat nasihat diberikan kepada pemohon",
  rujukan: "Kes dirujuk kepada agensi berkaitan",
  siasatan: "Siasatan permohonan bantuan dijalankan",
  lawatan: "Lawatan ke rumah dijalankan",
  aduan: "Aduan direkodkan dan dipanjangkan",
  "bantuan-barangan": "Bakul makanan diserahkan",
  "lain-lain": "Maklumat diberikan",
};

type Meta = {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  rev: number;
  deletedAt: null;
};

export type DemoRecords = {
  persons: (PersonInput & PersonDerived & Meta & { householdId: null })[];
  organisations: (OrganisationData & Meta)[];
  cases: (Meta & {
    recordNo: string;
    year: number;
    seq: number;
    siteId: string;
    personId: string;
    date: string;
    targetGroup: TargetGroup;
    problem: string;
    service: ServiceType;
    action: string;
    officerId: string;
    followUpDate: string;
    status: CaseStatus;
  })[];
  referrals: (Meta & {
    caseId: string;
    siteId: string;
    organisationId: string;
    reason: string;
    date: string;
    officerId: string;
    status: "terbuka" | "ditutup";
    lastCheckDate: string | null;
    closedDate: string | null;
    outcome: string;
  })[];
  statusChecks: (Meta & {
    referralId: string;
    siteId: string;
    date: string;
    contactMade: boolean;
    response: string;
    nextStep: string;
  })[];
  counters: { key: string; next: number }[];
  investigations: (Meta & Record<string, unknown>)[];
};

export type DemoSite = { id: string; code: string; officerIds: string[] };

/**
 * Persons and a year of cases, referrals with weekly checks and aid investigations for the given sites.
 * `ids` makes record ids (a ULID factory in the app, a counter in tests); everything else follows from the seed.
 */
export function generateDemoRecords(opts: {
  sites: DemoSite[];
  today: string;
  seed?: number;
  personsPerSite?: number;
  casesPerSitePerMonth?: number;
  /** Who decides investigations (the PKMD's user id). */
  deciderId?: string;
  ids: () => string;
}): DemoRecords {
  const rng = seededRng(opts.seed ?? 42);
  // Household members' names come from their own sequence, so naming them changes no other demo value.
  const nameRng = seededRng((opts.seed ?? 42) + 1);
  const at = `${opts.today}T08:00:00.000Z`;
  const meta = (by: string, when = at): Meta => ({
    id: opts.ids(),
    createdAt: when,
    createdBy: by,
    updatedAt: when,
    updatedBy: by,
    rev: 1,
    deletedAt: null,
  });
  const out: DemoRecords = {
    persons: [],
    organisations: [],
    cases: [],
    referrals: [],
    statusChecks: [],
    counters: [],
    investigations: [],
  };
  // Directory entries confirmed a month before "today", except every fourth, last confirmed over a year ago (perlu disemak).
  out.organisations = demoOrganisations.map(({ state: _state, ...o }, i) => {
    const fields = organisationSchema.parse({
      ...o,
      confirmedAt: addDays(opts.today, i % 4 === 3 ? -400 : -30),
    });
    return { ...fields, ...deriveOrganisation(fields), ...meta("system") };
  });
  const perSite = opts.personsPerSite ?? 60;
  const people = generatePeople(
    perSite * opts.sites.length,
    opts.seed ?? 42,
    new Date(`${opts.today}T00:00:00Z`),
  );
  const bySite = new Map<string, DemoRecords["persons"]>();
  opts.sites.forEach((site, si) => {
    const list: DemoRecords["persons"] = [];
    for (const g of people.slice(si * perSite, (si + 1) * perSite)) {
      const age = ageOn(g.birthDate, opts.today);
      const input: PersonInput = {
        name: g.name,
        docType: age < 12 ? "mykid" : "mykad",
        docNo: g.mykad,
        noDocReason: null,
        birthDate: g.birthDate,
        sex: g.sex,
        ethnicity: g.ethnicity === "lain" ? "lain-lain" : g.ethnicity,
        phone: age >= 18 ? g.phone : "",
        siteId: site.id,
        block: g.block,
        unit: g.unit,
        oku: rng.chance(0.06),
        okuCardNo: "",
        maritalStatus:
          age < 20
            ? "bujang"
            : rng.pick(["berkahwin", "berkahwin", "bercerai", "balu-duda", "bujang"] as const),
        occupation:
          age >= 18 && age < 60
            ? rng.pick([
                "Pengawal keselamatan",
                "Peniaga kecil",
                "Suri rumah",
                "Penghantar makanan",
                "Tidak bekerja",
                "Kerani",
              ])
            : "",
        income: age >= 18 && age < 60 ? rng.int(0, 28) * 100 : 0,
      };
      if (input.oku) input.okuCardNo = `OKU${rng.int(100000, 999999)}`;
      list.push({
        ...input,
        ...derivePerson(input),
        ...meta(site.officerIds[0] ?? "system"),
        householdId: null,
      });
    }
    bySite.set(site.id, list);
    out.persons.push(...list);
  });

  const perMonth = opts.casesPerSitePerMonth ?? 8;
  for (const site of opts.sites) {
    const residents = bySite.get(site.id)!;
    const seqByYear = new Map<number, number>();
    const dates: string[] = [];
    for (let d = 364; d >= 0; d--) if (rng.chance(perMonth / 30)) dates.push(addDays(opts.today, -d));
    for (const date of dates) {
      const p = rng.pick(residents);
      const age = ageOn(p.birthDate, date);
      const targetGroup: TargetGroup =
        age < 18
          ? "kanak-kanak"
          : age >= 60
            ? "warga-emas"
            : p.oku
              ? "oku"
              : p.sex === "P" && p.maritalStatus !== "berkahwin"
                ? "ibu-tunggal"
                : rng.pick(["miskin", "miskin", "belia", "mangsa-kdrt", "lain-lain"] as const);
      const service = rng.pick([
        "nasihat",
        "rujukan",
        "rujukan",
        "siasatan",
        "lawatan",
        "aduan",
        "bantuan-barangan",
      ] as const);
      const ageDays = Math.round((Date.parse(opts.today) - Date.parse(date)) / 86_400_000);
      const year = Number(date.slice(0, 4));
      const seq = (seqByYear.get(year) ?? 0) + 1;
      seqByYear.set(year, seq);
      const officerId = rng.pick(site.officerIds.length ? site.officerIds : ["system"]);
      let status: CaseStatus =
        ageDays > 60
          ? rng.pick(["selesai", "selesai", "ditutup", "dalam-tindakan"] as const)
          : ageDays > 14
            ? rng.pick(["dalam-tindakan", "selesai"] as const)
            : "baru";
      const c: DemoRecords["cases"][number] = {
        ...meta(officerId, `${date}T09:00:00.000Z`),
        recordNo: formatRecordNo(site.code, year, seq),
        year,
        seq,
        siteId: site.id,
        personId: p.id,
        date,
        targetGroup,
        problem: rng.pick(problems[targetGroup]),
        service,
        action: actions[service],
        officerId,
        followUpDate: status === "selesai" || status === "ditutup" ? "" : addDays(date, rng.int(7, 30)),
        status,
      };
      if (service === "rujukan") {
        const org = rng.pick(out.organisations);
        const open = ageDays < 45 && rng.chance(0.8);
        if (open) status = c.status = "dirujuk";
        const ref: DemoRecords["referrals"][number] = {
          ...meta(officerId, c.createdAt),
          caseId: c.id,
          siteId: site.id,
          organisationId: org.id,
          reason: `Dirujuk untuk tindakan: ${c.problem.toLowerCase()}`,
          date,
          officerId,
          status: open ? "terbuka" : "ditutup",
          lastCheckDate: null,
          closedDate: null,
          outcome: "",
        };
        // Weekly checks until closed, or until a few days ago (some referrals are left due or overdue on purpose).
        const stop = open ? ageDays - rng.int(2, 10) : Math.min(ageDays, rng.int(7, 40));
        for (let d = 7; d <= stop; d += 7) {
          const checkDate = addDays(date, d);
          out.statusChecks.push({
            ...meta(officerId, `${checkDate}T10:00:00.000Z`),
            referralId: ref.id,
            siteId: site.id,
            date: checkDate,
            contactMade: rng.chance(0.8),
            response: rng.pick([
              "Agensi sedang memproses",
              "Temujanji telah ditetapkan",
              "Menunggu dokumen tambahan",
              "Tiada jawapan, akan dihubungi semula",
            ]),
            nextStep: rng.pick(["Semak semula minggu hadapan", "Hubungi pemohon", ""]),
          });
          ref.lastCheckDate = checkDate;
        }
        if (!open) {
          ref.closedDate = addDays(date, Math.max(stop, 1));
          ref.outcome = rng.pick([
            "Bantuan diluluskan oleh agensi",
            "Pemohon menerima rawatan",
            "Kes diambil alih oleh agensi",
          ]);
        }
        out.referrals.push(ref);
      }
      if (service === "siasatan") {
        const scheme: AidScheme =
          targetGroup === "warga-emas"
            ? "BWE"
            : targetGroup === "kanak-kanak"
              ? "BKK"
              : targetGroup === "oku"
                ? "BTB"
                : "BA";
        const members = [
          {
            name: p.name,
            relationship: "ketua",
            docNo: p.docNo,
            age,
            occupation: p.occupation,
            income: p.income,
          },
        ];
        for (let k = rng.int(0, 3); k > 0; k--)
          members.push({
            name: childName(nameRng, nameRng.chance(0.5) ? "L" : "P", p),
            relationship: "anak",
            docNo: "",
            age: rng.int(3, 17),
            occupation: "Pelajar",
            income: 0,
          });
        const stage = ageDays > 45 ? "diputuskan" : ageDays > 20 ? "dihantar" : "draf";
        const visit = addDays(date, Math.min(ageDays, rng.int(1, 7)));
        const recommendation = p.income < 1500 ? "lulus" : "tidak-lulus";
        out.investigations.push({
          ...meta(officerId, c.createdAt),
          caseId: c.id,
          refNo: `${c.recordNo}/S1`,
          returns: [],
          siteId: site.id,
          scheme,
          date,
          members,
          expenses: [
            { item: "Sewa rumah PPR", amount: 124 },
            { item: "Makanan", amount: rng.int(3, 9) * 100 },
          ],
          visitDate: stage === "draf" ? "" : visit,
          findings:
            stage === "draf"
              ? ""
              : "Lawatan rumah dijalankan; keadaan rumah sederhana, pendapatan tidak tetap.",
          recommendation: stage === "draf" ? null : recommendation,
          recommendedScheme: stage === "draf" || recommendation !== "lulus" ? null : scheme,
          recommendedAmount: stage === "draf" || recommendation !== "lulus" ? null : 300,
          status: stage,
          officerId,
          submittedAt: stage === "draf" ? null : `${visit}T12:00:00.000Z`,
          submittedBy: stage === "draf" ? null : officerId,
          decision: stage === "diputuskan" ? recommendation : null,
          decisionAmount: stage === "diputuskan" && recommendation === "lulus" ? 300 : null,
          decisionNote: stage === "diputuskan" ? "Disemak oleh PKMD" : "",
          decidedAt: stage === "diputuskan" ? `${addDays(visit, 7)}T12:00:00.000Z` : null,
          decidedBy: stage === "diputuskan" ? (opts.deciderId ?? "system") : null,
        });
      }
      out.cases.push(c);
    }
    for (const [year, last] of seqByYear)
      out.counters.push({ key: counterKey(site.id, year), next: last + 1 });
  }
  return out;
}
