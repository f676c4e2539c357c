// Why: outreach mode at one checkpoint (#/kpn/lawatan/<id>): one screen for a laptop on a folding table, its four
// counters a key apart (Alt+1..4), each writing only what is confirmed, at once, with nothing kept in memory alone.
import { Alert, Anchor, Badge, Group, Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate } from "../../../app/format";
import { errorMessage } from "../../../app/messages";
import { useKeptValue } from "../../../app/use-kept-value";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { liveCheckpoint } from "../../../db/repositories/kpn/services";
import { NotFoundError } from "../../../db/errors";
import { BasketCounter } from "./BasketCounter";
import { ComplaintCounter } from "./ComplaintCounter";
import { IntakeCounter } from "./IntakeCounter";
import { ServiceCounter } from "./ServiceCounter";

const panels = ["services", "complaints", "baskets", "intakes"] as const;
type Panel = (typeof panels)[number];

async function loadCheckpoint(id: string) {
  const checkpoint = await liveCheckpoint(db, id);
  const tour = await db.tours.get(checkpoint.tourId);
  if (!tour || tour.deletedAt) throw new NotFoundError();
  return { checkpoint, tour };
}

export function OutreachPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const live = useLive(() => loadCheckpoint(id), [id]);
  // The counter in use is kept like a typed value: after a lock or a restart the table opens where it was.
  const [kept, setPanel] = useKeptValue(`kpn:lawatan:${id}:panel`);
  const panel: Panel = (panels as readonly string[]).includes(kept) ? (kept as Panel) : "services";
  useHotkeys(
    panels.map((p, i) => [`alt+${i + 1}`, () => setPanel(p), { preventDefault: true }] as const),
    [],
  );
  if (live.loading) return null;
  if (live.error) return <Alert color="red">{errorMessage(t, live.error)}</Alert>;
  const { checkpoint, tour } = live.data;
  return (
    <Stack gap="sm" data-testid="outreach">
      <Paper withBorder p="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} data-testid="outreach-title">
              {t("kpnLawatan.title")}: {checkpoint.name}
            </Title>
            <Text c="dimmed">
              {t("kpnLawatan.slot", {
                date: formatDate(checkpoint.date),
                start: checkpoint.start,
                end: checkpoint.end,
              })}
              {checkpoint.address ? ` · ${checkpoint.address}` : ""}
            </Text>
          </div>
          <Stack gap={4} align="flex-end">
            <Anchor component={Link} to="/kpn" size="sm">
              {t("kpnLawatan.backToTour")}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t("kpnLawatan.offlineNote")}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <Tabs value={panel} onChange={(v) => v && setPanel(v)} keepMounted={false} variant="pills">
        <Tabs.List grow>
          {panels.map((p, i) => (
            <Tabs.Tab key={p} value={p} fz="lg" py="md" data-testid={`tab-${p}`}>
              {t(`kpnLawatan.tabs.${p}`)}{" "}
              <Badge variant="outline" color="gray" ml={6} tt="none">
                {t("kpnLawatan.tabKey", { n: i + 1 })}
              </Badge>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="services" pt="md">
          <ServiceCounter checkpoint={checkpoint} />
        </Tabs.Panel>
        <Tabs.Panel value="complaints" pt="md">
          <ComplaintCounter checkpoint={checkpoint} />
        </Tabs.Panel>
        <Tabs.Panel value="baskets" pt="md">
          <BasketCounter checkpoint={checkpoint} tour={tour} />
        </Tabs.Panel>
        <Tabs.Panel value="intakes" pt="md">
          <IntakeCounter checkpoint={checkpoint} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
