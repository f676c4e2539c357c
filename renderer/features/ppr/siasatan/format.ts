// Why: money and file sizes written the way an officer reads them on a form: "RM 1,234.00", "1.2 MB".

const ringgit = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "RM 1,234.00"; an empty or invalid amount shows as a dash. */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "—";
  const sign = amount < 0 ? "-" : "";
  return `${sign}RM ${ringgit.format(Math.abs(amount))}`;
}

/** "850 KB", "1.2 MB" (1 MB = 1024 KB, as Windows shows file sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** A number from a form field that may hold "" while being typed; anything else counts as zero. */
export function numberOr0(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}
