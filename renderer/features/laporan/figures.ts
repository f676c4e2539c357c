// Why: small pure rules of the Laporan screen: the default month, a figure's register link, the signer's post in Malay.
import type { StatRow } from "../../../shared/reports/statistik-kes/model";

/** The month before the given day (yyyy-mm-dd): the report an officer usually makes. */
export function previousMonth(today: string): { year: number; month: number } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** First and last day (yyyy-mm-dd) of a month. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad2(month)}-01`, to: `${year}-${pad2(month)}-${pad2(last)}` };
}

/**
 * The register showing the cases behind one month's figure, or null when the register cannot filter the same way
 * (rows not counting cases, and the Lelaki / Perempuan rows: the register has no sex filter).
 */
export function registerHref(
  row: StatRow,
  siteId: string | null,
  year: number,
  month: number,
): string | null {
  const filter = row.id === "TOTAL" ? {} : row.caseFilter;
  if (!filter || filter.sex) return null;
  const { from, to } = monthRange(year, month);
  const p = new URLSearchParams();
  if (siteId) p.set("tapak", siteId);
  if (filter.targetGroup) p.set("kumpulan", filter.targetGroup);
  if (filter.service) p.set("perkhidmatan", filter.service);
  p.set("dari", from);
  p.set("hingga", to);
  return `/buku-rekod?${p.toString()}`;
}

/** The posts written under signatures live with the signatory rule (shared, so the data layer names officers too). */
export { JAWATAN, postOf } from "../../../shared/reports/frame/signatories";
