// Why: Jadual Pelaksanaan Kembara Prihatin Negara on the Laporan screen: the district's tours of a month with their
// checkpoints, from the same model the Word (landscape) and Excel files hold.
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  jadualCells,
  jadualModel,
  type JadualModel,
} from "../../../../shared/reports/kpn/jadual-pelaksanaan/model";
import { isTextColumn } from "../../../../shared/reports/kpn/jadual-pelaksanaan/layout";
import { toursBetween } from "../../../db/repositories/kpn/tours";
import { monthRange } from "../figures";
import { ScrollOnScreen, whole } from "./paper";
import { ownFrame, type DocDef } from "./types";

function Preview({ model, print }: { model: JadualModel; print?: boolean }) {
  const { t } = useTranslation();
  if (!model.rows.length)
    return (
      <Text c="dimmed" size="sm" data-testid="jadual-empty">
        {t("kpnJadual.doc.empty")}
      </Text>
    );
  return (
    <>
      <ScrollOnScreen print={print} minWidth={1200}>
        <Table withTableBorder withColumnBorders fz="xs" data-testid="jadual-table">
          <Table.Thead>
            <Table.Tr bg="gray.1">
              {model.columns.map((c) => (
                <Table.Th key={c} ta="center">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {model.rows.map((r, i) => (
              <Table.Tr key={i} data-first={r.bil !== null ? "true" : "false"}>
                {jadualCells(r).map((c, j) => (
                  <Table.Td key={j} ta={isTextColumn(j) ? "left" : "center"}>
                    {whole(c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollOnScreen>
      {model.notes.map((n) => (
        <Text key={n} size="xs" fs="italic" mt={4} data-testid="jadual-note">
          {n}
        </Text>
      ))}
    </>
  );
}

export const jadualPelaksanaanDoc: DocDef<JadualModel> = {
  code: "jadual-pelaksanaan",
  labelKey: "kpnJadual.doc.label",
  allSites: true,
  district: true,
  ahead: true,
  sulit: false,
  orientation: "landscape",
  async build({ db, context, choice }) {
    const { from, to } = monthRange(choice.year, choice.month);
    const tours = await toursBetween(db, from, to);
    const partnerIds = [...new Set(tours.flatMap((x) => x.tour.partnerIds))];
    const organisations = (await db.organisations.bulkGet(partnerIds)).flatMap((o) =>
      o ? [{ id: o.id, name: o.name }] : [],
    );
    return jadualModel({
      year: choice.year,
      month: choice.month,
      district: context.district,
      tours: tours.map((x) => x.tour),
      checkpoints: tours.flatMap((x) => x.checkpoints),
      organisations,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: context.signature,
    });
  },
  jobs: (m) => [
    { writer: "jadual-pelaksanaan.xlsx", model: m, fileName: m.fileNames.xlsx },
    { writer: "jadual-pelaksanaan.docx", model: m, fileName: m.fileNames.docx },
  ],
  frame: ownFrame,
  isEmpty: (m) => m.rows.length === 0,
  Preview,
};
