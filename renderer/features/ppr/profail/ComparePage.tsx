// Why: two profile versions side by side (#/profail/banding?a=&b=): what changed first, then each section, unchanged ones folded away.
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Collapse,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { compareProfiles } from "../../../../shared/domain/community";
import type { ProfileRecord } from "../../../db/app-db";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { profileWithSite } from "./data";
import {
  fieldLabel,
  profileInputOf,
  sectionKeys,
  sectionOf,
  sectionPaths,
  valueAt,
  type SectionKey,
} from "./profile-fields";

const changedRow = { background: "var(--mantine-color-yellow-light)" };

function shown(t: TFunction, path: string, value: unknown): string {
  if (path === "asOf") return formatDate(value as string);
  if (path === "identity.yearBuilt" && value === 0) return t("profail.unknownYear");
  if (value === "" || value === undefined || value === null) return "—";
  return String(value);
}

export function ComparePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params] = useSearchParams();
  const a = params.get("a") ?? "";
  const b = params.get("b") ?? "";
  const live = useLive(async () => {
    const [left, right] = await Promise.all([profileWithSite(actor, a), profileWithSite(actor, b)]);
    return { left, right };
  }, [actor, a, b]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { left, right } = live.data;
  const differences = compareProfiles(profileInputOf(left.profile), profileInputOf(right.profile));
  const changedPaths = new Set(differences.map((d) => d.path));
  const head = (p: ProfileRecord) => `${t("profail.versionN", { n: p.version })} · ${formatDate(p.asOf)}`;

  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/profail?tapak=${left.site.id}`} size="sm">
          {t("profail.title")}
        </Anchor>
        <Text size="sm">{left.site.name}</Text>
      </Breadcrumbs>
      <Title order={3}>{t("profail.compareTitle", { site: left.site.name })}</Title>
      {left.site.id !== right.site.id && (
        <Alert color="yellow" p="xs">
          {t("profail.compareOtherSite", { site: right.site.name })}
        </Alert>
      )}

      <Paper withBorder p="md" data-testid="compare-changes">
        <Title order={5} mb="sm">
          {t("profail.changes", { count: differences.length })}
        </Title>
        {differences.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="no-changes">
            {t("profail.noChanges")}
          </Text>
        ) : (
          <Table withTableBorder withColumnBorders fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("profail.field")}</Table.Th>
                <Table.Th w="30%">
                  <Anchor component={Link} to={`/profail/${left.profile.id}`} size="sm" fw={700}>
                    {head(left.profile)}
                  </Anchor>
                </Table.Th>
                <Table.Th w="30%">
                  <Anchor component={Link} to={`/profail/${right.profile.id}`} size="sm" fw={700}>
                    {head(right.profile)}
                  </Anchor>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differences.map((d) => (
                <Table.Tr key={d.path} style={changedRow} data-testid="change-row" data-path={d.path}>
                  <Table.Td fw={600}>
                    <Text size="xs" c="dimmed">
                      {t(`profail.section.${sectionOf(d.path)}`)}
                    </Text>
                    {fieldLabel(t, d.path)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }} data-testid="change-before">
                    {shown(t, d.path, d.before)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }} fw={700} data-testid="change-after">
                    {shown(t, d.path, d.after)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      {sectionKeys.map((s) => (
        <CompareSection
          key={s}
          section={s}
          left={left.profile}
          right={right.profile}
          changed={changedPaths}
          heads={[head(left.profile), head(right.profile)]}
        />
      ))}
    </Stack>
  );
}

function CompareSection({
  section,
  left,
  right,
  changed,
  heads,
}: {
  section: SectionKey;
  left: ProfileRecord;
  right: ProfileRecord;
  changed: Set<string>;
  heads: [string, string];
}) {
  const { t } = useTranslation();
  const paths = sectionPaths(section);
  const changes = paths.filter((p) => changed.has(p)).length;
  const [open, setOpen] = useState(changes > 0);
  return (
    <Paper withBorder p="sm" data-testid={`compare-section-${section}`} data-changes={changes}>
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="compact-md"
          px={4}
          leftSection={open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {t(`profail.section.${section}`)}
        </Button>
        <Badge variant="light" color={changes ? "yellow" : "gray"}>
          {changes ? t("profail.changes", { count: changes }) : t("profail.unchanged")}
        </Badge>
      </Group>
      <Collapse expanded={open}>
        <Table withTableBorder withColumnBorders fz="sm" mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("profail.field")}</Table.Th>
              <Table.Th w="30%">{heads[0]}</Table.Th>
              <Table.Th w="30%">{heads[1]}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paths.map((p) => (
              <Table.Tr key={p} style={changed.has(p) ? changedRow : undefined}>
                <Table.Td>{fieldLabel(t, p)}</Table.Td>
                <Table.Td style={{ whiteSpace: "pre-wrap" }}>{shown(t, p, valueAt(left, p))}</Table.Td>
                <Table.Td style={{ whiteSpace: "pre-wrap" }} fw={changed.has(p) ? 700 : undefined}>
                  {shown(t, p, valueAt(right, p))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Collapse>
    </Paper>
  );
}
