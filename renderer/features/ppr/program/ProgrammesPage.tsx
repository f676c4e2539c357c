// Why: a site's programmes month by month, as a list or as a calendar, with the way to plan a new one.
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { sitesRepo } from "../../../db/repositories/sites";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { isMonth, monthOf } from "./month";
import { MonthNav, useMonthLabel } from "./MonthNav";
import { ProgrammeCalendar } from "./ProgrammeCalendar";
import { ProgrammeList } from "./ProgrammeList";
import { programmesInMonth } from "./queries";

export function ProgrammesPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const today = todayIn();
  const thisMonth = monthOf(today);
  const month = isMonth(params.get("bulan")) ? params.get("bulan")! : thisMonth;
  const view = params.get("paparan") === "kalendar" ? "kalendar" : "senarai";
  const monthLabel = useMonthLabel();
  const sites = useLive(() => sitesRepo(db).list(actor), [actor]);
  const siteList = sites.loading || sites.error ? [] : sites.data;
  const wanted = params.get("tapak");
  const siteId = siteList.find((s) => s.id === wanted)?.id ?? siteList[0]?.id ?? null;
  const live = useLive(
    async () => (siteId ? programmesInMonth(db, actor, siteId, month) : []),
    [actor, siteId, month],
  );
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };
  if (sites.loading) return null;
  if (sites.error) return <LoadError error={sites.error} />;
  if (!live.loading && live.error) return <LoadError error={live.error} />;
  const programmes = live.loading ? [] : live.data;

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={3}>{t("program.title")}</Title>
          <Text size="sm" c="dimmed" data-testid="programme-count">
            {t("program.count", { count: programmes.length, month: monthLabel(month) })}
          </Text>
        </div>
        {can(actor.role, "records.write") && siteId && (
          <Button component={Link} to={`/program/baru?tapak=${siteId}`} leftSection={<IconPlus size={16} />}>
            {t("program.new")}
          </Button>
        )}
      </Group>
      {siteList.length === 0 ? (
        <Text c="dimmed">{t("program.noSites")}</Text>
      ) : (
        <>
          <Paper withBorder p="sm">
            <Group justify="space-between" wrap="wrap">
              <Group wrap="wrap">
                <Select
                  size="sm"
                  w={280}
                  aria-label={t("program.site")}
                  allowDeselect={false}
                  data={siteList.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }))}
                  value={siteId}
                  onChange={(v) => v && set("tapak", v)}
                />
                <MonthNav month={month} thisMonth={thisMonth} onChange={(m) => set("bulan", m)} />
              </Group>
              <SegmentedControl
                value={view}
                onChange={(v) => set("paparan", v)}
                data={[
                  { value: "senarai", label: t("program.viewList") },
                  { value: "kalendar", label: t("program.viewCalendar") },
                ]}
              />
            </Group>
          </Paper>
          {live.loading ? null : view === "kalendar" ? (
            <ProgrammeCalendar month={month} today={today} programmes={programmes} />
          ) : programmes.length === 0 ? (
            <Text c="dimmed" p="md" data-testid="programme-empty">
              {t("program.empty", { month: monthLabel(month) })}
            </Text>
          ) : (
            <ProgrammeList programmes={programmes} />
          )}
        </>
      )}
    </Stack>
  );
}
