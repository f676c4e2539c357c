// Why: the on-screen and printed copy of any PKH Daftar list: the same columns and rows its Word and Excel files hold.
import { Stack, Table, Text } from "@mantine/core";
import type { DaftarModel } from "../../../../shared/reports/pkh/daftar/model";
import { ScrollOnScreen } from "../../laporan/documents/paper";

export function DaftarPreview({ model, print }: { model: DaftarModel; print?: boolean }) {
  return (
    <Stack gap="xs">
      <ScrollOnScreen print={print} minWidth={900}>
        <Table withTableBorder withColumnBorders fz="xs" data-testid="daftar-table">
          <Table.Thead>
            <Table.Tr bg="gray.1">
              {model.columns.map((c) => (
                <Table.Th key={c.header} ta="center">
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {model.rows.map((cells, i) => (
              <Table.Tr key={i} h={model.rowHeight ? `${model.rowHeight}pt` : undefined}>
                {cells.map((v, j) => (
                  <Table.Td key={j} ta={model.columns[j]?.text ? "left" : "center"}>
                    {v}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollOnScreen>
      {model.notes.map((n) => (
        <Text key={n} size="xs" fs="italic">
          {n}
        </Text>
      ))}
    </Stack>
  );
}
