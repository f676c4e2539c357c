// Why: the kelompok of a wilayah at a glance (name, desa, ketua, number of KPM), each opening its roster.
import { Anchor, Button, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { groupsOfSite } from "../../../db/repositories/pkh/groups";
import { sitesRepo } from "../../../db/repositories/sites";
import { headOf } from "../kpm/components";

export function GroupListPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const wanted = params.get("wilayah");
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId = sites.find((s) => s.id === wanted)?.id ?? sites[0]?.id ?? null;
    return { sites, siteId, groups: siteId ? await groupsOfSite(db, actor, siteId) : [] };
  }, [actor, wanted]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, siteId, groups } = live.data;
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t("pkh.kelompok.title")}</Title>
          <Text c="dimmed">{t("pkh.kelompok.intro")}</Text>
        </div>
        {can(actor.role, "records.write") && siteId && (
          <Button
            component={Link}
            to={`/kelompok/baru?wilayah=${siteId}`}
            leftSection={<IconPlus size={16} />}
          >
            {t("pkh.kelompok.add")}
          </Button>
        )}
      </Group>
      {sites.length > 1 && (
        <Select
          w={280}
          label={t("pkh.kpm.site")}
          allowDeselect={false}
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          value={siteId}
          onChange={(v) => v && setParams({ wilayah: v }, { replace: true })}
        />
      )}
      {groups.length === 0 ? (
        <Text c="dimmed">{t("pkh.kelompok.empty")}</Text>
      ) : (
        <Table withTableBorder striped data-testid="group-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pkh.kelompok.name")}</Table.Th>
              <Table.Th>{t("pkh.kpm.desa")}</Table.Th>
              <Table.Th>{t("pkh.kelompok.leader")}</Table.Th>
              <Table.Th ta="right">{t("pkh.kelompok.kpmCount")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map(({ group: g, roster }) => {
              const leader = roster.find((h) => h.id === g.leaderId);
              return (
                <Table.Tr key={g.id} data-testid="group-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/kelompok/${g.id}`}>
                      {g.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{g.desa}</Table.Td>
                  <Table.Td>{leader ? headOf(leader) : "—"}</Table.Td>
                  <Table.Td ta="right">{roster.length}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
