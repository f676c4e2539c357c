// Why: the organisation import (an xlsx/csv list, or an HSDS package) as the shared import screen runs it: the kind
// chosen for rows without one, the preview in words, what happens to rows the directory already has, and the commit.
import type { TFunction } from "i18next";
import type { Actor } from "../../../shared/domain/access";
import { organisationKinds } from "../../../shared/domain/directory";
import { HsdsPackageError, readHsdsPackage } from "../../../shared/directory-hsds/read";
import type { HsdsIssue } from "../../../shared/directory-hsds/validate";
import { organisationFields } from "../../../shared/import/organisations-fields";
import {
  organisationsSpec,
  type OrganisationContext,
  type OrganisationRow,
} from "../../../shared/import/organisations";
import { ImportFileError } from "../../../shared/import/sheet";
import { formatDate } from "../../app/format";
import { db } from "../../db/instance";
import type { ImportKind } from "./kind";
import { commitOrganisations, organisationContext } from "./organisations";

export type OrganisationSource = "sheet" | "hsds";

/** The first problems of a package that breaks the HSDS tables, in words. */
function hsdsProblems(t: TFunction, issues: readonly HsdsIssue[]): string {
  const shown = issues.slice(0, 5).map((i) =>
    t("imp.hsds.issue", {
      file: i.file,
      row: i.row === null ? "" : t("imp.hsds.atRow", { row: i.row }),
      field: i.field,
      rule: t(`imp.hsds.rule.${i.code}`),
      value: i.value ? ` ("${i.value.length > 40 ? `${i.value.slice(0, 40)}…` : i.value}")` : "",
    }),
  );
  return [...shown, ...(issues.length > 5 ? [t("imp.hsds.more", { n: issues.length - 5 })] : [])].join(" ");
}

export function organisationsKind(
  actor: Actor,
  t: TFunction,
  source: OrganisationSource,
): ImportKind<OrganisationRow, OrganisationContext> {
  const label = (key: string) => t(organisationFields.find((f) => f.key === key)!.labelKey);
  const fieldLabels = (keys: readonly string[]) => keys.map(label).join(", ");
  return {
    spec: organisationsSpec,
    titleKey: source === "hsds" ? "imp.hsds.title" : "imp.org.title",
    introKey: source === "hsds" ? "imp.hsds.intro" : "imp.org.intro",
    pickKey: source === "hsds" ? "imp.hsds.pick" : "imp.pickFile",
    fileErrorKeys: { "imp.noHeader": "imp.org.noHeader", "imp.notSpreadsheet": "imp.org.notSpreadsheet" },
    ...(source === "hsds"
      ? {
          accept: { name: "HSDS (.zip)", extensions: ["zip"] },
          async read(bytes: Uint8Array) {
            try {
              return await readHsdsPackage(bytes);
            } catch (e) {
              if (e instanceof HsdsPackageError)
                throw new ImportFileError("imp.hsds.invalid", { problems: hsdsProblems(t, e.issues) });
              throw e;
            }
          },
        }
      : {}),
    initialDefaults: { kind: null },
    async defaultOptions() {
      return { kind: organisationKinds.map((value) => ({ value, label: t(`code.orgKind.${value}`) })) };
    },
    context: (defaults) => organisationContext(db, defaults),
    async preview(rows) {
      return {
        headers: [
          label("name"),
          label("kind"),
          label("area"),
          label("phone"),
          label("head"),
          label("targetGroups"),
          label("services"),
          label("members"),
          label("active"),
          label("confirmedAt"),
          t("imp.org.inDirectory"),
        ],
        cells: rows.map(({ fields: o, match }) => [
          match?.name ?? o.name,
          t(`code.orgKind.${o.kind}`),
          o.area,
          o.phone || o.mobile,
          [o.head, o.headPost].filter(Boolean).join(", "),
          o.targetGroups.map((g) => t(`code.targetGroup.${g}`)).join(", "),
          o.services.join("; "),
          o.members === null ? "" : String(o.members),
          t(o.active ? "imp.org.yes" : "imp.org.no"),
          formatDate(o.confirmedAt),
          !match ? t("imp.org.new") : match.changes.length ? t("imp.org.updated") : t("imp.org.unchanged"),
        ]),
      };
    },
    notes(valid) {
      return valid.flatMap(({ rowNo, value: { match } }) => {
        if (!match) return [];
        const found = t(match.by === "name" ? "imp.org.sameName" : "imp.org.samePhone", { name: match.name });
        const what = match.changes.length
          ? t("imp.org.willUpdate", { fields: fieldLabels(match.changes) })
          : t("imp.org.willSkip");
        return [{ row: rowNo, text: `${found} ${what}` }];
      });
    },
    async commit(rows, onStep) {
      const s = await commitOrganisations(db, actor, rows, (step) =>
        onStep(
          step === "create"
            ? "imp.org.stepCreate"
            : step === "update"
              ? "imp.org.stepUpdate"
              : "imp.stepSaved",
          step === "create" ? 0.2 : step === "update" ? 0.6 : 1,
        ),
      );
      return [
        { key: "created", labelKey: "imp.org.created", value: s.created },
        { key: "updated", labelKey: "imp.org.updatedCount", value: s.updated },
        { key: "unchanged", labelKey: "imp.org.unchangedCount", value: s.unchanged },
      ];
    },
    doneLink: { to: "/direktori", labelKey: "imp.org.toDirectory" },
  };
}
