// Why: the Buku Rekod import as the shared import screen runs it: its defaults, the preview in words and the commit.
import type { TFunction } from "i18next";
import type { Actor } from "../../../shared/domain/access";
import { readRecordNo } from "../../../shared/domain/case";
import { caseStatuses, ethnicities, maritalStatuses } from "../../../shared/domain/codes";
import { bukuRekodSpec, type BukuRekodContext, type BukuRekodRow } from "../../../shared/import/buku-rekod";
import { formatDate } from "../../app/format";
import { db } from "../../db/instance";
import { bukuRekodContext, commitBukuRekod } from "./buku-rekod";
import type { ImportKind } from "./kind";

export function bukuRekodKind(actor: Actor, t: TFunction): ImportKind<BukuRekodRow, BukuRekodContext> {
  const codes = (list: readonly string[], prefix: string) =>
    list.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return {
    spec: bukuRekodSpec,
    titleKey: "imp.title",
    initialDefaults: {
      officer: actor.role === "ppk" || actor.role === "pkmd" ? actor.userId : null,
      site: actor.role === "ppk" && actor.siteIds.length === 1 ? actor.siteIds[0]! : null,
    },
    async defaultOptions() {
      const ctx = await bukuRekodContext(db, actor, {});
      return {
        site: ctx.sites.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` })),
        officer: ctx.officers.map((o) => ({ value: o.id, label: o.name })),
        ethnicity: codes(ethnicities, "code.ethnicity"),
        maritalStatus: codes(maritalStatuses, "code.marital"),
        status: codes(caseStatuses, "code.caseStatus"),
      };
    },
    context: (defaults) => bukuRekodContext(db, actor, defaults),
    async preview(rows, ctx) {
      const site = new Map(ctx.sites.map((s) => [s.id, s]));
      const officer = new Map(ctx.officers.map((o) => [o.id, o.name]));
      // A registered person's case joins them as they are stored (their name, not the book's spelling).
      const stored = await db.persons
        .where("mykad")
        .anyOf(rows.flatMap((r) => (r.mykad ? [r.mykad] : [])))
        .filter((p) => !p.deletedAt)
        .toArray();
      const known = new Map(stored.map((p) => [p.mykad!, p]));
      const numberOf = (r: BukuRekodRow) => {
        const n = r.legacyNo ? readRecordNo(r.legacyNo) : null;
        const code = site.get(r.case.siteId)?.code;
        if (n && n.code === code && n.year === Number(r.case.date.slice(0, 4)) && n.seq > 0)
          return `${n.recordNo} (${t("imp.keptNumber")})`;
        return t("imp.newNumber");
      };
      return {
        headers: [
          t("imp.recordNo"),
          t("imp.legacyNo"),
          t("imp.field.date"),
          t("imp.field.name"),
          t("imp.field.docNo"),
          t("imp.field.sex"),
          t("imp.field.birthDate"),
          t("imp.field.site"),
          t("imp.field.targetGroup"),
          t("imp.field.service"),
          t("imp.field.problem"),
          t("imp.field.officer"),
          t("imp.field.status"),
          t("imp.personState"),
        ],
        cells: rows.map((r) => [
          numberOf(r),
          numberOf(r) === t("imp.newNumber") ? r.legacyNo : "",
          formatDate(r.case.date),
          (known.get(r.mykad!) ?? r.person).name,
          r.person.docNo || t(`code.docType.${r.person.docType}`),
          t(`code.sex.${(known.get(r.mykad!) ?? r.person).sex}`),
          formatDate((known.get(r.mykad!) ?? r.person).birthDate),
          site.get(r.case.siteId)?.code ?? "",
          t(`code.targetGroup.${r.case.targetGroup}`),
          t(`code.service.${r.case.service}`),
          r.case.problem,
          officer.get(r.case.officerId) ?? "",
          t(`code.caseStatus.${r.case.status}`),
          r.mykad && known.has(r.mykad) ? t("imp.personKnown") : t("imp.personNew"),
        ]),
      };
    },
    async commit(rows, onStep) {
      const s = await commitBukuRekod(db, actor, rows, (step) =>
        onStep(
          step === "persons" ? "imp.stepPersons" : step === "cases" ? "imp.stepCases" : "imp.stepSaved",
          step === "persons" ? 0.15 : step === "cases" ? 0.5 : 1,
        ),
      );
      return [
        { key: "personsCreated", labelKey: "imp.personsCreated", value: s.personsCreated },
        { key: "personsMatched", labelKey: "imp.personsMatched", value: s.personsMatched },
        { key: "casesCreated", labelKey: "imp.casesCreated", value: s.casesCreated },
        { key: "numbersKept", labelKey: "imp.numbersKept", value: s.numbersKept },
        { key: "legacyKept", labelKey: "imp.legacyKept", value: s.legacyKept },
      ];
    },
    doneLink: { to: "/buku-rekod", labelKey: "imp.toRegister" },
  };
}
