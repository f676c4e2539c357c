// Why: the on-screen copy of a document written as headed sections of blocks (fields, tables, text), as the Profail and Siasatan models are.
import { Stack, Table, Text } from "@mantine/core";

type Cell = string | string[];
export type PreviewBlock =
  | { kind: "fields"; rows: [string, string][] }
  | { kind: "table"; table: { columns: string[]; rows: { cells: Cell[]; bold?: boolean }[] } }
  | { kind: "text"; label?: string; lines: string[] }
  | { kind: "statement"; text: string }
  | { kind: "notes"; lines: string[] }
  | { kind: "subheading"; text: string };
export type PreviewSection = { key: string; heading: string; blocks: PreviewBlock[] };

const lines = (c: Cell) => (Array.isArray(c) ? c : [c]).map((l, i) => <div key={i}>{l}</div>);

function Block({ block }: { block: PreviewBlock }) {
  switch (block.kind) {
    case "fields":
      return (
        <Table withTableBorder fz="xs">
          <Table.Tbody>
            {block.rows.map(([label, value], i) => (
              <Table.Tr key={i}>
                <Table.Th w={260} bg="gray.1">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    case "table":
      return (
        <Table withTableBorder withColumnBorders fz="xs">
          <Table.Thead>
            <Table.Tr bg="gray.1">
              {block.table.columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {block.table.rows.map((r, i) => (
              <Table.Tr key={i} fw={r.bold ? 700 : undefined}>
                {r.cells.map((c, j) => (
                  <Table.Td key={j}>{lines(c)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    case "text":
      return (
        <Text size="xs" component="div">
          {block.label && <b>{block.label} </b>}
          {lines(block.lines)}
        </Text>
      );
    case "statement":
      return (
        <Text size="xs" fw={700}>
          {block.text}
        </Text>
      );
    case "notes":
      return (
        <Text size="xs" c="dimmed" fs="italic" component="div">
          {lines(block.lines)}
        </Text>
      );
    case "subheading":
      return (
        <Text size="xs" fw={700} td="underline">
          {block.text}
        </Text>
      );
  }
}

export function SectionsPreview({ sections, testId }: { sections: PreviewSection[]; testId: string }) {
  return (
    <Stack gap="sm" data-testid={testId}>
      {sections.map((s) => (
        <Stack key={s.key} gap={4}>
          <Text size="sm" fw={700}>
            {s.heading}
          </Text>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
