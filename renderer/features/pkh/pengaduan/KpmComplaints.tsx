// Why: on a KPM's page, the household's complaints with their status, and a way to record a new one for it.
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pkhComplaintStatus } from "../../../../shared/domain/pkh/complaints";
import { can } from "../../../../shared/domain/roles";
import { formatDate } from "../../../app/format";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { complaintsOfKpm } from "../../../db/repositories/pkh/complaints";
import { ComplaintStatus } from "./ComplaintStatus";

export function KpmComplaints({ householdId, siteId }: { householdId: string; siteId: string }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => complaintsOfKpm(db, actor, householdId), [actor, householdId]);
  if (live.loading || live.error) return null;
  return (
    <Paper withBorder p="md" data-testid="kpm-complaints">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("pkh.aduan.ofKpm")}</Title>
        {can(actor.role, "records.write") && (
          <Anchor component={Link} to={`/pengaduan?baru&wilayah=${siteId}&kpm=${householdId}`} size="sm">
            {t("pkh.aduan.add")}
          </Anchor>
        )}
      </Group>
      {live.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("pkh.aduan.ofKpmEmpty")}
        </Text>
      )}
      <Stack gap={6}>
        {live.data.map((c) => (
          <Group key={c.id} justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/pengaduan/${c.id}`} size="sm">
              {c.refNo} · {formatDate(c.receivedDate)}
            </Anchor>
            <ComplaintStatus status={pkhComplaintStatus(c)} />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
