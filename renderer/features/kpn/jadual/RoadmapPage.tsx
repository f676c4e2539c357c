// Why: the district's Kembara Prihatin Negara roadmap week by week (Monday to Sunday): each tour with its day, leader,
// checkpoints and status, the way to plan one, and the month's roadmap as an official document.
import { ActionIcon, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconFileExport, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { addDays, isValidIsoDate, todayIn } from "../../../../shared/domain/dates";
import { weekRange, weekStart } from "../../../../shared/domain/kpn/roadmap";
import { can } from "../../../../shared/domain/roles";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { toursBetween } from "../../../db/repositories/kpn/tours";
import { TourCard } from "./TourCard";

export function RoadmapPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const thisWeek = weekStart(todayIn());
  const asked = params.get("minggu");
  const monday = asked && isValidIsoDate(asked) ? weekStart(asked) : thisWeek;
  const { from, to } = weekRange(monday);
  const live = useLive(async () => {
    const tours = await toursBetween(db, from, to);
    const ids = [...new Set(tours.flatMap((x) => x.tour.partnerIds))];
    const orgs = await db.organisations.bulkGet(ids);
    return { tours, partnerNames: new Map(orgs.flatMap((o) => (o ? [[o.id, o.name] as const] : []))) };
  }, [from, to]);
  const go = (week: string) => setParams({ minggu: week }, { replace: true });
  const canPlan = can(actor.role, "kpn.plan");
  if (!live.loading && live.error) return <LoadError error={live.error} />;
  const data = live.loading ? null : live.data;
  const day = monday <= todayIn() && todayIn() <= to ? todayIn() : monday;

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={3}>{t("kpnJadual.title")}</Title>
        <Group>
          <Button
            component={Link}
            to={`/laporan?dokumen=jadual-pelaksanaan&tahun=${monday.slice(0, 4)}&bulan=${Number(monday.slice(5, 7))}`}
            variant="default"
            leftSection={<IconFileExport size={16} />}
          >
            {t("kpnJadual.export")}
          </Button>
          {canPlan && (
            <Button
              component={Link}
              to={`/kpn/jelajah/baru?tarikh=${day}`}
              leftSection={<IconPlus size={16} />}
            >
              {t("kpnJadual.plan")}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t("kpnJadual.prevWeek")}
            onClick={() => go(addDays(monday, -7))}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Text fw={700} ta="center" miw={260} data-testid="week-label">
            {t("kpnJadual.week", { from: formatDate(from), to: formatDate(to) })}
          </Text>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t("kpnJadual.nextWeek")}
            onClick={() => go(addDays(monday, 7))}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button variant="subtle" size="xs" disabled={monday === thisWeek} onClick={() => go(thisWeek)}>
            {t("kpnJadual.thisWeek")}
          </Button>
        </Group>
      </Paper>
      {data && data.tours.length === 0 && (
        <Text c="dimmed" data-testid="no-tours">
          {t("kpnJadual.none")}
        </Text>
      )}
      {data?.tours.map((item) => (
        <TourCard key={item.tour.id} item={item} partnerNames={data.partnerNames} canPlan={canPlan} />
      ))}
    </Stack>
  );
}
