// Why: Laporan Siasatan Permohonan Bantuan (SULIT) on the Laporan screen: one investigation of the chosen site and month, as the PKMD signs it.
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { siasatanModel, type SiasatanModel } from "../../../../shared/reports/siasatan/model";
import { AppError } from "../../../db/errors";
import { monthRange } from "../figures";
import { documentSignatories } from "../signatories";
import { SectionsPreview } from "./SectionsPreview";
import { ownFrame, type DocDef } from "./types";

function Preview({ model }: { model: SiasatanModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" className="no-print">
        {t("laporan.siasatan.hint")}
      </Text>
      <SectionsPreview sections={model.sections} testId="siasatan-preview" />
    </Stack>
  );
}

export const siasatanDoc: DocDef<SiasatanModel> = {
  code: "siasatan",
  labelKey: "laporan.siasatan.name",
  allSites: false,
  sulit: true,
  orientation: "portrait",
  async items(db, _actor, choice) {
    const site = choice.sites[0];
    if (!site) return [];
    const { from, to } = monthRange(choice.year, choice.month);
    const list = (
      await db.investigations.where("[siteId+status]").between([site.id, ""], [site.id, "\uffff"]).toArray()
    )
      .filter((i) => !i.deletedAt && i.date >= from && i.date <= to)
      .sort((a, b) => a.date.localeCompare(b.date));
    const cases = await db.cases.bulkGet(list.map((i) => i.caseId));
    const persons = await db.persons.bulkGet(cases.map((c) => c?.personId ?? ""));
    return list.map((inv, i) => ({
      value: inv.id,
      label: `${cases[i]?.recordNo ?? ""} — ${persons[i]?.name ?? ""} (${inv.scheme})`,
    }));
  },
  async build({ db, actor, context, choice }) {
    const inv = choice.itemId ? await db.investigations.get(choice.itemId) : undefined;
    const site = choice.sites[0];
    if (!inv || inv.deletedAt || !site || inv.siteId !== site.id) throw new AppError("e.notFound");
    const c = await db.cases.get(inv.caseId);
    const person = c ? await db.persons.get(c.personId) : undefined;
    const siteRecord = await db.sites.get(inv.siteId);
    if (!c || !person || !siteRecord) throw new AppError("e.notFound");
    const [rates, signature] = await Promise.all([
      db.rates.toArray(),
      // The investigating officer prepares it, whoever prints it; the PKMD who decided checks it.
      documentSignatories(db, context, actor, {
        siteIds: [site.id],
        authorId: inv.officerId,
        reviewerId: inv.decidedBy,
      }),
    ]);
    return siasatanModel({
      investigation: inv,
      applicant: person,
      case: { recordNo: c.recordNo },
      site: { name: siteRecord.name, address: siteRecord.address },
      rates: rates.filter((r) => !r.deletedAt),
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature,
    });
  },
  jobs: (m) => [{ writer: "siasatan.docx", model: m, fileName: m.fileName }],
  frame: ownFrame,
  isEmpty: () => false,
  Preview,
};
