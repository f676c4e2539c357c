// Why: the language can be changed before anyone logs in (setup and login screens).
import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Language } from "../../shared/domain/codes";
import { setLanguage } from "../i18n";

export function LanguagePicker() {
  const { i18n, t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("common.language")}
      value={i18n.language}
      onChange={(v) => void setLanguage(v as Language)}
      data={[
        { value: "ms", label: "BM" },
        { value: "en", label: "EN" },
        { value: "id", label: "ID" },
      ]}
    />
  );
}
