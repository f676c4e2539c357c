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

/** "850 KB", "1.2 MB", "3.4 GB" (1 MB = 1024 KB, as Windows shows file and disk sizes; "5 MB", not "5.0 MB"). */
export function formatBytes(n: number): string {
  const one = (v: number) => v.toFixed(1).replace(/\.0$/, "");
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  if (n < 1024 ** 3) return `${one(n / (1024 * 1024))} MB`;
  return `${one(n / 1024 ** 3)} GB`;
}
