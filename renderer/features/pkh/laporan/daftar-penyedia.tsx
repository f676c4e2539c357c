// Why: the service-provider lists on a PKH office's Laporan screen: health, education and post offices from the one
// directory, as things stand today, in Word and Excel.
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  penyediaModel,
  providerLists,
  type ProviderList,
} from "../../../../shared/reports/pkh/daftar/penyedia";
import type { DaftarModel } from "../../../../shared/reports/pkh/daftar/model";
import { ownFrame, type DocDef } from "../../laporan/documents/types";
import { DaftarPreview } from "./DaftarPreview";

function listOf(options: Readonly<Record<string, string>> | undefined): ProviderList {
  const v = options?.daftar;
  return providerLists.find((l) => l === v) ?? "kesehatan";
}

function Options({
  options,
  set,
}: {
  options: Readonly<Record<string, string>> | undefined;
  set: (values: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      size="xs"
      label={t("pkh.laporan.penyedia.list")}
      allowDeselect={false}
      data={providerLists.map((l) => ({ value: l, label: t(`pkh.laporan.penyedia.${l}`) }))}
      value={listOf(options)}
      onChange={(v) => v && set({ daftar: v })}
      data-testid="penyedia-list"
    />
  );
}

export const daftarPenyediaDoc: DocDef<DaftarModel> = {
  code: "daftar-penyedia",
  labelKey: "pkh.laporan.penyedia.name",
  allSites: true,
  district: true,
  undated: true,
  sulit: false,
  orientation: "landscape",
  Options,
  async build({ db, office, context, choice, today }) {
    return penyediaModel({
      list: listOf(choice.options),
      organisations: await db.organisations.toArray(),
      district: office.district,
      today,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: context.signature,
    });
  },
  jobs: (m) => [
    { writer: "pkh-daftar.docx", model: m, fileName: m.fileNames.docx },
    { writer: "pkh-daftar.xlsx", model: m, fileName: m.fileNames.xlsx },
  ],
  frame: ownFrame,
  isEmpty: (m) => m.rows.length === 0,
  Preview: DaftarPreview,
};
