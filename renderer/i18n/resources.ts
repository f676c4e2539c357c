// Why: the app's strings: the shared files in this folder plus each feature's own i18n/{ms,en,id}.json (features may
// nest, e.g. kpn/jangkauan), merged per language.
import ms from "./ms.json";
import en from "./en.json";
import id from "./id.json";
import type { Language } from "../../shared/domain/codes";

type Tree = { [key: string]: string | Tree };

const featureFiles = import.meta.glob<Tree>("../features/**/i18n/*.json", { eager: true, import: "default" });

function merge(target: Tree, source: Tree): Tree {
  for (const [k, v] of Object.entries(source)) {
    const t = target[k];
    target[k] = typeof v === "object" && typeof t === "object" ? merge({ ...t }, v) : v;
  }
  return target;
}

export function buildResources(): Record<Language, Tree> {
  const out: Record<Language, Tree> = { ms: merge({}, ms), en: merge({}, en), id: merge({}, id) };
  for (const [path, tree] of Object.entries(featureFiles)) {
    const lang = path.match(/\/(ms|en|id)\.json$/)?.[1] as Language | undefined;
    if (lang) out[lang] = merge(out[lang], tree);
  }
  return out;
}
