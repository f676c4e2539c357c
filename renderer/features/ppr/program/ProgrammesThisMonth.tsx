// Why: the home screen's view of this month's programmes at the user's sites, so nothing planned slips by.
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { sitesRepo } from "../../../db/repositories/sites";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { programmeDates, programmeStatusColor } from "./labels";
import { monthOf } from "./month";
import { useMonthLabel } from "./MonthNav";
import { programmesInMonth } from "./queries";

const SHOWN = 8;

export function ProgrammesThisMonth() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const month = monthOf(todayIn());
  const monthLabel = useMonthLabel();
  const live = useLive(async () => {
    const sites = await sitesRepo(db).list(actor);
    const code = new Map(sites.map((s) => [s.id, s.code]));
    const lists = await Promise.all(sites.map((s) => programmesInMonth(db, actor, s.id, month)));
    const programmes = lists
      .flat()
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
    return { programmes, code, firstSite: sites[0]?.id ?? null, manySites: sites.length > 1 };
  }, [actor, month]);
  if (live.loading || live.error) return null;
  const { programmes, code, firstSite, manySites } = live.data;
  const canWrite = can(actor.role, "records.write");

  return (
    <Card withBorder data-testid="programmes-this-month">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t("program.home.title", { month: monthLabel(month) })}</Title>
        <Anchor component={Link} to={`/program?bulan=${month}`} size="sm">
          {t("program.home.all")}
        </Anchor>
      </Group>
      {programmes.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t("program.home.empty")}
          </Text>
          {canWrite && firstSite && (
            <Button
              component={Link}
              to={`/program/baru?tapak=${firstSite}`}
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
            >
              {t("program.new")}
            </Button>
          )}
        </Stack>
      ) : (
        <Stack gap={6}>
          {programmes.slice(0, SHOWN).map((p) => (
            <Group key={p.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="home-programme">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/program/${p.id}`} size="sm" fw={600} lineClamp={1}>
                  {p.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {programmeDates(p)}
                  {manySites && ` · ${code.get(p.siteId) ?? ""}`} · {p.venue}
                </Text>
              </div>
              <Badge variant="light" color={programmeStatusColor(p.status)} style={{ flexShrink: 0 }}>
                {t(`program.statuses.${p.status}`)}
              </Badge>
            </Group>
          ))}
          {programmes.length > SHOWN && (
            <Anchor component={Link} to={`/program?bulan=${month}`} size="sm">
              {t("program.home.more", { count: programmes.length - SHOWN })}
            </Anchor>
          )}
        </Stack>
      )}
    </Card>
  );
}
