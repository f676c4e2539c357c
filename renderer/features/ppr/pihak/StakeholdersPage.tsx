// Why: a site's residents' representatives, association leaders and NGO contacts (#/pihak), found by name, added in place.
import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { stakeholdersRepo } from "../../../db/repositories/community";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { SitePicker, useSiteParam } from "../profail/SitePicker";
import { siteStakeholders } from "./data";
import { matchesSearch } from "./search";
import { emptyStakeholder, StakeholderForm } from "./StakeholderForm";

export function StakeholdersPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const { loading, error, sites, site, asked, choose } = useSiteParam();
  const siteId = site?.id ?? asked ?? "";
  const [query, setQuery] = useState("");
  const [adding, setAdding] = useState(false);
  const live = useLive(async () => (siteId ? siteStakeholders(actor, siteId) : []), [actor, siteId]);
  if (loading || live.loading) return null;
  if (error) return <LoadError error={error} />;
  if (live.error) return <LoadError error={live.error} />;
  const rows = live.data.filter((r) => matchesSearch(r.stakeholder, query));
  const canWrite = can(actor.role, "records.write");

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="end">
        <div>
          <Title order={3}>{t("pihak.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("pihak.intro")}
          </Text>
        </div>
        {canWrite && site && !adding && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setAdding(true)}
            data-testid="add-stakeholder"
          >
            {t("pihak.add")}
          </Button>
        )}
      </Group>
      {sites.length === 0 ? (
        <Text c="dimmed">{t("profail.noSites")}</Text>
      ) : (
        <>
          <Group align="end">
            <SitePicker sites={sites} site={site} onChange={choose} />
            <TextInput
              label={t("pihak.search")}
              placeholder={t("pihak.searchPlaceholder")}
              leftSection={<IconSearch size={16} />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={320}
              data-testid="stakeholder-search"
            />
          </Group>
          {adding && site && (
            <Paper withBorder p="md">
              <Group justify="space-between" mb="sm">
                <Title order={5}>{t("pihak.newTitle", { site: site.name })}</Title>
                <Button size="xs" variant="subtle" onClick={() => setAdding(false)}>
                  {t("common.cancel")}
                </Button>
              </Group>
              <StakeholderForm
                key={site.id}
                draftKey={`stakeholder:new:${site.id}`}
                initial={emptyStakeholder}
                rev={null}
                autoFocus
                submitLabel={t("pihak.save")}
                onSave={async (values) => {
                  const s = await stakeholdersRepo(db).create(actor, { ...values, siteId: site.id });
                  notifications.show({ color: "green", message: t("pihak.added", { name: s.name }) });
                  return { next: () => navigate(`/pihak/${s.id}`) };
                }}
              />
            </Paper>
          )}
          {live.data.length === 0 ? (
            <Text c="dimmed" data-testid="stakeholders-empty">
              {t("pihak.empty")}
            </Text>
          ) : rows.length === 0 ? (
            <Text c="dimmed" data-testid="stakeholders-none-found">
              {t("pihak.noneFound", { query })}
            </Text>
          ) : (
            <Table striped highlightOnHover withTableBorder data-testid="stakeholders-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("pihak.name")}</Table.Th>
                  <Table.Th>{t("pihak.role")}</Table.Th>
                  <Table.Th>{t("pihak.organisation")}</Table.Th>
                  <Table.Th w={140}>{t("pihak.phone")}</Table.Th>
                  <Table.Th w={130} ta="right">
                    {t("pihak.contactsCount")}
                  </Table.Th>
                  <Table.Th w={160}>{t("pihak.lastContact")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ stakeholder: s, contacts, lastContact }) => (
                  <Table.Tr key={s.id} data-testid="stakeholder-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/pihak/${s.id}`} fw={600}>
                        {s.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{s.role}</Table.Td>
                    <Table.Td>{s.organisation || "—"}</Table.Td>
                    <Table.Td>{s.phone || "—"}</Table.Td>
                    <Table.Td ta="right" data-testid="stakeholder-contacts">
                      {contacts}
                    </Table.Td>
                    <Table.Td data-testid="stakeholder-last">
                      {lastContact ? formatDate(lastContact) : t("pihak.never")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
