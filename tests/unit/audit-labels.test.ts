// Why: the Log Audit reads as Malay for every table, field, coded value and action: no raw names, codes or placeholders.
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../renderer/db/demo";
import {
  AUDIT_ACTIONS,
  AUDITED_TABLES,
  auditChanges,
  fieldLabel,
  valueKeyOf,
  valueLabel,
} from "../../renderer/features/audit/changes";
import { buildResources } from "../../renderer/i18n/resources";
import { FAST_ITERATIONS, freshDb } from "./helpers";

/** Fields a delivery row (table "laporan") carries in its `after`. */
const LAPORAN_FIELDS = ["document", "sulit", "sites", "period", "item", "folder", "files"];
const bad = (text: string) => /\{\{|returned an object|^[a-z]+[A-Z]/.test(text);

beforeAll(async () => {
  const r = buildResources();
  await i18next.init({
    lng: "ms",
    resources: { ms: { translation: r.ms }, en: { translation: r.en }, id: { translation: r.id } },
  });
});

describe("Log Audit labels in Malay", () => {
  it("names every action", () => {
    const missing = AUDIT_ACTIONS.filter((a) => {
      const v = i18next.t(`action.${a}`, { defaultValue: "" });
      return !v || bad(v);
    });
    expect(missing).toEqual([]);
  });

  it("names every table", () => {
    expect(AUDITED_TABLES.filter((x) => !i18next.exists(`table.${x}`))).toEqual([]);
  });

  it("labels every field of every table and every coded value the demo office holds", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    const missing = new Set<string>();
    const check = (table: string, row: Record<string, unknown>) => {
      // The same fields the screen shows: every one but metadata and search keys.
      for (const { field, after } of auditChanges({ before: null, after: row })) {
        const label = fieldLabel(i18next.t, table, field);
        if (label === field || bad(label)) missing.add(`${table}.${field}`);
        const v = after?.value;
        if (valueKeyOf(table, field))
          for (const code of Array.isArray(v) ? v : [v])
            if (typeof code === "string" && code && valueLabel(i18next.t, table, field, code) === code)
              missing.add(`${table}.${field}=${code}`);
      }
    };
    for (const table of AUDITED_TABLES) {
      if (table === "laporan" || table === "session") continue;
      const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
      for (const row of rows) check(table, row);
    }
    check("laporan", Object.fromEntries(LAPORAN_FIELDS.map((f) => [f, "x"])));
    // Fields a decision or a return adds, present on decided investigations only.
    check("investigations", {
      decision: "lulus",
      decisionAmount: 300,
      decidedAt: "x",
      decidedBy: "u",
      status: "diputuskan",
    });
    // A monthly pack (the demo office has none sent), with every field it carries.
    check("monthlyPacks", {
      siteId: "s1",
      month: "2026-11",
      status: "disahkan",
      round: 2,
      documents: "[tidak direkodkan dalam log]",
      preparedBy: { id: "u1", name: "Aminah", jawatan: "PPK" },
      sentOn: "2026-12-01",
      signedBy: { id: "u2", name: "Rahman", jawatan: "PKMD", date: "2026-12-02" },
      history: [],
    });
    expect([...missing].sort()).toEqual([]);
  });
});
