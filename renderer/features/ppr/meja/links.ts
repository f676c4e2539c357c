// Why: where each figure of the desk leads: the existing screen, filtered the same way the figure was counted.
import { packIdOf } from "../../../../shared/domain/monthly-pack";
import { monthRange } from "../program/month";
import type { DeskFigures } from "../../../db/desk";

/** The link behind a site's figure (siteId null: the district, every site). */
export function figureLink(field: keyof DeskFigures, siteId: string | null, month: string): string {
  const q = new URLSearchParams();
  if (siteId) q.set("tapak", siteId);
  if (field === "cases") {
    const { start, end } = monthRange(month);
    q.set("dari", start);
    q.set("hingga", end);
    return `/buku-rekod?${q}`;
  }
  // A case stays "Dirujuk" while any of its referrals is open: the register lists those cases.
  if (field === "openReferrals") {
    q.set("status", "dirujuk");
    return `/buku-rekod?${q}`;
  }
  if (field === "overdueChecks") return `/semakan${siteId ? `?${q}` : ""}`;
  if (field === "awaitingDecision") {
    q.set("status", "dihantar");
    return `/siasatan?${q}`;
  }
  q.set("bulan", month);
  return `/program?${q}`;
}

export const packLink = (siteId: string, month: string) =>
  `/meja/pek/${encodeURIComponent(packIdOf(siteId, month))}`;

export const overdueComplaintsLink = "/kpn/aduan?status=lewat";
