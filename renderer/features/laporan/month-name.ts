// Why: month names in the user's language for the period pickers and summaries.
import { useTranslation } from "react-i18next";

export function useMonthName(): (month: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : `${i18n.language}-MY`, {
    month: "long",
    timeZone: "UTC",
  });
  return (m) => format.format(new Date(Date.UTC(2000, m - 1, 1)));
}
