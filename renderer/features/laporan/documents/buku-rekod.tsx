// Why: the Buku Rekod extract (SULIT) of a month on the Laporan screen: the same rows the register's export gives for that filter.
import { Group, Table, Text, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BukuRekodModel } from "../../../../shared/reports/buku-rekod";
import { signatureBlock, type SignatureBlock } from "../../../../shared/reports/frame/text";
import type { Letterhead } from "../../../../shared/reports/frame/text";
import { loadBukuRekod } from "../../buku-rekod/export";
import { monthRange } from "../figures";
import type { DocDef } from "./types";

/** The extract with the frame it is printed in (its model predates the common frame's letterhead type). */
type BukuRekodDoc = {
  model: BukuRekodModel;
  fileBase: string;
  letterhead: Letterhead;
  signature: SignatureBlock;
};

/** Rows shown on screen; the files hold them all. */
const PREVIEW_ROWS = 200;

function Preview({ model: { model } }: { model: BukuRekodDoc }) {
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

export const bukuRekodDoc: DocDef<BukuRekodDoc> = {
  code: "buku-rekod",
  labelKey: "laporan.bukuRekod.name",
  allSites: true,
  sulit: true,
  orientation: "landscape",
  async build({ actor, context, choice, t }) {
    const { from, to } = monthRange(choice.year, choice.month);
    const { model, fileBase } = await loadBukuRekod(
      actor,
      { siteIds: choice.sites.map((s) => s.id), from, to },
      t,
    );
    return { model, fileBase, letterhead: context.letterhead, signature: signatureBlock(context.signature) };
  },
  jobs: (d) => [
    { writer: "buku-rekod.xlsx", model: d.model, fileName: `${d.fileBase}.xlsx` },
    { writer: "buku-rekod.docx", model: d.model, fileName: `${d.fileBase}.docx` },
  ],
  frame: (d) => ({
    letterhead: d.letterhead,
    title: d.model.title,
    subtitle: d.model.subtitle,
    signature: d.signature,
    stamp: d.model.footer,
    classification: d.model.classification,
  }),
  isEmpty: (d) => d.model.total === 0,
  Preview,
};
