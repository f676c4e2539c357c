// Why: a PKH complaint category reads as the administrator wrote it, or (a starting one left as it was) in the
// user's language; a retired category still names the old complaints that used it.
import type { TFunction } from "i18next";
import type { PkhComplaintCategory } from "../../../../shared/domain/pkh/complaints";

export function pkhCategoryLabel(
  t: TFunction,
  categories: readonly PkhComplaintCategory[],
  code: string,
): string {
  const c = categories.find((x) => x.code === code);
  if (c?.label) return c.label;
  return t(`pkh.code.complaintCategory.${code}`, { defaultValue: code });
}
