// Why: the Buku Rekod extract (SULIT) of a month on the Laporan screen: the same rows the register's export gives for that filter.
import { Group, Table, Text, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BukuRekodModel } from "../../../../shared/reports/buku-rekod";
import { loadBukuRekod } from "../../buku-rekod/export";
import { monthRange } from "../figures";
import { ownFrame, type DocDef } from "./types";

/** Rows shown on screen; the files hold them all. */
const PREVIEW_ROWS = 200;

function Preview({ model }: { model: BukuRekodModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group className="no-print">
        <Text size="sm" data-testid="buku-rekod-summary">
          {t("laporan.bukuRekod.summary", { n: model.total })}
        </Text>
      </Group>
      {model.total > 0 && (
        <Table.ScrollContainer minWidth={1200}>
          <Table withTableBorder withColumnBorders fz="xs" data-testid="buku-rekod-table">
            <Table.Thead>
              <Table.Tr bg="gray.1">
                <Table.Th>Bil.</Table.Th>
                {model.columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {model.rows.slice(0, PREVIEW_ROWS).map((r, i) => (
                <Table.Tr key={String(r[0])}>
                  <Table.Td>{i + 1}</Table.Td>
                  {r.map((v, j) => (
                    <Table.Td key={j}>{v}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {model.total > PREVIEW_ROWS && (
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
