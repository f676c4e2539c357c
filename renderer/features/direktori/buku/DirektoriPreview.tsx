// Why: the Direktori CBO on the Laporan screen: what it holds (areas with their pages, every entry) and, for the A5
// booklet, how to print it folded; on paper, the planned pages themselves.
import { Alert, Stack, Table, Text } from "@mantine/core";
import { IconBook } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { DirektoriModel } from "../../../../shared/reports/direktori/model";
import { ScrollOnScreen, whole } from "../../laporan/documents/paper";
import { BookletPages } from "./BookletPages";

export function DirektoriPreview({ model, print }: { model: DirektoriModel; print?: boolean }) {
  const { t } = useTranslation();
  if (print) return <BookletPages model={model} />;
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="direktori-summary">
        {t("laporan.direktori.summary", {
          n: model.entries.length,
          areas: model.areas.length,
          pages: model.pageCount,
        })}
      </Text>
      {model.paper === "a5" && (
        <Alert
          color="blue"
          icon={<IconBook size={16} />}
          title={t("laporan.direktori.bookletTitle")}
          data-testid="direktori-booklet-hint"
        >
          <Text size="sm">{t("laporan.direktori.bookletLibreOffice")}</Text>
          <Text size="sm">{t("laporan.direktori.bookletWord")}</Text>
          <Text size="sm">{t("laporan.direktori.bookletPdf")}</Text>
        </Alert>
      )}
      {model.areas.length > 0 && (
        <Table withTableBorder withColumnBorders fz="xs" w="auto" data-testid="direktori-areas">
          <Table.Thead>
            <Table.Tr bg="gray.1">
              <Table.Th>{t("laporan.direktori.col.area")}</Table.Th>
              <Table.Th ta="center">{t("laporan.direktori.col.count")}</Table.Th>
              <Table.Th ta="center">{t("laporan.direktori.col.page")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {model.areas.map((a) => (
              <Table.Tr key={a.bookmark}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td ta="center">{a.count}</Table.Td>
                <Table.Td ta="center">{a.page}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {model.entries.length > 0 && (
        <ScrollOnScreen minWidth={1000}>
          <Table withTableBorder withColumnBorders fz="xs" data-testid="direktori-table">
            <Table.Thead>
              <Table.Tr bg="gray.1">
                {(
                  ["no", "name", "kind", "area", "head", "phone", "groups", "confirmed", "page"] as const
                ).map((k) => (
                  <Table.Th key={k}>{t(`laporan.direktori.col.${k}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {model.entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td ta="center">{e.no}</Table.Td>
                  <Table.Td>{e.name}</Table.Td>
                  <Table.Td>{e.kind}</Table.Td>
                  <Table.Td>{e.area}</Table.Td>
                  <Table.Td>{e.fields.find((f) => f.label === "Ketua")?.value}</Table.Td>
                  <Table.Td>{whole(e.phones)}</Table.Td>
                  <Table.Td>{e.targetGroups.join(", ")}</Table.Td>
                  <Table.Td>{e.confirmed}</Table.Td>
                  <Table.Td ta="center">{e.page}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollOnScreen>
      )}
    </Stack>
  );
}
