// Why: the on-screen copy of one sheet of the monthly statistics, each case figure opening the register behind it.
import { Anchor, Table } from "@mantine/core";
import { Link } from "react-router";
import type { StatSheet } from "../../../shared/reports/statistik-kes/model";
import { ScrollOnScreen } from "./documents/paper";
import { registerHref } from "./figures";

type Props = {
  sheet: StatSheet;
  columns: string[];
  year: number;
  /** The site for the register link; null on the district sheet (every site the user sees). */
  siteId: string | null;
  linkTitle: string;
  /** The copy on paper: no scroll box around the table. */
  print?: boolean;
};

export function PreviewTable({ sheet, columns, year, siteId, linkTitle, print }: Props) {
  return (
    <ScrollOnScreen print={print} minWidth={1100}>
      <Table withTableBorder withColumnBorders striped={false} fz="xs" data-testid="statistik-table">
        <Table.Thead>
          <Table.Tr bg="gray.1">
            {columns.map((c, i) => (
              <Table.Th key={c} ta={i === 1 ? "left" : "center"}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.rows.map((row) =>
            row.kind === "section" ? (
              <Table.Tr key={row.id} bg="gray.0">
                <Table.Td ta="center" fw={700}>
                  {row.bil}
                </Table.Td>
                <Table.Td colSpan={columns.length - 1} fw={700}>
                  {row.label}
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={row.id} data-row={row.id} fw={row.kind === "item" ? undefined : 700}>
                <Table.Td ta="center">{row.bil}</Table.Td>
                <Table.Td pl={row.kind === "subtotal" ? "lg" : undefined}>{row.label}</Table.Td>
                {row.months.map((v, i) => {
                  const href = v === null ? null : registerHref(row, siteId, year, i + 1);
                  return (
                    <Table.Td key={i} ta="center" data-month={i + 1}>
                      {v === null ? (
                        ""
                      ) : href ? (
                        // The link keeps its row's weight: a subtotal's figures are bold as in the files.
                        <Anchor component={Link} to={href} fz="xs" fw="inherit" title={linkTitle}>
                          {v}
                        </Anchor>
                      ) : (
                        v
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="center" data-month="total">
                  {row.total}
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </ScrollOnScreen>
  );
}
