// Why: the app's strings: the shared files in this folder plus each feature's own i18n/{ms,en,id}.json (features may
// nest, e.g. kpn/jangkauan), merged per language; a pack's own words for the shared screens (features/<pack>/terms,
// e.g. "Pendamping" for the PPK role in a PKH office) laid over them.
import ms from "./ms.json";
import en from "./en.json";
import id from "./id.json";
import type { CountryPack, Language } from "../../shared/domain/codes";

type Tree = { [key: string]: string | Tree };

const featureFiles = import.meta.glob<Tree>("../features/**/i18n/*.json", { eager: true, import: "default" });
const termFiles = import.meta.glob<Tree>("../features/*/terms/*.json", { eager: true, import: "default" });

function merge(target: Tree, source: Tree): Tree {
  for (const [k, v] of Object.entries(source)) {
    const t = target[k];
    target[k] = typeof v === "object" && typeof t === "object" ? merge({ ...t }, v) : v;
  }
  return target;
}

/** Every string per language; with `pack`, that pack's words replace the shared ones they name. */
export function buildResources(pack?: CountryPack): Record<Language, Tree> {
  const out: Record<Language, Tree> = { ms: merge({}, ms), en: merge({}, en), id: merge({}, id) };
  const overlay = (files: Record<string, Tree>) => {
    for (const [path, tree] of Object.entries(files)) {
      const lang = path.match(/\/(ms|en|id)\.json$/)?.[1] as Language | undefined;
      if (lang) out[lang] = merge(out[lang], tree);
    }
  };
  overlay(featureFiles);
  if (pack)
    overlay(Object.fromEntries(Object.entries(termFiles).filter(([p]) => p.includes(`/${pack}/terms/`))));
  return out;
}
