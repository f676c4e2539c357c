// Why: the Buku Rekod extract (SULIT) of a month on the Laporan screen: the same rows the register's export gives for that filter.
import { Group, Table, Text, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BukuRekodModel } from "../../../../shared/reports/buku-rekod";
import {
  BUKU_REKOD_MARGINS,
  BUKU_REKOD_PAD_PT,
  BUKU_REKOD_PT,
} from "../../../../shared/reports/buku-rekod-columns";
import { loadBukuRekod } from "../../ppr/buku-rekod/export";
import { monthRange } from "../figures";
import { ownFrame, type DocDef } from "./types";
import { ScrollOnScreen, whole } from "./paper";

/** On paper a cell is padded as in the Word copy (1.5 pt a side), the room the model's column widths allow for. */
const PAPER_PADDING = `@media print { #print-root .buku-rekod-table th, #print-root .buku-rekod-table td { padding: 1pt ${BUKU_REKOD_PAD_PT / 2}pt; } }`;

/** Rows shown on screen; the files hold them all. */
const PREVIEW_ROWS = 200;

function Preview({ model, print }: { model: BukuRekodModel; print?: boolean }) {
  const { t } = useTranslation();
  // Paper holds every row, as the files do.
  const rows = print ? model.rows : model.rows.slice(0, PREVIEW_ROWS);
  return (
    <Stack gap="xs">
      <style>{PAPER_PADDING}</style>
      <Group className="no-print">
        <Text size="sm" data-testid="buku-rekod-summary">
          {t("laporan.bukuRekod.summary", { n: model.total })}
        </Text>
      </Group>
      {model.total > 0 && (
        <ScrollOnScreen print={print} minWidth={1200}>
          <Table
            withTableBorder
            withColumnBorders
            data-testid="buku-rekod-table"
            className="buku-rekod-table"
            style={{ fontSize: `${BUKU_REKOD_PT}pt`, tableLayout: "fixed" }}
          >
            {/* The columns the files have: sized once in the model, at 9 pt, with the Word copy's padding. */}
            <colgroup>
              {model.columnShares.map((share, i) => (
                <col key={i} style={{ width: `${(share * 100).toFixed(3)}%` }} />
              ))}
            </colgroup>
            <Table.Thead>
              <Table.Tr bg="gray.1">
                <Table.Th>Bil.</Table.Th>
                {model.columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={String(r[0])}>
                  <Table.Td>{i + 1}</Table.Td>
                  {r.map((v, j) => (
                    <Table.Td key={j}>{whole(v)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollOnScreen>
      )}
      <Text size="sm" fw={700} data-testid="buku-rekod-total" className="print-tail">
        {model.total > 0 ? model.totalLine : model.emptyLine}
      </Text>
      {!print && model.total > PREVIEW_ROWS && (
        <Text size="xs" c="dimmed" className="no-print">
          {t("laporan.bukuRekod.more", { shown: PREVIEW_ROWS, n: model.total })}
        </Text>
      )}
    </Stack>
  );
}

export const bukuRekodDoc: DocDef<BukuRekodModel> = {
  code: "buku-rekod",
  labelKey: "laporan.bukuRekod.name",
  allSites: true,
  sulit: true,
  orientation: "landscape",
  margins: BUKU_REKOD_MARGINS,
  async build({ actor, context, choice, t }) {
    const { from, to } = monthRange(choice.year, choice.month);
    return loadBukuRekod(actor, { siteIds: choice.sites.map((s) => s.id), from, to }, t, context);
  },
  jobs: (m) => [
    { writer: "buku-rekod.xlsx", model: m, fileName: m.fileNames.xlsx },
    { writer: "buku-rekod.docx", model: m, fileName: m.fileNames.docx },
  ],
  frame: ownFrame,
  isEmpty: (m) => m.total === 0,
  Preview,
};
