// Why: the list of sites the user may see (a PPK sees only theirs), with the PPK assigned to each.
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can } from "../../../shared/domain/roles";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";
import { sitesWithStaff } from "./site-staff";

export function SitesPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(async () => sitesWithStaff(db, await sitesRepo(db).list(actor)), [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const rows = live.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t("site.listTitle")}</Title>
        {can(actor.role, "sites.manage") && (
          <Button component={Link} to="/tapak/baru" leftSection={<IconPlus size={16} />}>
            {t("site.add")}
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" data-testid="sites-empty">
          {can(actor.role, "sites.manage") ? t("site.emptyAdmin") : t("site.emptyOther")}
        </Text>
      ) : (
        <Table striped highlightOnHover withTableBorder data-testid="sites-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("site.code")}</Table.Th>
              <Table.Th>{t("site.name")}</Table.Th>
              <Table.Th>{t("site.type")}</Table.Th>
              <Table.Th>{t("site.district")}</Table.Th>
              <Table.Th>{t("site.state")}</Table.Th>
              <Table.Th>{t("site.staff")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ site, staff }) => (
              <Table.Tr key={site.id}>
                <Table.Td ff="monospace">{site.code}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/tapak/${site.id}`}>
                    {site.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={site.type === "ppr" ? "teal" : "orange"}>
                    {t(`siteType.${site.type}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{site.district}</Table.Td>
                <Table.Td>{site.state}</Table.Td>
                <Table.Td>{staff.map((u) => u.name).join(", ") || "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
