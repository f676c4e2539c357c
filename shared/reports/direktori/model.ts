// Why: the printed Direktori CBO (FORMATS.md): which organisations, in what order, their entries, the contents by
// mukim / area and by target group, and the page each lands on, computed once for the Word booklet, the Excel list,
// the screen and the print view.
import { targetGroups, type TargetGroup } from "../../domain/codes";
import type { OrganisationFields, OrganisationKind } from "../../domain/directory";
import { dmy, slug, stampText, type GenerationStamp, type Letterhead } from "../frame/text";
import { TARGET_GROUP_LABELS } from "../statistik-kes/model";
import {
  AFTER_FIELD,
  AREA_AFTER,
  AREA_BEFORE,
  FILL,
  LINE,
  PAGE_NO_ROOM,
  PAPER,
  bodyBox,
  heightOf,
  paginate,
  type Block,
  type DirektoriPaper,
} from "./pages";

export const DIREKTORI_CODE = "direktori-cbo";
export const DIREKTORI_TITLE = "DIREKTORI CBO";
export const DIREKTORI_SUBTITLE = "DIREKTORI ORGANISASI KOMUNITI";
/** The kinds the booklet lists unless the user picks others: community organisations. */
export const DEFAULT_KINDS: readonly OrganisationKind[] = ["cbo", "ngo"];
export const NO_AREA = "Kawasan tidak dinyatakan";
export const NO_GROUP = "Kumpulan sasar tidak dinyatakan";

/** Short Malay names of the kinds, as an entry prints them. */
export const ORG_KIND_LABELS: Record<OrganisationKind, string> = {
  cbo: "CBO",
  ngo: "NGO",
  agensi: "Agensi kerajaan",
  klinik: "Klinik / Hospital",
  sekolah: "Sekolah",
  "pejabat-pos": "Pejabat pos",
  korporat: "Korporat",
  "rumah-ibadat": "Rumah ibadat",
  "lain-lain": "Lain-lain",
};

/** The stored entry as the booklet reads it (the renderer's records satisfy it as they are). */
export type DirektoriOrganisation = Pick<
  OrganisationFields,
  | "name"
  | "kind"
  | "registrationNo"
  | "area"
  | "address"
  | "head"
  | "headPost"
  | "phone"
  | "mobile"
  | "email"
  | "targetGroups"
  | "services"
  | "members"
  | "active"
  | "confirmedAt"
> & { id: string; deletedAt: string | null };

export type DirektoriInput = {
  organisations: readonly DirektoriOrganisation[];
  district: string;
  state: string;
  kinds: readonly OrganisationKind[];
  activeOnly: boolean;
  paper: DirektoriPaper;
  /** The office's today (yyyy-mm-dd): the date on the cover. */
  today: string;
  letterhead: Letterhead;
  stamp: GenerationStamp;
};

/** One printed line of an entry: the label and what follows it. */
export type DirektoriField = { label: string; value: string };

export type DirektoriEntry = {
  /** 1, 2, 3… in booklet order: the number the contents and the Excel list give it. */
  no: number;
  id: string;
  name: string;
  kind: string;
  registrationNo: string;
  area: string;
  address: string;
  head: string;
  headPost: string;
  /** Main phone and mobile, as written, "/" between them. */
  phones: string;
  email: string;
  targetGroups: string[];
  services: string[];
  members: number | null;
  /** "Disahkan pada dd/mm/yyyy" or "Belum disahkan". */
  confirmed: string;
  /** The lines under the name, in print order. */
  fields: DirektoriField[];
  /** The bookmark its contents lines point to, and the page it starts on. */
  bookmark: string;
  page: number;
};

export type DirektoriArea = { name: string; count: number; bookmark: string; page: number };
export type DirektoriGroup = { label: string; entries: { no: number; name: string; page: number }[] };

/** A line of the contents, with the page it points to where it points to one. */
export type ContentsLine =
  | { kind: "heading"; text: string }
  | { kind: "section"; text: string }
  | { kind: "group"; text: string }
  | { kind: "line"; text: string; bookmark: string; page: number; indent: boolean };

/** A block of the entries' pages: an area heading (with the page of its first entry) or an entry. */
export type EntryBlock =
  { kind: "area"; area: DirektoriArea; continued?: boolean } | { kind: "entry"; entry: DirektoriEntry };

export type DirektoriModel = {
  code: typeof DIREKTORI_CODE;
  title: string;
  subtitle: string[];
  /** Cover lines under the title: district, what is listed, the date. */
  cover: string[];
  classification: null;
  paper: DirektoriPaper;
  letterhead: Letterhead;
  stamp: string;
  /** Entries in booklet order: by area (A-Z, no area last), then by name. */
  entries: DirektoriEntry[];
  areas: DirektoriArea[];
  groups: DirektoriGroup[];
  /** The planned pages: the cover is page 1, the contents pages follow, then the entries. */
  contentsPages: ContentsLine[][];
  entryPages: EntryBlock[][];
  pageCount: number;
  /** The Excel list's headings, one row per entry in the same order. */
  columns: string[];
  fileNames: { docx: string; xlsx: string };
};

export const DIREKTORI_COLUMNS = [
  "Bil.",
  "Nama Organisasi",
  "Jenis",
  "No. Pendaftaran",
  "Mukim / Kawasan",
  "Alamat",
  "Ketua",
  "Jawatan",
  "Telefon",
  "E-mel",
  "Kumpulan Sasar",
  "Perkhidmatan",
  "Bil. Ahli",
  "Tarikh Disahkan",
];

const collator = new Intl.Collator("ms", { sensitivity: "base", numeric: true });
const dash = (s: string) => (s.trim() ? s.trim() : "-");

/** "Disahkan pada dd/mm/yyyy" or "Belum disahkan". */
export function confirmedLine(confirmedAt: string | null): string {
  return confirmedAt ? `Disahkan pada ${dmy(confirmedAt)}` : "Belum disahkan";
}

/** Which organisations the booklet lists: not deleted, of the chosen kinds, active ones only when asked. */
export function listed(
  o: Pick<DirektoriOrganisation, "kind" | "active" | "deletedAt">,
  kinds: ReadonlySet<string>,
  activeOnly: boolean,
): boolean {
  return !o.deletedAt && kinds.has(o.kind) && (!activeOnly || o.active);
}

function entryOf(o: DirektoriOrganisation, no: number, area: string): DirektoriEntry {
  const phones = [o.phone, o.mobile].filter((p) => p.trim()).join(" / ");
  const groups = targetGroups.filter((g) => o.targetGroups.includes(g)).map((g) => TARGET_GROUP_LABELS[g]);
  const head = o.head.trim() ? (o.headPost.trim() ? `${o.head.trim()} (${o.headPost.trim()})` : o.head) : "-";
  const confirmed = confirmedLine(o.confirmedAt);
  return {
    no,
    id: o.id,
    name: o.name,
    kind: ORG_KIND_LABELS[o.kind],
    registrationNo: o.registrationNo,
    area,
    address: o.address,
    head: o.head,
    headPost: o.headPost,
    phones,
    email: o.email,
    targetGroups: groups,
    services: o.services,
    members: o.members,
    confirmed,
    fields: [
      { label: "Jenis", value: ORG_KIND_LABELS[o.kind] },
      { label: "No. pendaftaran", value: dash(o.registrationNo) },
      { label: "Mukim / kawasan", value: area },
      { label: "Alamat", value: dash(o.address) },
      { label: "Ketua", value: head },
      { label: "Telefon", value: dash(phones) },
      ...(o.email.trim() ? [{ label: "E-mel", value: o.email.trim() }] : []),
      { label: "Kumpulan sasar", value: groups.length ? groups.join(", ") : "-" },
      { label: "Perkhidmatan", value: o.services.length ? o.services.join("; ") : "-" },
      { label: "Bilangan ahli", value: o.members === null ? "-" : `${o.members} orang` },
    ],
    bookmark: `org_${no}`,
    page: 0,
  };
}

/** The entry's heading as printed: "12. Persatuan Penduduk …". */
export const entryHeading = (e: Pick<DirektoriEntry, "no" | "name">) => `${e.no}. ${e.name}`;
/** An area's heading as printed; "(samb.)" where it goes on over a page. */
export const areaHeading = (a: Pick<DirektoriArea, "name">, continued = false) =>
  `${a.name.toUpperCase()}${continued ? ` ${CONTINUED}` : ""}`;
export const CONTINUED = "(samb.)";

export function direktoriModel(input: DirektoriInput): DirektoriModel {
  const paper = PAPER[input.paper];
  const box = bodyBox(paper);
  const room = box.height * FILL;
  const kinds = new Set<string>(input.kinds);

  // Order: area A-Z (organisations without an area last), then name.
  const chosen = input.organisations
    .filter((o) => listed(o, kinds, input.activeOnly))
    .map((o) => ({ o, area: o.area.trim() }))
    .sort(
      (a, b) =>
        Number(!a.area) - Number(!b.area) ||
        collator.compare(a.area, b.area) ||
        collator.compare(a.o.name, b.o.name) ||
        a.o.id.localeCompare(b.o.id),
    );
  const entries = chosen.map(({ o, area }, i) => entryOf(o, i + 1, area || NO_AREA));
  // Areas as sorted (written alike but for case or accents, one area); each entry's area index.
  const areas: DirektoriArea[] = [];
  const areaOf: number[] = [];
  chosen.forEach(({ area }, i) => {
    const last = areas[areas.length - 1];
    const prev = i > 0 ? chosen[i - 1]!.area : null;
    if (last && prev !== null && collator.compare(prev, area) === 0 && !prev === !area) last.count += 1;
    else areas.push({ name: entries[i]!.area, count: 1, bookmark: `area_${areas.length + 1}`, page: 0 });
    areaOf.push(areas.length - 1);
  });

  // Contents: every area, then every target group with its organisations. Planned before the entries, whose pages
  // follow the contents' (a contents line's length does not depend on the number it ends with).
  const groups: DirektoriGroup[] = [];
  for (const g of [...targetGroups, null] as (TargetGroup | null)[]) {
    const members = entries.filter((e) =>
      g === null ? !chosen[e.no - 1]!.o.targetGroups.length : chosen[e.no - 1]!.o.targetGroups.includes(g),
    );
    if (members.length)
      groups.push({
        label: g === null ? NO_GROUP : TARGET_GROUP_LABELS[g],
        entries: members.map((e) => ({ no: e.no, name: e.name, page: 0 })),
      });
  }
  const s = paper.size;
  const lineRoom = box.width - PAGE_NO_ROOM;
  const contents: Block<ContentsLine>[] = [
    { item: { kind: "heading", text: "KANDUNGAN" }, height: s.heading * LINE + 8 },
    {
      item: { kind: "section", text: "A. Mengikut mukim / kawasan" },
      height: s.contents * LINE + 10,
      keepWithNext: true,
    },
  ];
  const sectionHeight = s.contents * LINE + 10;
  const groupHeight = s.contents * LINE + 6;
  const areasGoOn = {
    item: { kind: "section", text: `A. Mengikut mukim / kawasan ${CONTINUED}` },
    height: sectionHeight,
  } as const;
  areas.forEach((a) =>
    contents.push({
      item: { kind: "line", text: `${a.name} (${a.count})`, bookmark: a.bookmark, page: 0, indent: false },
      height: heightOf(`${a.name} (${a.count})`, lineRoom, s.contents) + 2,
      under: areasGoOn,
    }),
  );
  contents.push({
    item: { kind: "section", text: "B. Mengikut kumpulan sasar" },
    height: sectionHeight,
    keepWithNext: true,
  });
  for (const g of groups) {
    const text = `${g.label} (${g.entries.length})`;
    contents.push({ item: { kind: "group", text }, height: groupHeight, keepWithNext: true });
    const goesOn = { item: { kind: "group", text: `${g.label} ${CONTINUED}` }, height: groupHeight } as const;
    for (const e of g.entries)
      contents.push({
        item: { kind: "line", text: entryHeading(e), bookmark: `org_${e.no}`, page: 0, indent: true },
        height: heightOf(entryHeading(e), lineRoom - 14, s.contents) + 1,
        under: goesOn,
      });
  }
  const contentsPages = paginate(contents, room);

  // Entries: an area heading stays with the area's first entry.
  const valueWidth = box.width - paper.label;
  const entryHeight = (e: DirektoriEntry) =>
    paper.gap +
    heightOf(entryHeading(e), box.width, s.name, true) +
    e.fields.reduce((h, f) => h + heightOf(f.value, valueWidth, s.text) + AFTER_FIELD, 0) +
    s.text * LINE +
    AFTER_FIELD;
  const blocks: Block<EntryBlock>[] = [];
  const headingHeight = (a: DirektoriArea, continued: boolean) =>
    AREA_BEFORE + heightOf(areaHeading(a, continued), box.width, s.area, true) + AREA_AFTER + 3;
  entries.forEach((e, i) => {
    const area = areas[areaOf[i]!]!;
    if (i === 0 || areaOf[i] !== areaOf[i - 1])
      blocks.push({ item: { kind: "area", area }, height: headingHeight(area, false), keepWithNext: true });
    blocks.push({
      item: { kind: "entry", entry: e },
      height: entryHeight(e),
      under: { item: { kind: "area", area, continued: true }, height: headingHeight(area, true) },
    });
  });
  const entryPages = paginate(blocks, room);
  const firstEntryPage = 2 + contentsPages.length;
  entryPages.forEach((page, i) =>
    page.forEach((b) => {
      if (b.kind === "entry") b.entry.page = firstEntryPage + i;
      else if (!b.continued) b.area.page = firstEntryPage + i;
    }),
  );
  const pageOf = new Map(entries.map((e) => [e.bookmark, e.page]));
  for (const a of areas) pageOf.set(a.bookmark, a.page);
  for (const page of contentsPages)
    for (const line of page) if (line.kind === "line") line.page = pageOf.get(line.bookmark) ?? 0;
  for (const g of groups) for (const e of g.entries) e.page = pageOf.get(`org_${e.no}`) ?? 0;

  const kindNames =
    input.kinds.length === Object.keys(ORG_KIND_LABELS).length
      ? "semua jenis"
      : input.kinds.map((k) => ORG_KIND_LABELS[k]).join(", ");
  const place = `${input.district}, ${input.state}`.toUpperCase();
  const suffix = input.paper === "a5" ? "-a5" : "";
  const stem = `${DIREKTORI_CODE}${suffix}_${slug(input.district) || "daerah"}_${input.today}`;
  return {
    code: DIREKTORI_CODE,
    title: DIREKTORI_TITLE,
    subtitle: [DIREKTORI_SUBTITLE, `DAERAH ${place}`, `Dikemas kini pada ${dmy(input.today)}`],
    cover: [
      `${entries.length} organisasi (${kindNames}${input.activeOnly ? ", aktif sahaja" : ""})`,
      `${areas.length} mukim / kawasan`,
    ],
    classification: null,
    paper: input.paper,
    letterhead: input.letterhead,
    stamp: stampText(input.stamp),
    entries,
    areas,
    groups,
    contentsPages,
    entryPages,
    pageCount: 1 + contentsPages.length + entryPages.length,
    columns: DIREKTORI_COLUMNS,
    fileNames: {
      docx: `${stem}.docx`,
      xlsx: `${DIREKTORI_CODE}_${slug(input.district) || "daerah"}_${input.today}.xlsx`,
    },
  };
}
