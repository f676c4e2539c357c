// Why: one tour as the roadmap shows it: the day, its status, the team leader and team, the vehicle and partners, and
// each checkpoint with its time, place and a link to its outreach mode.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TourStatus } from "../../../../shared/domain/kpn/codes";
import { formatDate } from "../../../app/format";
import type { TourWithCheckpoints } from "../../../db/repositories/kpn/tours";
import { weekdayOf } from "../../../../shared/domain/kpn/roadmap";

const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const STATUS_COLOUR: Record<TourStatus, string> = {
  dirancang: "blue",
  dilaksanakan: "green",
  ditangguhkan: "orange",
  dibatalkan: "gray",
};

type Props = { item: TourWithCheckpoints; partnerNames: ReadonlyMap<string, string>; canPlan: boolean };

export function TourCard({ item: { tour, checkpoints }, partnerNames, canPlan }: Props) {
  const { t } = useTranslation();
  const leader = tour.team.find((m) => m.role === "ketua");
  const partners = tour.partnerIds.map((id) => partnerNames.get(id)).filter(Boolean);
  return (
    <Paper withBorder p="md" data-testid={`tour-${tour.date}`}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={700}>
            {t(`program.weekdays.${WEEKDAY_KEYS[weekdayOf(tour.date)]}`)}, {formatDate(tour.date)}
          </Text>
          <Text size="sm" data-testid="tour-leader">
            {t("kpnJadual.leader")}:{" "}
            {leader ? `${leader.name}${leader.grade ? ` (${leader.grade})` : ""}` : t("kpnJadual.noLeader")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("kpnJadual.teamCount", { count: tour.team.length })} · {t(`kpn.vehicle.${tour.vehicle.kind}`)}
            {tour.vehicle.registration ? ` ${tour.vehicle.registration}` : ""}
          </Text>
          {partners.length > 0 && (
            <Text size="sm" c="dimmed">
              {t("kpnJadual.partnersCount", { names: partners.join(", ") })}
            </Text>
          )}
          {tour.statusReason && (tour.status === "ditangguhkan" || tour.status === "dibatalkan") && (
            <Text size="sm" c="orange.8">
              {t("kpnJadual.reason", { reason: tour.statusReason })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Badge color={STATUS_COLOUR[tour.status]} variant="light" data-testid="tour-status">
            {t(`kpn.tourStatus.${tour.status}`)}
          </Badge>
          {canPlan && (
            <Button component={Link} to={`/kpn/jelajah/${tour.id}`} size="xs" variant="light">
              {t("kpnJadual.edit")}
            </Button>
          )}
        </Group>
      </Group>
      <Table mt="sm" striped withTableBorder>
        <Table.Tbody>
          {checkpoints.map((c) => (
            <Table.Tr key={c.id} data-testid="tour-checkpoint">
              <Table.Td w={40}>{c.order}</Table.Td>
              <Table.Td w={120} style={{ whiteSpace: "nowrap" }}>
                {c.start} – {c.end}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`kpn.locationType.${c.locationType}`)}
                  {c.address ? ` · ${c.address}` : ""}
                </Text>
              </Table.Td>
              <Table.Td w={150} ta="right">
                <Anchor component={Link} to={`/kpn/lawatan/${c.id}`} size="sm">
                  {t("kpnJadual.outreach")}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
