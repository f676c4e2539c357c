// Why: Profail Komuniti on the Laporan screen: one saved version of a site's profile with its organisations and ranked needs.
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  profailKomunitiModel,
  type ProfailKomunitiModel,
} from "../../../../shared/reports/profail-komuniti/model";
import { dmy } from "../../../../shared/reports/frame/text";
import { AppError } from "../../../db/errors";
import { documentSignatories } from "../signatories";
import { SectionsPreview } from "./SectionsPreview";
import { ownFrame, type DocDef } from "./types";

function Preview({ model }: { model: ProfailKomunitiModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" className="no-print">
        {t("laporan.profail.hint")}
      </Text>
      <SectionsPreview sections={model.sections} testId="profail-preview" />
      {model.closingNotes.map((n) => (
        <Text key={n} size="xs" c="dimmed" fs="italic">
          {n}
        </Text>
      ))}
    </Stack>
  );
}

export const profailKomunitiDoc: DocDef<ProfailKomunitiModel> = {
  code: "profail-komuniti",
  labelKey: "laporan.profail.name",
  allSites: false,
  sulit: false,
  orientation: "portrait",
  async items(db, _actor, choice) {
    const site = choice.sites[0];
    if (!site) return [];
    const versions = (
      await db.profiles.where("[siteId+asOf]").between([site.id, ""], [site.id, "\uffff"]).toArray()
    ).filter((p) => !p.deletedAt);
    return versions
      .sort((a, b) => b.version - a.version)
      .map((p) => ({ value: p.id, label: `Versi ${p.version} — setakat ${dmy(p.asOf)}` }));
  },
  async build({ db, actor, context, choice }) {
    const site = choice.sites[0];
    const profile = choice.itemId ? await db.profiles.get(choice.itemId) : undefined;
    const siteRecord = site ? await db.sites.get(site.id) : undefined;
    if (!profile || profile.deletedAt || !siteRecord || profile.siteId !== siteRecord.id)
      throw new AppError("e.notFound");
    const [stakeholders, needs, plans] = await Promise.all([
      db.stakeholders.where("siteId").equals(siteRecord.id).toArray(),
      db.needs.where("[siteId+status]").between([siteRecord.id, ""], [siteRecord.id, "\uffff"]).toArray(),
      db.actionPlans.where("siteId").equals(siteRecord.id).toArray(),
    ]);
    return profailKomunitiModel({
      site: siteRecord,
      profile,
      stakeholders,
      needs,
      plans,
      district: context.district,
      letterhead: context.letterhead,
      stamp: context.stamp,
      // The PPK who wrote this version prepares it, whoever prints it.
      signature: await documentSignatories(db, context, actor, {
        siteIds: [siteRecord.id],
        authorId: profile.createdBy,
      }),
    });
  },
  jobs: (m) => [{ writer: "profail-komuniti.docx", model: m, fileName: m.fileName }],
  frame: ownFrame,
  isEmpty: () => false,
  Preview,
};
