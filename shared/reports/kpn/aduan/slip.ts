// Why: the acknowledgement slip the complainant takes home: the office, the reference number, what was received and
// by whom, and the charter's two deadlines; computed once here for the screen and the printed copy (always Malay).
import { complaintDeadlines, type CharterDays } from "../../../domain/kpn/complaints";
import type { OfficeCalendar } from "../../../domain/working-days";
import { dmy, letterheadLines, type Letterhead } from "../../frame/text";

export type ComplaintSlipSource = {
  refNo: string;
  receivedDate: string;
  name: string;
  contact: string;
  description: string;
};

export type ComplaintSlipModel = {
  letterhead: Letterhead;
  letterheadLines: string[];
  title: string;
  refNo: string;
  rows: { label: string; value: string }[];
  /** What the office promises, in one sentence with both dates. */
  promise: string;
  receivedBy: { name: string; post: string };
};

export const SLIP_TITLE = "SLIP PENERIMAAN ADUAN";

/** Long descriptions are cut on the slip (the full text stays in the record). */
const SLIP_DESCRIPTION_MAX = 600;

export function complaintSlip(
  c: ComplaintSlipSource,
  ctx: {
    letterhead: Letterhead;
    categoryLabel: string;
    receiver: { name: string; post: string };
    calendar: OfficeCalendar;
    days: CharterDays;
  },
): ComplaintSlipModel {
  const due = complaintDeadlines(c.receivedDate, ctx.calendar, ctx.days);
  const what =
    c.description.length > SLIP_DESCRIPTION_MAX
      ? `${c.description.slice(0, SLIP_DESCRIPTION_MAX - 1).trimEnd()}…`
      : c.description;
  return {
    letterhead: ctx.letterhead,
    letterheadLines: letterheadLines(ctx.letterhead),
    title: SLIP_TITLE,
    refNo: c.refNo,
    rows: [
      { label: "No. rujukan", value: c.refNo },
      { label: "Tarikh diterima", value: dmy(c.receivedDate) },
      { label: "Nama pengadu", value: c.name },
      ...(c.contact ? [{ label: "No. telefon / hubungan", value: c.contact }] : []),
      { label: "Kategori", value: ctx.categoryLabel },
      { label: "Perkara diterima", value: what },
      { label: "Akuan penerimaan selewat-lewatnya", value: dmy(due.acknowledgeBy) },
      { label: "Penyelesaian selewat-lewatnya", value: dmy(due.resolveBy) },
    ],
    promise:
      `Aduan anda telah diterima dan akan diakui dalam tempoh ${ctx.days.acknowledge} hari bekerja ` +
      `(selewat-lewatnya ${dmy(due.acknowledgeBy)}) dan diselesaikan dalam tempoh ${ctx.days.resolve} hari bekerja ` +
      `(selewat-lewatnya ${dmy(due.resolveBy)}). Sila nyatakan no. rujukan ${c.refNo} bagi sebarang pertanyaan.`,
    receivedBy: ctx.receiver,
  };
}
