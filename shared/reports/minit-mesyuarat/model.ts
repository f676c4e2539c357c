// Why: Minit Mesyuarat: one meeting as the minutes a PKMD files (particulars, attendees, agenda, discussion, decisions, action items with owners and due dates), computed once here for the writer and the screen.
import type { MeetingInput } from "../../domain/community";
import {
  dmy,
  signatureBlock,
  slug,
  stampText,
  type Classification,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../frame/text";

export const MINIT_CODE = "minit-mesyuarat";
export const MINIT_TITLE = "MINIT MESYUARAT";

export const MEETING_TYPE_LABELS: Record<MeetingInput["type"], string> = {
  perjumpaan: "Perjumpaan",
  perbincangan: "Perbincangan",
  dialog: "Dialog",
  "mesyuarat-jawatankuasa": "Mesyuarat Jawatankuasa",
  "lain-lain": "Mesyuarat",
};
export const ITEM_STATUS_LABELS = {
  belum: "Belum dimulakan",
  "dalam-tindakan": "Dalam tindakan",
  selesai: "Selesai",
} as const;

/** One action item with its owner already named: an officer of the office or a stakeholder of the site. */
export type MinitItem = {
  text: string;
  owner: { name: string; role: string };
  dueDate: string;
  status: keyof typeof ITEM_STATUS_LABELS;
};
/** One attendee: a stakeholder (with role and organisation) or a name typed at the meeting. */
export type MinitAttendee = { name: string; role?: string; organisation?: string };

export type MinitInput = {
  site: { name: string; district: string };
  meeting: Pick<MeetingInput, "date" | "time" | "type" | "venue" | "agenda" | "minutes" | "decisions">;
  attendees: readonly MinitAttendee[];
  items: readonly MinitItem[];
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

export type MinitTable = {
  id: "particulars" | "attendees" | "items";
  columns: string[];
  rows: string[][];
};
export type MinitBlock = { kind: "table"; table: MinitTable } | { kind: "text"; lines: string[] };
export type MinitSection = { key: string; heading: string; blocks: MinitBlock[] };

export type MinitModel = {
  code: typeof MINIT_CODE;
  title: string;
  subtitle: string[];
  classification: Classification;
  letterhead: Letterhead;
  stamp: string;
  signature: SignatureBlock;
  sections: MinitSection[];
  fileName: string;
};

/** "8.30 pagi", "1.00 tengah hari", "3.15 petang", "8.00 malam" from 24-hour "HH:mm"; empty when unknown. */
export function masa(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return "";
  const h = Number(m[1]);
  const part = h < 12 ? "pagi" : h < 14 ? "tengah hari" : h < 19 ? "petang" : "malam";
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}.${m[2]} ${part}`;
}

/** The non-empty lines of a free-text field, or `none`. */
export function linesOf(s: string, none: string): string[] {
  const lines = s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : [none];
}

/** Items in the order they fall due: earliest due date first, then by their text. */
function ordered(items: readonly MinitItem[]): MinitItem[] {
  return [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.text.localeCompare(b.text, "ms"));
}

export function minitModel(input: MinitInput): MinitModel {
  const { meeting: m, site } = input;
  const typeLabel = MEETING_TYPE_LABELS[m.type] ?? "Mesyuarat";
  const time = masa(m.time);
  const particulars: MinitTable = {
    id: "particulars",
    columns: ["Perkara", "Butiran"],
    rows: [
      ["Jenis", typeLabel],
      ["Tarikh", dmy(m.date)],
      ["Masa", time || "Tidak direkodkan"],
      ["Tempat", m.venue],
      ["Tapak", site.name],
    ],
  };
  const attendees: MinitTable = {
    id: "attendees",
    columns: ["Bil.", "Nama", "Jawatan / Organisasi"],
    rows: input.attendees.map((a, i) => [
      String(i + 1),
      a.name,
      [a.role, a.organisation].filter((x) => x && x.trim()).join(", ") || "-",
    ]),
  };
  const items: MinitTable = {
    id: "items",
    columns: ["Bil.", "Perkara", "Tindakan oleh", "Tarikh akhir", "Status"],
    rows: ordered(input.items).map((it, i) => [
      String(i + 1),
      it.text,
      it.owner.role ? `${it.owner.name} (${it.owner.role})` : it.owner.name,
      dmy(it.dueDate),
      ITEM_STATUS_LABELS[it.status],
    ]),
  };
  const tableOr = (t: MinitTable, none: string): MinitBlock =>
    t.rows.length ? { kind: "table", table: t } : { kind: "text", lines: [none] };
  return {
    code: MINIT_CODE,
    title: MINIT_TITLE,
    subtitle: [
      `${typeLabel.toUpperCase()} ${site.name.toUpperCase()}`,
      `${dmy(m.date)}${time ? `, ${time}` : ""}, ${m.venue}`,
    ],
    classification: null,
    letterhead: input.letterhead,
    stamp: stampText(input.stamp),
    signature: signatureBlock(input.signature),
    sections: [
      {
        key: "particulars",
        heading: "1. BUTIRAN MESYUARAT",
        blocks: [{ kind: "table", table: particulars }],
      },
      {
        key: "attendees",
        heading: `2. KEHADIRAN (${input.attendees.length} ORANG)`,
        blocks: [tableOr(attendees, "Tiada kehadiran direkodkan.")],
      },
      {
        key: "agenda",
        heading: "3. AGENDA",
        blocks: [{ kind: "text", lines: linesOf(m.agenda, "Tiada agenda direkodkan.") }],
      },
      {
        key: "minutes",
        heading: "4. PERBINCANGAN",
        blocks: [{ kind: "text", lines: linesOf(m.minutes, "Tiada catatan perbincangan.") }],
      },
      {
        key: "decisions",
        heading: "5. KEPUTUSAN",
        blocks: [{ kind: "text", lines: linesOf(m.decisions, "Tiada keputusan direkodkan.") }],
      },
      {
        key: "items",
        heading: "6. TINDAKAN SUSULAN",
        blocks: [tableOr(items, "Tiada tindakan susulan.")],
      },
    ],
    fileName: `${MINIT_CODE}_${slug(site.name)}_${m.date}.docx`,
  };
}
