// Why: every visible string comes from these files; Bahasa Malaysia is the default, English and Bahasa Indonesia follow.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { buildResources } from "./resources";
import type { Language } from "../../shared/domain/codes";

const STORAGE_KEY = "rekod.language";

export function savedLanguage(): Language {
  const v = localStorage.getItem(STORAGE_KEY);
  return v === "en" || v === "id" || v === "ms" ? v : "ms";
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(
    Object.entries(buildResources()).map(([lang, tree]) => [lang, { translation: tree }]),
  ),
  lng: savedLanguage(),
  fallbackLng: "ms",
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
document.documentElement.lang = savedLanguage();

export default i18n;
