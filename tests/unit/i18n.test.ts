import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildResources } from "../../renderer/i18n/resources";

const { ms, en, id } = buildResources();

function flatten(o: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === "object" && v) for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

const base = (k: string) => k.replace(/_(one|other)$/, "");

describe("i18n files", () => {
  const keys = { ms: flatten(ms), en: flatten(en), id: flatten(id) };
  it("have the same keys and placeholders in all three languages", () => {
    for (const lang of ["en", "id"] as const) {
      expect([...keys[lang].keys()].sort()).toEqual([...keys.ms.keys()].sort());
      for (const [k, v] of keys.ms) {
        const ph = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
        expect(ph(keys[lang].get(k)!), `${lang}:${k}`).toEqual(ph(v));
      }
    }
  });
  it("hold every literal key the code uses, including validation and host messages", () => {
    const known = new Set([...keys.ms.keys()].map(base));
    const used = new Set<string>();
    for (const f of [...files("renderer"), ...files("shared")]) {
      const src = readFileSync(f, "utf8");
      for (const m of src.matchAll(/\bt\("([a-zA-Z]+\.[a-zA-Z_.]+)"/g)) used.add(m[1]!);
      for (const m of src.matchAll(/"((?:v|e|host)\.[a-zA-Z]+)(?::\d+)?["`:]/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !known.has(k));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(50);
  });
});
