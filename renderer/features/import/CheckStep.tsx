// Why: the checking step's result: how many rows go in, the first rows exactly as they will be stored, and every bad
// row (row, column, value, reason) with the errors workbook to download.
import { Alert, Badge, Group, Paper, ScrollArea, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RowIssue } from "../../../shared/import/check";
import type { ImportField } from "../../../shared/import/mapping";
import { tKey } from "../../app/messages";
import { columnText } from "./errors";
import type { RowNote } from "./kind";

/** Problems listed on screen; all of them are in the downloaded workbook. */
const SHOWN = 200;

type Props = {
  fields: readonly ImportField[];
  validCount: number;
  badCount: number;
  issues: readonly RowIssue[];
  preview: { headers: string[]; cells: string[][] } | null;
  /** Rows that meet stored records and what the import does with each (e.g. an organisation updated or skipped). */
  notes?: readonly RowNote[];
};

export function CheckStep({ fields, validCount, badCount, issues, preview, notes = [] }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Group>
        <Badge size="lg" color="green" variant="light" data-testid="import-valid">
          {t("imp.summaryValid", { n: validCount })}
        </Badge>
        <Badge size="lg" color={badCount ? "red" : "gray"} variant="light" data-testid="import-bad">
          {t("imp.summaryBad", { n: badCount })}
        </Badge>
      </Group>
      {preview && preview.cells.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={5} mb="xs">
            {t("imp.previewTitle", { n: preview.cells.length })}
          </Title>
          <ScrollArea>
            <Table striped withColumnBorders fz="xs" data-testid="import-preview">
              <Table.Thead>
                <Table.Tr>
                  {preview.headers.map((h) => (
                    <Table.Th key={h} style={{ whiteSpace: "nowrap" }}>
                      {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.cells.map((row, i) => (
                  <Table.Tr key={i}>
                    {row.map((c, j) => (
                      <Table.Td key={j}>{c}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
      {notes.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={5} mb="xs">
            {t("imp.notesTitle", { n: notes.length })}
          </Title>
          <ScrollArea.Autosize mah={300}>
            <Table striped fz="xs" data-testid="import-notes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("imp.row")}</Table.Th>
                  <Table.Th>{t("imp.noteWhat")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {notes.slice(0, SHOWN).map((n) => (
                  <Table.Tr key={n.row} data-testid="import-note">
                    <Table.Td>{n.row}</Table.Td>
                    <Table.Td>{n.text}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {notes.length > SHOWN && (
            <Text size="xs" c="dimmed" mt="xs">
              {t("imp.moreNotes", { n: notes.length - SHOWN })}
            </Text>
          )}
        </Paper>
      )}
      {validCount === 0 && <Alert color="yellow">{t("imp.noneValid")}</Alert>}
      {issues.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={5} mb="xs">
            {t("imp.issuesTitle")}
          </Title>
          <ScrollArea.Autosize mah={420}>
            <Table striped fz="xs" data-testid="import-issues">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("imp.row")}</Table.Th>
                  <Table.Th>{t("imp.column")}</Table.Th>
                  <Table.Th>{t("imp.value")}</Table.Th>
                  <Table.Th>{t("imp.reason")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issues.slice(0, SHOWN).map((i, n) => (
                  <Table.Tr key={n} data-testid="import-issue">
                    <Table.Td>{i.row}</Table.Td>
                    <Table.Td>{columnText(t, fields, i)}</Table.Td>
                    <Table.Td>{i.value}</Table.Td>
                    <Table.Td>{tKey(t, i.reason)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {issues.length > SHOWN && (
            <Text size="xs" c="dimmed" mt="xs">
              {t("imp.moreIssues", { n: issues.length - SHOWN })}
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
