// Why: how a relationship with a leader stands over time: contacts in the last 3, 6 and 12 months, the first and the last.
export type Rapport = {
  total: number;
  last3: number;
  last6: number;
  last12: number;
  first: string | null;
  last: string | null;
};

/** The same calendar day `months` months before `date` (yyyy-mm-dd), kept within the month (31/05 -> 28/02 or 29/02). */
export function monthsBefore(date: string, months: number): string {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7) - 1 - months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(+date.slice(8, 10), lastDay);
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Counts contacts dated within each window ending today (inclusive); contacts dated after today are not counted in a window. */
export function rapport(dates: readonly string[], today: string): Rapport {
  const sorted = [...dates].sort();
  const within = (months: number) => {
    const from = monthsBefore(today, months);
    return sorted.filter((d) => d >= from && d <= today).length;
  };
  return {
    total: sorted.length,
    last3: within(3),
    last6: within(6),
    last12: within(12),
    first: sorted[0] ?? null,
    last: sorted.at(-1) ?? null,
  };
}
