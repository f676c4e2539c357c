// Why: the directory leaves the app as an HSDS 3.0 package (a zip through the host's save dialog), checked against
// the HSDS table schemas before it is offered, and the export written to the audit log.
import type { Actor } from "../../../shared/domain/access";
import { organisationSchema } from "../../../shared/domain/directory";
import { todayIn } from "../../../shared/domain/dates";
import { hsdsFiles, hsdsTablesOf, hsdsZip, type HsdsEntry } from "../../../shared/directory-hsds/export";
import { validateHsds } from "../../../shared/directory-hsds/validate";
import type { SaveResult } from "../../../shared/host-api";
import { db } from "../../db/instance";
import { AppError } from "../../db/errors";
import { getOffice } from "../../db/repositories/office";
import { host } from "../../host";
import i18n from "../../i18n";
import { logDelivery } from "../laporan/deliver";

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The live directory as HSDS files (entries by name), in Malay. */
export async function directoryHsdsFiles(): Promise<{
  files: Map<string, string>;
  fileName: string;
  count: number;
}> {
  const office = await getOffice(db);
  if (!office) throw new AppError("e.notFound");
  const t = i18n.getFixedT("ms");
  const stored = (await db.organisations.toArray()).filter((o) => !o.deletedAt);
  stored.sort((a, b) => a.name.localeCompare(b.name, "ms"));
  const entries: HsdsEntry[] = stored.map((o) => {
    const r = organisationSchema.safeParse(o);
    return { ...(r.success ? r.data : o), id: o.id, updatedAt: o.updatedAt };
  });
  const tables = await hsdsTablesOf(entries, {
    state: office.state,
    district: office.district,
    kindLabel: (k) => t(`code.orgKind.${k}`),
    targetGroupLabel: (g) => t(`code.targetGroup.${g}`),
  });
  const today = todayIn();
  const name = `direktori-${slug(office.district)}`;
  const files = hsdsFiles(tables, {
    name,
    title: `Direktori organisasi ${office.district} (${office.officeName})`,
    created: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  });
  // Never offered when it would not pass the HSDS tables (e.g. an entry stored before a rule tightened).
  if (validateHsds(files).issues.length) throw new AppError("imp.hsds.exportInvalid");
  return { files, fileName: `${name}-hsds-${today}.zip`, count: entries.length };
}

export async function exportDirectoryHsds(actor: Actor): Promise<SaveResult> {
  const { files, fileName, count } = await directoryHsdsFiles();
  const result = await host.saveFile({
    suggestedName: fileName,
    data: await hsdsZip(files),
    filters: [{ name: "HSDS (.zip)", extensions: ["zip"] }],
  });
  if (result.status === "saved")
    await logDelivery(
      actor,
      "export",
      { document: "direktori-hsds", sites: [], period: todayIn(), sulit: false, item: `${count}` },
      [result.fileName],
    );
  return result;
}
