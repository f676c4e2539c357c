// Why: every visible string comes from these files; Bahasa Malaysia is the default, English and Bahasa Indonesia follow.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { buildResources } from "./resources";
import type { CountryPack, Language } from "../../shared/domain/codes";

const STORAGE_KEY = "rekod.language";

export function savedLanguage(): Language {
  const v = localStorage.getItem(STORAGE_KEY);
  return v === "en" || v === "id" || v === "ms" ? v : "ms";
}

/** True once someone on this PC picked a language (otherwise the office's language is used). */
export function languageChosen(): boolean {
  return localStorage.getItem(STORAGE_KEY) !== null;
}

let activePack: CountryPack | undefined;
/** Takes the office's pack words, and its language unless someone on this PC picked one. */
export function followOffice(pack: CountryPack, language: Language): void {
  applyPack(pack);
  if (!languageChosen() && i18n.language !== language) {
    document.documentElement.lang = language;
    void i18n.changeLanguage(language);
  }
}

/** Lays the pack's own words over the shared screens' strings (a PKH office says "Pendamping", "Wilayah"...). */
export function applyPack(pack: CountryPack): void {
  if (pack === activePack) return;
  activePack = pack;
  for (const [lang, tree] of Object.entries(buildResources(pack)))
    i18n.addResourceBundle(lang, "translation", tree, false, true);
  // Re-render every translated screen with the new words.
  void i18n.changeLanguage(i18n.language);
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
