// Why: dates shown the way a Malaysian office writes them: dd/mm/yyyy, 24-hour time.
import dayjs from "dayjs";

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("DD/MM/YYYY") : "";
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("DD/MM/YYYY HH:mm") : "";
}

/** Particulars on one line, " · " between them; a missing one (no phone, no unit) leaves no doubled separator. */
export function joinParts(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p && p.trim() !== "").join(" · ");
}
