// Why: the profile form's pure rules: totals, register figures offered and taken per row, field labels for the comparison.
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { compareProfiles, emptyProfile } from "../../shared/domain/community";
import { buildResources } from "../../renderer/i18n/resources";
import {
  ageBandTotals,
  applyOffer,
  ethnicTotal,
  fieldLabel,
  offerRows,
  profileInputOf,
  sectionKeys,
  sectionOf,
  sectionPaths,
  valueAt,
  withValueAt,
} from "../../renderer/features/ppr/profail/profile-fields";

const resources = buildResources();
async function tIn(lng: "ms" | "en" | "id") {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: Object.fromEntries(Object.entries(resources).map(([l, tree]) => [l, { translation: tree }])),
    lng,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18n.t;
}

const base = () => emptyProfile("site-1", "2026-05-01");

describe("profile totals", () => {
  it("add age bands by row and by sex, counting an emptied input as nothing", () => {
    const pop = base().population;
    pop.byAgeBand["0-6"] = { L: 2, P: 3 };
    pop.byAgeBand["60+"] = { L: 4, P: "" as unknown as number };
    const totals = ageBandTotals(pop.byAgeBand);
    expect(totals.rows["0-6"]).toBe(5);
    expect(totals.rows["60+"]).toBe(4);
    expect([totals.L, totals.P, totals.all]).toEqual([6, 3, 9]);
  });
  it("add ethnic groups", () => {
    expect(ethnicTotal({ melayu: 10, cina: 2, india: 1, lain: 0 })).toBe(13);
  });
});

describe("register figures", () => {
  const offer = {
    households: 40,
    byAgeBand: { ...base().population.byAgeBand, "18-35": { L: 5, P: 6 } },
    ethnicGroups: { melayu: 9, cina: 2, india: 0, lain: 0 },
    oku: 1,
  };
  it("are offered per row beside the current value, and only for what the register knows", () => {
    const current = { ...base().population, oku: 1 };
    const rows = offerRows(current, offer);
    const keys = rows.map((r) => r.key);
    expect(keys).toContain("households");
    expect(keys).toContain("byAgeBand.18-35");
    expect(keys).not.toContain("ibuTunggal");
    expect(keys).not.toContain("schoolDropouts");
    const band = rows.find((r) => r.key === "byAgeBand.18-35")!;
    expect(band).toMatchObject({ register: [5, 6], current: [0, 0], same: false });
    expect(rows.find((r) => r.key === "oku")!.same).toBe(true);
  });
  it("are taken for one row without touching the others or the original", () => {
    const current = { ...base().population, households: 35, ibuTunggal: 7 };
    const next = applyOffer(current, offer, ["byAgeBand.18-35"]);
    expect(next.byAgeBand["18-35"]).toEqual({ L: 5, P: 6 });
    expect(next.households).toBe(35);
    expect(next.ethnicGroups.melayu).toBe(0);
    expect(current.byAgeBand["18-35"]).toEqual({ L: 0, P: 0 });
  });
  it("are all taken by 'guna semua', leaving figures the register does not know", () => {
    const current = { ...base().population, ibuTunggal: 7, schoolDropouts: 3 };
    const next = applyOffer(current, offer);
    expect(next.households).toBe(40);
    expect(next.ethnicGroups.melayu).toBe(9);
    expect(next.oku).toBe(1);
    expect([next.ibuTunggal, next.schoolDropouts]).toEqual([7, 3]);
    expect(offerRows(next, offer).every((r) => r.same)).toBe(true);
  });
});

describe("paths", () => {
  it("read and replace nested values without mutating", () => {
    const p = base();
    const q = withValueAt(p, "population.byAgeBand.0-6.L", 9);
    expect(valueAt(q, "population.byAgeBand.0-6.L")).toBe(9);
    expect(valueAt(p, "population.byAgeBand.0-6.L")).toBe(0);
    expect(valueAt(p, "population.nothing.here")).toBeUndefined();
  });
  it("cover every field the comparison can report, each in its own section", () => {
    const all = sectionKeys.flatMap((s) => sectionPaths(s));
    const a = base();
    const b = withValueAt(base(), "asOf", "2026-06-01");
    let changed = b;
    for (const path of all.filter((p) => p !== "asOf")) {
      const v = valueAt(a, path);
      changed = withValueAt(changed, path, typeof v === "number" ? v + 1 : `${String(v)}x`);
    }
    const diffs = compareProfiles(a, changed).map((d) => d.path);
    expect(diffs.sort()).toEqual([...all].sort());
    for (const s of sectionKeys) for (const p of sectionPaths(s)) expect(sectionOf(p)).toBe(s);
  });
  it("strip a stored version down to its input", () => {
    const stored = { ...base(), id: "x", version: 3, rev: 1 };
    expect(profileInputOf(stored)).toEqual(base());
  });
});

describe("field labels", () => {
  it("name every compared field in each language", async () => {
    const paths = sectionKeys.flatMap((s) => sectionPaths(s));
    for (const lng of ["ms", "en", "id"] as const) {
      const t = await tIn(lng);
      for (const p of paths) {
        const label = fieldLabel(t, p);
        expect(label, `${lng}:${p}`).not.toBe(p);
        expect(label, `${lng}:${p}`).not.toMatch(/profail\.|code\./);
      }
    }
    const ms = await tIn("ms");
    expect(fieldLabel(ms, "population.byAgeBand.60+.P")).toBe("Penduduk 60 tahun ke atas: Perempuan");
    expect(fieldLabel(ms, "population.ethnicGroups.cina")).toBe("Kaum: Cina");
    expect(fieldLabel(ms, "population.households")).toBe("Bilangan isi rumah");
    expect(fieldLabel(ms, "something.unknown")).toBe("something.unknown");
  });
});
