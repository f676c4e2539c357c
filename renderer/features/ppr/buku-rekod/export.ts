// Why: exports exactly the filtered register as the Buku Rekod extract (SULIT), through the host, and logs the export.
import type { TFunction } from "i18next";
import type { Actor } from "../../../../shared/domain/access";
import {
  bukuRekodModel,
  type BukuRekodModel,
  type BukuRekodSource,
} from "../../../../shared/reports/buku-rekod";
import { reportContext, type ReportContext } from "../../laporan/context";
import { makeFiles } from "../../laporan/generate/generate";
import { documentSignatories } from "../../laporan/signatories";
import { db } from "../../../db/instance";
import { registerAll, type RegisterFilter } from "../../../db/register";
import { appendAudit, requireRelease } from "../../../db/repositories/repository";
import { getOffice } from "../../../db/repositories/office";
import { sitesRepo } from "../../../db/repositories/sites";
import { AppError } from "../../../db/errors";
import { host } from "../../../host";

/** What the extract takes from the office and the user: the frame every official document is printed in. */
export type BukuRekodFrame = Pick<ReportContext, "district" | "letterhead" | "stamp" | "signature">;

/**
 * The Buku Rekod extract of exactly the filtered register, in `frame`. `t` gives the code labels (target group,
 * service, status) in the document's language.
 */
export async function loadBukuRekod(
  actor: Actor,
  filter: RegisterFilter,
  t: TFunction,
  frame: BukuRekodFrame,
): Promise<BukuRekodModel> {
  const cases = await registerAll(db, actor, filter);
  const [persons, sites, users] = await Promise.all([
    db.persons.bulkGet(cases.map((c) => c.personId)),
    db.sites.toArray(),
    db.users.toArray(),
  ]);
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const userById = new Map(users.map((u) => [u.id, u.name]));
  const agencies = new Map<string, string[]>();
  const refs = await db.referrals
    .where("caseId")
    .anyOf(cases.map((c) => c.id))
    .toArray();
  const orgs = new Map((await db.organisations.toArray()).map((o) => [o.id, o.name]));
  for (const r of refs)
    if (!r.deletedAt)
      agencies.set(r.caseId, [...(agencies.get(r.caseId) ?? []), orgs.get(r.organisationId) ?? ""]);
  // The sites covered: those filtered on, or every site the user may see.
  const coveredIds = filter.siteIds ?? (await sitesRepo(db).list(actor)).map((s) => s.id);
  const covered = coveredIds.map((id) => siteById.get(id)?.name ?? "");
  const source: BukuRekodSource = {
    district: frame.district,
    sites: covered,
    from: filter.from ?? null,
    to: filter.to ?? null,
    criteria: {
      status: filter.status ? t(`code.caseStatus.${filter.status}`) : null,
      targetGroup: filter.targetGroup ? t(`code.targetGroup.${filter.targetGroup}`) : null,
      service: filter.service ? t(`code.service.${filter.service}`) : null,
      officer: filter.officerId ? (userById.get(filter.officerId) ?? null) : null,
      followUpDue: filter.followUpDue ?? null,
    },
    cases: cases.map((c, i) => {
      const p = persons[i];
      return {
        recordNo: c.recordNo,
        date: c.date,
        person: {
          name: p?.name ?? "",
          docNo: p?.docNo ?? "",
          sex: p?.sex ?? "L",
          birthDate: p?.birthDate ?? c.date,
          block: p?.block ?? "",
          unit: p?.unit ?? "",
          siteName: siteById.get(c.siteId)?.name ?? "",
        },
        targetGroupLabel: t(`code.targetGroup.${c.targetGroup}`),
        problem: c.problem,
        serviceLabel: t(`code.service.${c.service}`),
        action: c.action,
        agencies: agencies.get(c.id) ?? [],
        statusLabel: t(`code.caseStatus.${c.status}`),
        followUpDate: c.followUpDate,
        officer: userById.get(c.officerId) ?? "",
      };
    }),
    letterhead: frame.letterhead,
    stamp: frame.stamp,
    signature: await documentSignatories(db, frame, actor, { siteIds: coveredIds }),
  };
  return bukuRekodModel(source);
}

/**
 * Saves the filtered register as the Buku Rekod extract (made in the document worker) and logs the export. The
 * office's letterhead and signatory settings must be filled (`e.reportSettingsMissing` otherwise), as for every
 * official document.
 */
export async function exportRegister(actor: Actor, filter: RegisterFilter, t: TFunction): Promise<void> {
  requireRelease(actor, true);
  const office = await getOffice(db);
  if (!office) throw new AppError("e.reportSettingsMissing", { settings: "" });
  const model = await loadBukuRekod(actor, filter, t, await reportContext(db, office, actor));
  const fileName = model.fileNames.xlsx;
  const [bytes] = await makeFiles([{ writer: "buku-rekod.xlsx", model, fileName }]);
  const result = await host.saveFile({
    suggestedName: fileName,
    data: bytes!,
    filters: [{ name: "Excel", extensions: ["xlsx"] }],
  });
  if (result.status === "saved") {
    await db.transaction("rw", [db.audit], () =>
      appendAudit(db, actor, {
        action: "export",
        table: "cases",
        recordId: "buku-rekod",
        label: result.fileName,
        before: null,
        after: { rows: model.total, filter },
      }),
    );
  }
}
