// Why: the mapping step: each column's suggested field (each field once), and one value for every row where a
// required field has no column.
import { Alert, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ColumnMapping, ImportField } from "../../../shared/import/mapping";
import { mappingProblems } from "../../../shared/import/mapping";
import { cellText } from "../../../shared/import/sheet";
import type { SheetTable } from "../../../shared/import/table";
import type { Option } from "./kind";

type Props = {
  table: SheetTable;
  fields: readonly ImportField[];
  columns: ColumnMapping;
  onColumns: (c: ColumnMapping) => void;
  defaults: Record<string, string | null>;
  onDefaults: (d: Record<string, string | null>) => void;
  options: Record<string, Option[]>;
  remembered: boolean;
  tried: boolean;
};

export function MapStep(p: Props) {
  const { t } = useTranslation();
  const label = (key: string) => t(p.fields.find((f) => f.key === key)?.labelKey ?? key);
  const problems = mappingProblems(p.columns, p.fields, p.defaults);
  const fieldOptions = [
    { value: "", label: t("imp.notImported") },
    ...p.fields.map((f) => ({ value: f.key, label: t(f.labelKey) })),
  ];
  const example = p.table.rows[0];
  const unmappedDefaults = p.fields.filter((f) => f.defaultable && p.options[f.key]);
  return (
    <Stack>
      <div>
        <Title order={4}>{t("imp.mapTitle")}</Title>
        <Text size="sm" c="dimmed">
          {t("imp.mapHint")}
        </Text>
      </div>
      {p.remembered && (
        <Alert color="blue" data-testid="import-remembered">
          {t("imp.remembered")}
        </Alert>
      )}
      <Paper withBorder>
        <Table striped data-testid="import-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("imp.column")}</Table.Th>
              <Table.Th>{t("imp.example", { row: example?.rowNo ?? "" })}</Table.Th>
              <Table.Th w={260}>{t("imp.fieldColumn")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.table.headers.map((h, c) => {
              const f = p.columns[c] ?? null;
              const twice = !!f && problems.duplicates.includes(f);
              return (
                <Table.Tr key={c}>
                  <Table.Td fw={600}>{h || "—"}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {cellText(example?.cells[c])}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`${t("imp.fieldColumn")}: ${h}`}
                      data={fieldOptions}
                      value={f ?? ""}
                      allowDeselect={false}
                      error={twice || undefined}
                      onChange={(v) => p.onColumns(p.columns.map((x, i) => (i === c ? v || null : x)))}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={5}>{t("imp.defaults")}</Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t("imp.defaultsHint")}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {unmappedDefaults.map((f) => (
            <Select
              key={f.key}
              label={t(f.labelKey)}
              data={p.options[f.key] ?? []}
              value={p.defaults[f.key] ?? null}
              searchable
              clearable
              onChange={(v) => p.onDefaults({ ...p.defaults, [f.key]: v })}
            />
          ))}
        </SimpleGrid>
      </Paper>
      {problems.duplicates.map((f) => (
        <Alert key={f} color="red" data-testid="import-duplicate">
          {t("imp.duplicate", {
            field: label(f),
            columns: p.table.headers.filter((_, c) => p.columns[c] === f).join(", "),
          })}
        </Alert>
      ))}
      {p.tried && problems.missing.length > 0 && (
        <Alert color="red" data-testid="import-missing">
          {t("imp.missing", { fields: problems.missing.map(label).join(", ") })}
        </Alert>
      )}
    </Stack>
  );
}

export function canCheck(
  columns: ColumnMapping,
  fields: readonly ImportField[],
  defaults: Record<string, string | null>,
) {
  const p = mappingProblems(columns, fields, defaults);
  return !p.duplicates.length && !p.missing.length;
}
