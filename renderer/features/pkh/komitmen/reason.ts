// Why: a non-compliance reason reads with its figures ("Hadir 16 dari 20 hari, di bawah 85%") wherever it is shown.
import type { TFunction } from "i18next";

export function reasonText(t: TFunction, reason: string, params?: Record<string, number>): string {
  if (reason === "e.pkh.schoolBelowMin" && params) return t("e.pkh.schoolBelowMinFull", params);
  return t(reason, params ?? {});
}
