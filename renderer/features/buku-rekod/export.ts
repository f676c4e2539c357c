// Why: exports exactly the filtered register as the Buku Rekod extract (SULIT), through the host, and logs the export.
import type { TFunction } from "i18next";
import type { Actor } from "../../../shared/domain/access";
import {
  bukuRekodModel,
  dmy,
  type BukuRekodModel,
  type BukuRekodSource,
} from "../../../shared/reports/buku-rekod";
import { makeFiles } from "../laporan/generate/generate";
import { db } from "../../db/instance";
import { registerPage, type RegisterFilter } from "../../db/register";
import { appendAudit } from "../../db/repositories/repository";
import { getOffice } from "../../db/repositories/office";
import { host } from "../../host";
import type { CaseRecord } from "../../db/app-db";
import { formatDateTime } from "../../app/format";

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The Buku Rekod extract of exactly the filtered register, with the file name it is saved under (without extension). */
export async function loadBukuRekod(
  actor: Actor,
  filter: RegisterFilter,
  t: TFunction,
): Promise<{ model: BukuRekodModel; fileBase: string }> {
  const cases: CaseRecord[] = [];
  let cursor = null;
  do {
    const page: Awaited<ReturnType<typeof registerPage>> = await registerPage(db, actor, filter, cursor, 500);
    cases.push(...page.rows);
    cursor = page.next;
  } while (cursor);
  const office = await getOffice(db);
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
  const oneSite = filter.siteIds?.length === 1 ? siteById.get(filter.siteIds[0]!) : undefined;
  const period =
    filter.from || filter.to
      ? `${dmy(filter.from ?? "") || "…"} - ${dmy(filter.to ?? "") || "…"}`
      : t("bukuRekod.allDates");
  const now = new Date();
  const source: BukuRekodSource = {
    office: {
      organisation: office?.countryPack === "pkh" ? "" : "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA",
      officeLine: `${office?.officeName ?? ""}`.toUpperCase(),
      address: office?.address ?? "",
      phone: office?.phone ? `Tel: ${office.phone}` : "",
    },
    title: {
      site: oneSite ? oneSite.name : `${t("bukuRekod.allSites")} (${office?.district ?? ""})`,
      period,
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
    generated: {
      app: `Rekod Komuniti ${__APP_VERSION__}`,
      at: formatDateTime(now.toISOString()),
      by: actor.name,
    },
  };
  const periodSlug = filter.from || filter.to ? `${filter.from ?? "awal"}_${filter.to ?? "kini"}` : "semua";
  const fileBase = `buku-rekod_${slug(oneSite ? oneSite.name : (office?.district ?? "daerah"))}_${periodSlug}`;
  return { model: bukuRekodModel(source), fileBase };
}

/** Saves the filtered register as the Buku Rekod extract (made in the document worker) and logs the export. */
export async function exportRegister(actor: Actor, filter: RegisterFilter, t: TFunction): Promise<void> {
  const { model, fileBase } = await loadBukuRekod(actor, filter, t);
  const fileName = `${fileBase}.xlsx`;
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
