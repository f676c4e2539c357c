// Why: a site's meetings, newest first, with how many came and what each still has open, and the way to record a new one.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { meetingsOfSite } from "./meetings-data";
import { MyActionItems } from "./MyActionItems";
import { SiteSelect, useSiteChoice } from "./site-choice";

export function MeetingsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const choice = useSiteChoice();
  const { siteId } = choice;
  const live = useLive(
    async () => (siteId ? meetingsOfSite(db, actor, siteId, todayIn()) : []),
    [actor, siteId],
  );
  if (choice.error) return <LoadError error={choice.error} />;
  if (live.error) return <LoadError error={live.error} />;
  const mine = choice.params.get("tindakan") === "saya";

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="end">
        <div>
          <Title order={3}>{t("perjumpaan.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("perjumpaan.intro")}
          </Text>
        </div>
        {siteId && can(actor.role, "records.write") && (
          <Button
            component={Link}
            to={`/perjumpaan/baru?tapak=${siteId}`}
            leftSection={<IconPlus size={16} />}
          >
            {t("perjumpaan.new")}
          </Button>
        )}
      </Group>
      {mine && <MyActionItems limit={null} />}
      <Group align="end">
        <SiteSelect sites={choice.sites} value={siteId} onChange={(v) => choice.setParam("tapak", v)} />
        {!mine && (
          <Anchor component={Link} to="/perjumpaan?tindakan=saya" size="sm" mb={8}>
            {t("perjumpaan.myItemsLink")}
          </Anchor>
        )}
      </Group>
      {!choice.loading && choice.sites.length === 0 ? (
        <Text c="dimmed">{t("perjumpaan.noSites")}</Text>
      ) : live.loading ? null : live.data.length === 0 ? (
        <Paper withBorder p="md">
          <Text c="dimmed" data-testid="meetings-empty">
            {t("perjumpaan.empty")}
          </Text>
        </Paper>
      ) : (
        <Table withTableBorder striped highlightOnHover fz="sm" data-testid="meetings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t("perjumpaan.date")}</Table.Th>
              <Table.Th w={200}>{t("perjumpaan.type")}</Table.Th>
              <Table.Th>{t("perjumpaan.venue")}</Table.Th>
              <Table.Th w={110} ta="right">
                {t("perjumpaan.attendeesShort")}
              </Table.Th>
              <Table.Th w={200}>{t("perjumpaan.openItems")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {live.data.map(({ meeting: m, counts }) => (
              <Table.Tr key={m.id} data-testid="meeting-row">
                <Table.Td>
                  <Anchor component={Link} to={`/perjumpaan/${m.id}`}>
                    {formatDate(m.date)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`perjumpaan.types.${m.type}`)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/perjumpaan/${m.id}`} c="inherit">
                    {m.venue}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{m.attendees.length}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" data-testid="open-count">
                      {counts.open}
                    </Text>
                    {counts.overdue > 0 && (
                      <Badge color="red" variant="light" size="sm">
                        {t("perjumpaan.overdueCount", { count: counts.overdue })}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
