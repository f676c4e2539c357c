// Why: the profile's fields as data (paths, sections, labels, totals, what the register offers), shared by the form, the view and the comparison.
import type { TFunction } from "i18next";
import { ageBands, type AgeBand, type ProfileInput } from "../../../../shared/domain/community";

export type Population = ProfileInput["population"];
export type RegisterOffer = Partial<Population>;

export const identityKeys = ["blocks", "units", "yearBuilt", "managingBody"] as const;
export const ethnicKeys = ["melayu", "cina", "india", "lain"] as const;
export const groupKeys = [
  "oku",
  "wargaEmas",
  "ibuTunggal",
  "children",
  "schoolDropouts",
  "unemployed",
] as const;
export const textKeys = ["facilities", "organisations", "risks", "assets", "notes"] as const;
export const sexKeys = ["L", "P"] as const;

export const sectionKeys = ["identity", "population", ...textKeys] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** A number the form may hold mid-edit ("" or NaN) counts as nothing in a total. */
export const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export function ageBandTotals(byAgeBand: Population["byAgeBand"]) {
  const rows = Object.fromEntries(
    ageBands.map((b) => [b, num(byAgeBand[b].L) + num(byAgeBand[b].P)]),
  ) as Record<AgeBand, number>;
  const L = ageBands.reduce((s, b) => s + num(byAgeBand[b].L), 0);
  const P = ageBands.reduce((s, b) => s + num(byAgeBand[b].P), 0);
  return { rows, L, P, all: L + P };
}

export function ethnicTotal(groups: Population["ethnicGroups"]): number {
  return ethnicKeys.reduce((s, k) => s + num(groups[k]), 0);
}

/** Every leaf of a section, as a path from the profile's root, in the order an officer reads them. */
export function sectionPaths(section: SectionKey): string[] {
  if (section === "identity") return ["asOf", ...identityKeys.map((k) => `identity.${k}`)];
  if (section === "population")
    return [
      "population.households",
      ...ageBands.flatMap((b) => sexKeys.map((s) => `population.byAgeBand.${b}.${s}`)),
      ...ethnicKeys.map((k) => `population.ethnicGroups.${k}`),
      ...groupKeys.map((k) => `population.${k}`),
    ];
  return [section];
}

export function sectionOf(path: string): SectionKey {
  const head = path.split(".")[0]!;
  if (head === "asOf" || head === "identity") return "identity";
  return (sectionKeys as readonly string[]).includes(head) ? (head as SectionKey) : "notes";
}

/** The value at a dotted path ("population.byAgeBand.0-6.L"). */
export function valueAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const k of path.split(".")) {
    if (!cur || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** A copy of `obj` with the value at `path` replaced; the objects along the path are copied, never mutated. */
export function withValueAt<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const src = (obj ?? {}) as Record<string, unknown>;
  return {
    ...src,
    [head!]: rest.length ? withValueAt(src[head!], rest.join("."), value) : value,
  } as T;
}

/** The translated name of a field, for the comparison ("Penduduk 0-6 tahun: Lelaki"). */
export function fieldLabel(t: TFunction, path: string): string {
  const parts = path.split(".");
  if (parts[0] === "population" && parts[1] === "byAgeBand" && parts.length === 4)
    return t("profail.f.ageBandSex", {
      band: t(`profail.ageBand.${parts[2]}`),
      sex: t(`code.sex.${parts[3]}`),
    });
  if (parts[0] === "population" && parts[1] === "ethnicGroups" && parts.length === 3)
    return t("profail.f.ethnic", { group: t(`profail.ethnic.${parts[2]}`) });
  const key = `profail.f.${path}`;
  const label = t(key);
  return label === key ? path : label;
}

/** One row of the population form that the register can fill: one number, or L and P of an age band. */
export type OfferRow = { key: string; paths: string[]; register: number[]; current: number[]; same: boolean };

/** The population rows the register offers a figure for, beside what the form holds now. */
export function offerRows(current: Population, offer: RegisterOffer): OfferRow[] {
  const rows: { key: string; paths: string[] }[] = [
    { key: "households", paths: ["households"] },
    ...ageBands.map((b) => ({ key: `byAgeBand.${b}`, paths: sexKeys.map((s) => `byAgeBand.${b}.${s}`) })),
    ...ethnicKeys.map((k) => ({ key: `ethnicGroups.${k}`, paths: [`ethnicGroups.${k}`] })),
    ...groupKeys.map((k) => ({ key: k, paths: [k] })),
  ];
  const out: OfferRow[] = [];
  for (const row of rows) {
    const register = row.paths.map((p) => valueAt(offer, p));
    if (!register.every((v) => typeof v === "number")) continue;
    const cur = row.paths.map((p) => valueAt(current, p));
    out.push({
      key: row.key,
      paths: row.paths,
      register: register as number[],
      current: cur.map(num),
      same: cur.every((v, i) => v === register[i]),
    });
  }
  return out;
}

/** The population with the register's figures taken for the given rows (all offered rows when none are named). */
export function applyOffer(current: Population, offer: RegisterOffer, keys?: readonly string[]): Population {
  let next = current;
  for (const row of offerRows(current, offer)) {
    if (keys && !keys.includes(row.key)) continue;
    row.paths.forEach((p, i) => {
      next = withValueAt(next, p, row.register[i]);
    });
  }
  return next;
}

/** The editable part of a stored version (metadata and the version number left out). */
export function profileInputOf(p: ProfileInput): ProfileInput {
  return {
    siteId: p.siteId,
    asOf: p.asOf,
    identity: p.identity,
    population: p.population,
    facilities: p.facilities,
    organisations: p.organisations,
    risks: p.risks,
    assets: p.assets,
    notes: p.notes,
    ...(p.fromRegister ? { fromRegister: p.fromRegister } : {}),
  };
}

/**
 * Which population rows a saved version holds as the register gave them: the rows equal to the register's figures
 * when it was loaded this time, else the rows of the version it starts from that were kept unchanged.
 */
export function registerSource(
  values: Population,
  loaded: { offer: RegisterOffer; persons: number; asOf: string } | null,
  initial: ProfileInput,
): ProfileInput["fromRegister"] {
  if (loaded) {
    const fields = offerRows(values, loaded.offer)
      .filter((r) => r.same)
      .map((r) => r.key);
    return fields.length ? { asOf: loaded.asOf, persons: loaded.persons, fields } : undefined;
  }
  const before = initial.fromRegister;
  if (!before) return undefined;
  const kept = before.fields.filter((k) => {
    const row = offerRows(values, initial.population).find((r) => r.key === k);
    return row?.same;
  });
  return kept.length ? { ...before, fields: kept } : undefined;
}
