// Why: one complaint (#/kpn/aduan/:id): what was received, each charter step with its deadline and whether it was met
// (in time, late, overdue), acknowledging it (date) and resolving it (date, what was done), and its slip to print.
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import {
  charterDaysOf,
  complaintSettingsOf,
  officeCalendar,
} from "../../../../shared/domain/kpn/complaint-settings";
import { complaintState, complaintStatus } from "../../../../shared/domain/kpn/complaints";
import { can } from "../../../../shared/domain/roles";
import { DateField } from "../../../app/DateField";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { errorMessage, notifySaved, tKey } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import type { ComplaintRecord } from "../../../db/app-db";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import {
  acknowledgeComplaint,
  complaintsRepo,
  resolveComplaint,
} from "../../../db/repositories/kpn/complaints";
import { useSensitiveView } from "../../audit/use-sensitive-view";
import { categoryLabel } from "./category-label";
import { ComplaintSlip } from "./ComplaintSlip";
import { ComplaintStatusBadge, StepBadge } from "./labels";

export function ComplaintPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  useSensitiveView("complaints", id);
  const live = useLive(async () => {
    const c = await complaintsRepo(db).get(actor, id);
    const [receiver, checkpoint] = await Promise.all([
      db.users.get(c.receivedBy),
      db.checkpoints.get(c.checkpointId),
    ]);
    return { c, receiver, checkpoint };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { c, receiver, checkpoint } = live.data;
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/kpn/aduan" size="sm">
        {t("kpnAduan.back")}
      </Anchor>
      <ComplaintDetails
        c={c}
        receiverName={receiver?.name ?? c.receivedBy}
        checkpointName={checkpoint?.name ?? ""}
      />
      {can(actor.role, "records.write") && !c.resolvedDate && <Steps key={c.rev} c={c} />}
      <ComplaintSlip complaint={c} />
    </Stack>
  );
}

function ComplaintDetails({
  c,
  receiverName,
  checkpointName,
}: {
  c: ComplaintRecord;
  receiverName: string;
  checkpointName: string;
}) {
  const { t } = useTranslation();
  const office = useOffice();
  const settings = complaintSettingsOf(office);
  const today = todayIn();
  const cal = officeCalendar(office);
  const days = charterDaysOf(office);
  const state = complaintState(c, today, cal, days);
  const row = (label: string, value: string, testId?: string) => (
    <Table.Tr>
      <Table.Th w="30%">{label}</Table.Th>
      <Table.Td data-testid={testId} style={{ whiteSpace: "pre-wrap" }}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} ff="monospace" data-testid="complaint-refno">
          {c.refNo}
        </Title>
        <ComplaintStatusBadge status={complaintStatus(c, today, cal, days)} />
      </Group>
      {c.sensitive && (
        <Text size="sm" c="red" mb="xs">
          {t("kpnAduan.sensitiveNote")}
        </Text>
      )}
      <Table withTableBorder>
        <Table.Tbody>
          {row(t("kpnAduan.received"), formatDate(c.receivedDate))}
          {row(t("kpnAduan.checkpoint"), checkpointName)}
          {row(t("kpnAduan.name"), c.name)}
          {c.contact && row(t("kpnAduan.contact"), c.contact)}
          {c.mykad && row(t("kpnAduan.mykad"), c.mykad)}
          {row(t("kpnAduan.category"), categoryLabel(t, settings, c.category))}
          {row(t("kpnAduan.description"), c.description)}
          {row(t("kpnAduan.receivedBy"), receiverName)}
          {c.resolution && row(t("kpnAduan.resolution"), c.resolution)}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={2} mt="md">
        <Stack gap={4}>
          <Text fw={600}>{t("kpnAduan.ackStep")}</Text>
          <Text size="sm">
            {t("kpnAduan.due", { date: formatDate(state.acknowledgeBy) })}
            {c.acknowledgedDate ? ` · ${t("kpnAduan.doneOn", { date: formatDate(c.acknowledgedDate) })}` : ""}
          </Text>
          <StepBadge state={state.acknowledge} testId="ack-state" />
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t("kpnAduan.resolveStep")}</Text>
          <Text size="sm">
            {t("kpnAduan.due", { date: formatDate(state.resolveBy) })}
            {c.resolvedDate ? ` · ${t("kpnAduan.doneOn", { date: formatDate(c.resolvedDate) })}` : ""}
          </Text>
          <StepBadge state={state.resolve} testId="resolve-state" />
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

/** Acknowledge (when not yet) and resolve, each with its date (today unless changed). */
function Steps({ c }: { c: ComplaintRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const today = todayIn();
  const [ackDate, setAckDate] = useState(today);
  const [doneDate, setDoneDate] = useState(today);
  const [resolution, setResolution] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setErrors({});
    try {
      await action();
      notifySaved(t, message);
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fields);
      else setErrors({ _: errorMessage(t, e) });
    } finally {
      setBusy(false);
    }
  };
  const err = (k: string) => tKey(t, errors[k]);
  return (
    <Paper withBorder p="md" data-testid="complaint-steps">
      <Stack>
        {!c.acknowledgedDate && (
          <Group align="flex-end">
            <DateField
              label={t("kpnAduan.ackDate")}
              value={ackDate}
              onChange={setAckDate}
              maxDate={today}
              error={err("acknowledgedDate") ?? err("date")}
              data-testid="ack-date"
            />
            <Button
              loading={busy}
              onClick={() =>
                void run(
                  () => acknowledgeComplaint(db, actor, c, { date: ackDate }),
                  t("kpnAduan.acknowledged"),
                )
              }
              data-testid="acknowledge"
            >
              {t("kpnAduan.acknowledge")}
            </Button>
          </Group>
        )}
        <Stack gap="xs">
          <Group align="flex-end">
            <DateField
              label={t("kpnAduan.resolveDate")}
              value={doneDate}
              onChange={setDoneDate}
              maxDate={today}
              error={err("resolvedDate") ?? (errors.resolution ? undefined : err("date"))}
            />
          </Group>
          <Textarea
            label={t("kpnAduan.resolution")}
            autosize
            minRows={2}
            value={resolution}
            onChange={(e) => setResolution(e.currentTarget.value)}
            error={err("resolution")}
            data-testid="resolution"
          />
          <Group>
            <Button
              variant="light"
              loading={busy}
              onClick={() =>
                void run(
                  () => resolveComplaint(db, actor, c, { date: doneDate, resolution }),
                  t("kpnAduan.resolved"),
                )
              }
              data-testid="resolve"
            >
              {t("kpnAduan.resolve")}
            </Button>
          </Group>
        </Stack>
        {errors._ && (
          <Text c="red" size="sm">
            {errors._}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
