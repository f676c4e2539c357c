// Why: a site's community profile versions (#/profail?tapak=), to open one, compare two, or start a new one.
import { Anchor, Button, Checkbox, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconArrowsDiff, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { formatDate, formatDateTime } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { siteProfiles, userNames } from "./data";
import { SitePicker, useSiteParam } from "./SitePicker";

export function ProfilesPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const { loading, error, sites, site, asked, choose } = useSiteParam();
  const siteId = site?.id ?? asked ?? "";
  const [ticked, setTicked] = useState<string[]>([]);
  const live = useLive(async () => {
    if (!siteId) return { versions: [], names: new Map<string, string>() };
    const versions = await siteProfiles(actor, siteId);
    return { versions, names: await userNames(versions.map((v) => v.createdBy)) };
  }, [actor, siteId]);
  if (loading || live.loading) return null;
  if (error) return <LoadError error={error} />;
  if (live.error) return <LoadError error={live.error} />;
  const { versions, names } = live.data;
  const canWrite = can(actor.role, "records.write");
  const tick = (id: string, on: boolean) =>
    setTicked((prev) =>
      on ? [...prev.filter((x) => x !== id), id].slice(-2) : prev.filter((x) => x !== id),
    );
  const compare = () => {
    // Older version on the left, newer on the right, whatever order they were ticked in.
    const [a, b] = versions
      .filter((v) => ticked.includes(v.id))
      .sort((x, y) => x.version - y.version)
      .map((v) => v.id);
    navigate(`/profail/banding?a=${a}&b=${b}`);
  };

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="end">
        <div>
          <Title order={3}>{t("profail.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("profail.intro")}
          </Text>
        </div>
        {canWrite && site && (
          <Button
            component={Link}
            to={`/profail/baru?tapak=${site.id}`}
            leftSection={<IconPlus size={16} />}
            data-testid="new-profile"
          >
            {t("profail.new")}
          </Button>
        )}
      </Group>
      {sites.length === 0 ? (
        <Text c="dimmed">{t("profail.noSites")}</Text>
      ) : (
        <>
          <Group align="end" justify="space-between">
            <SitePicker
              sites={sites}
              site={site}
              onChange={(id) => {
                setTicked([]);
                choose(id);
              }}
            />
            <Button
              variant="default"
              leftSection={<IconArrowsDiff size={16} />}
              disabled={ticked.length !== 2}
              onClick={compare}
              data-testid="compare-ticked"
            >
              {t("profail.compareTicked")}
            </Button>
          </Group>
          {versions.length === 0 ? (
            <Text c="dimmed" data-testid="profiles-empty">
              {t("profail.empty")}
            </Text>
          ) : (
            <>
              <Text size="xs" c="dimmed">
                {t("profail.tickHint")}
              </Text>
              <Table striped highlightOnHover withTableBorder data-testid="profiles-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t("profail.compareCol")}</Table.Th>
                    <Table.Th w={90}>{t("profail.version")}</Table.Th>
                    <Table.Th w={140}>{t("profail.asOf")}</Table.Th>
                    <Table.Th>{t("profail.preparedBy")}</Table.Th>
                    <Table.Th w={170}>{t("profail.createdAt")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {versions.map((v) => (
                    <Table.Tr key={v.id} data-testid="profile-row">
                      <Table.Td>
                        <Checkbox
                          aria-label={t("profail.tickVersion", { n: v.version })}
                          checked={ticked.includes(v.id)}
                          onChange={(e) => tick(v.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/profail/${v.id}`} fw={600}>
                          {t("profail.versionN", { n: v.version })}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatDate(v.asOf)}</Table.Td>
                      <Table.Td>{names.get(v.createdBy) ?? ""}</Table.Td>
                      <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
