// Why: a violation kind reads as the administrator wrote it, or (a starting one) in the user's language.
import type { TFunction } from "i18next";
import type { ViolationKind } from "../../../../shared/domain/pkh/supervision";

export function violationKindLabel(t: TFunction, kinds: readonly ViolationKind[], code: string): string {
  const k = kinds.find((x) => x.code === code);
  if (k?.label) return k.label;
  return t(`pkh.code.violationKind.${code}`, { defaultValue: code });
}
