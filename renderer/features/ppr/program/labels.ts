// Why: one colour per programme status, the same on the list, the calendar and the home screen.
import type { ProgrammeInput } from "../../../../shared/domain/community";
import { formatDate } from "../../../app/format";

export function programmeStatusColor(status: ProgrammeInput["status"]): string {
  switch (status) {
    case "dirancang":
      return "blue";
    case "dilaksanakan":
      return "teal";
    case "ditangguhkan":
      return "orange";
    default:
      return "gray";
  }
}

/** "12/11/2026" or "12/11/2026 – 14/11/2026". */
export function programmeDates(p: { startDate: string; endDate: string }): string {
  return p.endDate && p.endDate !== p.startDate
    ? `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`
    : formatDate(p.startDate);
}
