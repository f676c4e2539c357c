// Why: one colour per case status, the same on every screen.
import type { CaseStatus } from "../../../../shared/domain/codes";

const colors: Record<CaseStatus, string> = {
  baru: "blue",
  "dalam-tindakan": "yellow",
  dirujuk: "violet",
  selesai: "green",
  ditutup: "gray",
};

export function statusColor(s: CaseStatus): string {
  return colors[s];
}
