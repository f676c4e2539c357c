// Why: money written the way an officer reads it on a form: "RM 1,234.00".

const ringgit = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "RM 1,234.00"; an empty or invalid amount shows as a dash. */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "—";
  const sign = amount < 0 ? "-" : "";
  return `${sign}RM ${ringgit.format(Math.abs(amount))}`;
}

/** A number from a form field that may hold "" while being typed; anything else counts as zero. */
export function numberOr0(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}
