// Why: one profile version laid out like the official Profail Komuniti: lettered sections, tables with totals, who prepared it.
import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ageBands } from "../../../../shared/domain/community";
import { populationChecks } from "../../../../shared/reports/profail-komuniti/wording";
import type { ProfileRecord, SiteRecord } from "../../../db/app-db";
import { formatDate, formatDateTime } from "../../../app/format";
import { ageBandTotals, ethnicKeys, ethnicTotal, groupKeys, sexKeys, textKeys } from "./profile-fields";

const letters = "ABCDEFG";

export function ProfileView({
  profile,
  site,
  preparedBy,
}: {
  profile: ProfileRecord;
  site: SiteRecord;
  preparedBy: string;
}) {
  const { t } = useTranslation();
  const { identity, population: pop } = profile;
  const totals = ageBandTotals(pop.byAgeBand);
  const checks = populationChecks(pop);
  const heading = (i: number, key: string) => (
    <Title order={5} tt="uppercase" mb="xs">
      {`${letters[i]}. ${t(`profail.section.${key}`)}`}
    </Title>
  );

  return (
    <Paper withBorder p="lg" data-testid="profile-view">
      <Stack gap="lg">
        <div style={{ textAlign: "center" }}>
          <Title order={4} tt="uppercase">
            {t("profail.docTitle")}
          </Title>
          <Text fw={600} tt="uppercase">
            {site.name}
          </Text>
          <Text size="sm" data-testid="profile-asof">
            {t("profail.asAt", { date: formatDate(profile.asOf) })} ·{" "}
            {t("profail.versionN", { n: profile.version })}
          </Text>
        </div>

        <section data-testid="section-identity">
          {heading(0, "identity")}
          <Table withTableBorder withColumnBorders fz="sm">
            <Table.Tbody>
              <Row label={t("profail.siteName")} value={site.name} />
              <Row label={t("profail.siteType")} value={t(`siteType.${site.type}`)} />
              <Row label={t("profail.address")} value={site.address} />
              <Row label={t("profail.districtState")} value={`${site.district}, ${site.state}`} />
              <Row label={t("profail.f.identity.blocks")} value={identity.blocks} />
              <Row label={t("profail.f.identity.units")} value={identity.units} />
              <Row
                label={t("profail.f.identity.yearBuilt")}
                value={identity.yearBuilt || t("profail.unknownYear")}
              />
              <Row label={t("profail.f.identity.managingBody")} value={identity.managingBody || "—"} />
            </Table.Tbody>
          </Table>
        </section>

        <section data-testid="section-population">
          {heading(1, "population")}
          <Text size="sm" mb="xs">
            {t("profail.f.population.households")}:{" "}
            <Text span fw={700} data-testid="view-households">
              {pop.households}
            </Text>
          </Text>
          {profile.fromRegister && (
            <Text size="xs" c="dimmed" mb="xs" data-testid="view-register-source">
              {t("profail.fromRegister", {
                count: profile.fromRegister.persons,
                date: formatDate(profile.fromRegister.asOf),
              })}
            </Text>
          )}
          {checks.length > 0 && (
            <Alert color="yellow" p="xs" mb="xs" data-testid="view-checks">
              {checks.map((c) => (
                <Text size="sm" key={c.code}>
                  {t(`profail.check.${c.code}`, c)}
                </Text>
              ))}
            </Alert>
          )}
          <Table withTableBorder withColumnBorders fz="sm" mb="md" data-testid="view-age-bands">
            <Table.Thead bg="var(--mantine-color-gray-light)">
              <Table.Tr>
                <Table.Th>{t("profail.ageBandCol")}</Table.Th>
                {sexKeys.map((s) => (
                  <Table.Th key={s} ta="right" w={120}>
                    {t(`code.sex.${s}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right" w={120}>
                  {t("profail.total")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ageBands.map((b) => (
                <Table.Tr key={b}>
                  <Table.Td>{t(`profail.ageBand.${b}`)}</Table.Td>
                  {sexKeys.map((s) => (
                    <Table.Td key={s} ta="right">
                      {pop.byAgeBand[b][s]}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{totals.rows[b]}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t("profail.total")}</Table.Td>
                <Table.Td ta="right">{totals.L}</Table.Td>
                <Table.Td ta="right">{totals.P}</Table.Td>
                <Table.Td ta="right">{totals.all}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Table withTableBorder withColumnBorders fz="sm">
              <Table.Thead bg="var(--mantine-color-gray-light)">
                <Table.Tr>
                  <Table.Th>{t("profail.ethnicHeading")}</Table.Th>
                  <Table.Th ta="right" w={120}>
                    {t("profail.count")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ethnicKeys.map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{t(`profail.ethnic.${k}`)}</Table.Td>
                    <Table.Td ta="right">{pop.ethnicGroups[k]}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={700}>
                  <Table.Td>{t("profail.total")}</Table.Td>
                  <Table.Td ta="right">{ethnicTotal(pop.ethnicGroups)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Table withTableBorder withColumnBorders fz="sm" data-testid="view-groups">
              <Table.Thead bg="var(--mantine-color-gray-light)">
                <Table.Tr>
                  <Table.Th>{t("profail.groupsHeading")}</Table.Th>
                  <Table.Th ta="right" w={120}>
                    {t("profail.count")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groupKeys.map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{t(`profail.f.population.${k}`)}</Table.Td>
                    <Table.Td ta="right">{pop[k]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SimpleGrid>
        </section>

        {textKeys.map((k, i) => (
          <section key={k} data-testid={`section-${k}`}>
            {heading(i + 2, k)}
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} c={profile[k] ? undefined : "dimmed"}>
              {profile[k] || t("profail.none")}
            </Text>
          </section>
        ))}

        <Table withTableBorder fz="sm" w="fit-content" data-testid="prepared-by">
          <Table.Tbody>
            <Row label={t("profail.preparedBy")} value={preparedBy} />
            <Row label={t("profail.createdAt")} value={formatDateTime(profile.createdAt)} />
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function Row({ label, value }: { label: string; value: string | number }) {
  return (
    <Table.Tr>
      <Table.Th w={260} bg="var(--mantine-color-gray-light)" fw={500}>
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}
