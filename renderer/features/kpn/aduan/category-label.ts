// Why: a complaint category reads as the administrator wrote it, or (a starting category left as it was) in the
// user's language; a retired category still names the old complaints that used it.
import type { TFunction } from "i18next";
import type { ComplaintSettings } from "../../../../shared/domain/kpn/complaint-settings";

export function categoryLabel(t: TFunction, settings: ComplaintSettings, code: string): string {
  const c = settings.categories.find((x) => x.code === code);
  if (c?.label) return c.label;
  return t(`kpnAduan.categoryName.${code}`, { defaultValue: code });
}
