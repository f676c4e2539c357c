// Why: Laporan Pelaksanaan Program dan Aktiviti PPR on the Laporan screen: the month's programmes at a site, with their particulars and photos.
import { Image, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  pelaksanaanProgramModel,
  periodRange,
  type PelaksanaanProgramModel,
  type ProgPhoto,
  type ProgSectionPhoto,
} from "../../../../shared/reports/pelaksanaan-program/model";
import { documentSignatories } from "../signatories";
import { ownFrame, type DocDef } from "./types";

function Photo({ photo }: { photo: ProgSectionPhoto }) {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([photo.data as BlobPart], { type: "image/jpeg" })),
    [photo.data],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Stack gap={2} align="center">
      <Image src={url} alt={photo.caption} h={150} w="auto" fit="contain" />
      <Text size="xs">{photo.caption}</Text>
    </Stack>
  );
}

function Preview({ model }: { model: PelaksanaanProgramModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="program-summary" className="no-print">
        {t("laporan.program.summary", { n: model.rows.length, participants: model.total.participants })}
      </Text>
      <Text size="xs" fw={700}>
        {model.summaryHeading}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders fz="xs" data-testid="program-table">
          <Table.Thead>
            <Table.Tr bg="gray.1">
              {model.columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {model.rows.map((r) => (
              <Table.Tr key={r.programmeId}>
                <Table.Td ta="center">{r.bil}</Table.Td>
                <Table.Td>{r.title}</Table.Td>
                <Table.Td>{r.date}</Table.Td>
                <Table.Td>{r.category}</Table.Td>
                <Table.Td>{r.method}</Table.Td>
                <Table.Td ta="right">{r.participants}</Table.Td>
                <Table.Td>{r.partners}</Table.Td>
                <Table.Td>{r.status}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td colSpan={5}>{model.total.label}</Table.Td>
              <Table.Td ta="right" data-testid="program-total">
                {model.total.participants}
              </Table.Td>
              <Table.Td colSpan={2} />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {model.emptyNote && (
        <Text size="xs" fs="italic">
          {model.emptyNote}
        </Text>
      )}
      {model.notes.map((n) => (
        <Text key={n} size="xs" c="dimmed" fs="italic">
          {n}
        </Text>
      ))}
      {model.detailHeading && (
        <Text size="xs" fw={700}>
          {model.detailHeading}
        </Text>
      )}
      {model.sections.map((s) => (
        <Stack key={s.programmeId} gap={4} style={{ breakBefore: "page" }}>
          <Title order={5}>{s.heading}</Title>
          <Table withTableBorder withColumnBorders fz="xs">
            <Table.Tbody>
              {s.items.map((item) => (
                <Table.Tr key={item.key}>
                  <Table.Th w={200} bg="gray.1">
                    {item.label}
                  </Table.Th>
                  <Table.Td>
                    {item.lines.map((l, i) => (
                      <div key={i}>{l}</div>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {s.photos.length > 0 && (
            <>
              <Text size="xs" fw={700}>
                {s.photosHeading}
              </Text>
              <SimpleGrid cols={2} spacing="xs" style={{ breakInside: "avoid" }}>
                {s.photos.map((p) => (
                  <Photo key={p.caption} photo={p} />
                ))}
              </SimpleGrid>
            </>
          )}
          {s.photoNote && (
            <Text size="xs" c="dimmed">
              {s.photoNote}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

export const pelaksanaanProgramDoc: DocDef<PelaksanaanProgramModel> = {
  code: "pelaksanaan-program",
  labelKey: "laporan.program.name",
  allSites: false,
  quarterly: true,
  sulit: false,
  orientation: "portrait",
  async build({ db, actor, context, choice }) {
    const site = choice.sites[0]!;
    const period = choice.quarter
      ? { year: choice.year, quarter: choice.quarter }
      : { year: choice.year, month: choice.month };
    const { from, to } = periodRange(period);
    const programmes = (
      await db.programmes
        .where("[siteId+startDate]")
        .between([site.id, from], [site.id, to], true, true)
        .toArray()
    ).filter((p) => !p.deletedAt);
    const stored = (
      await db.photos
        .where("ownerId")
        .anyOf(programmes.map((p) => p.id))
        .toArray()
    ).filter((p) => !p.deletedAt);
    const partnerIds = [...new Set(programmes.flatMap((p) => p.partnerIds))];
    const organisations = (await db.organisations.bulkGet(partnerIds)).flatMap((o) =>
      o ? [{ id: o.id, name: o.name }] : [],
    );
    const photos: ProgPhoto[] = await Promise.all(
      stored.map(async (p) => ({ ...p, data: new Uint8Array(await p.data.arrayBuffer()) })),
    );
    return pelaksanaanProgramModel({
      period,
      site: { id: site.id, name: site.name },
      district: context.district,
      programmes,
      organisations,
      photos,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: await documentSignatories(db, context, actor, { siteIds: [site.id] }),
    });
  },
  jobs: (m) => [
    { writer: "pelaksanaan-program.docx", model: m, fileName: m.fileNames.docx },
    { writer: "pelaksanaan-program.xlsx", model: m, fileName: m.fileNames.xlsx },
  ],
  frame: ownFrame,
  isEmpty: (m) => m.rows.length === 0,
  Preview,
};
