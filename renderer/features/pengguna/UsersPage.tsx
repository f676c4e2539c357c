// Why: the administrator sees every account, its role, its sites and whether it is active.
import { Anchor, Badge, Button, Group, Stack, Table, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { db } from "../../db/instance";
import { usersRepo } from "../../db/repositories/users";
import { sitesRepo } from "../../db/repositories/sites";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";

export function UsersPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(async () => {
    const [users, sites] = await Promise.all([usersRepo(db).list(actor), sitesRepo(db).list(actor)]);
    return {
      users: users.sort((a, b) => a.username.localeCompare(b.username)),
      sites: new Map(sites.map((s) => [s.id, s])),
    };
  }, [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { users, sites } = live.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t("user.listTitle")}</Title>
        <Button component={Link} to="/pengguna/baru" leftSection={<IconPlus size={16} />}>
          {t("user.add")}
        </Button>
      </Group>
      <Table striped highlightOnHover withTableBorder data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("user.username")}</Table.Th>
            <Table.Th>{t("user.name")}</Table.Th>
            <Table.Th>{t("user.role")}</Table.Th>
            <Table.Th>{t("user.sites")}</Table.Th>
            <Table.Th>{t("user.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td ff="monospace">
                <Anchor component={Link} to={`/pengguna/${u.id}`}>
                  {u.username}
                </Anchor>
              </Table.Td>
              <Table.Td>{u.name}</Table.Td>
              <Table.Td>{t(`role.${u.role}`)}</Table.Td>
              <Table.Td>
                {u.role === "ppk"
                  ? u.siteIds.map((id) => sites.get(id)?.code ?? "?").join(", ")
                  : t("user.allSites")}
              </Table.Td>
              <Table.Td>
                <Badge color={u.disabled ? "gray" : "green"} variant="light">
                  {u.disabled ? t("user.disabled") : t("user.active")}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
