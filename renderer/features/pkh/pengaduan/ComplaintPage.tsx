// Why: one complaint as the pendamping follows it up: who complained and about what, its deadline in working days
// (overdue flagged), the follow-ups, resolving it (only once followed up) or opening it again, delete with undo.
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import {
  pkhCalendar,
  pkhComplaintDeadline,
  pkhComplaintStatus,
} from "../../../../shared/domain/pkh/complaints";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { DateField } from "../../../app/DateField";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifyError, tKey } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import type { PkhComplaintRecord } from "../../../db/pkh-tables";
import { addFollowUp, complaintsRepo, resolveComplaint } from "../../../db/repositories/pkh/complaints";
import { FollowUpList } from "../tindak-lanjut/FollowUpList";
import { pkhCategoryLabel } from "./category-label";
import { ComplaintStatus } from "./ComplaintStatus";

export function ComplaintPage() {
  const { id = "" } = useParams();
  const { actor } = useActor();
  const live = useLive(async () => {
    const c = await complaintsRepo(db).get(actor, id);
    return { c, kpm: (await db.pkhHouseholds.get(c.kpmId)) ?? null };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  return <Complaint c={live.data.c} kpm={live.data.kpm} />;
}

function Complaint({
  c,
  kpm,
}: {
  c: PkhComplaintRecord;
  kpm: { id: string; headName: string; kpmNo: string } | null;
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const navigate = useNavigate();
  const settings = pkhSettingsOf(office);
  const today = todayIn();
  const due = pkhComplaintDeadline(c, today, pkhCalendar(office), settings.complaints.deadlineDays);
  const canWrite = can(actor.role, "records.write");
  const [resolveOn, setResolveOn] = useState(today);
  const [resolveError, setResolveError] = useState<string | null>(null);
  const resolve = async (date: string | null) => {
    setResolveError(null);
    try {
      await resolveComplaint(db, actor, c.id, c.rev, date);
      notifications.show({ color: "green", message: t(date ? "pkh.aduan.resolved" : "pkh.aduan.reopened") });
    } catch (e) {
      if (e instanceof ValidationError) setResolveError(tKey(t, Object.values(e.fields)[0]) ?? null);
      else notifyError(t, e);
    }
  };
  const remove = () =>
    softDeleteWithUndo({
      t,
      name: t("pkh.aduan.deleteName", { refNo: c.refNo }),
      remove: async () => {
        await complaintsRepo(db).softDelete(actor, c.id, c.rev);
        navigate("/pengaduan");
      },
      restore: () => complaintsRepo(db).restore(actor, c.id),
    });
  return (
    <Stack>
      <Anchor component={Link} to="/pengaduan" size="sm">
        {t("pkh.aduan.back")}
      </Anchor>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2}>{t("pkh.aduan.pageTitle", { refNo: c.refNo })}</Title>
          <ComplaintStatus status={pkhComplaintStatus(c)} />
          {due.overdue && (
            <Badge color="red" variant="filled">
              {t("pkh.aduan.overdue")}
            </Badge>
          )}
        </Group>
        {canWrite && (
          <Tooltip label={t("common.delete")}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("common.delete")}
              onClick={() => void remove()}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Paper withBorder p="md" data-testid="complaint-details">
        <Stack gap={4}>
          <Text>
            <b>{t("pkh.aduan.kpm")}:</b>{" "}
            {kpm ? (
              <Anchor component={Link} to={`/kpm/${kpm.id}`}>
                {kpm.headName} ({kpm.kpmNo})
              </Anchor>
            ) : (
              "—"
            )}
          </Text>
          <Text>
            <b>{t("pkh.aduan.category")}:</b>{" "}
            {pkhCategoryLabel(t, settings.complaints.categories, c.category)}
          </Text>
          <Text>
            <b>{t("pkh.aduan.receivedDate")}:</b> {formatDate(c.receivedDate)}
          </Text>
          <Text style={{ whiteSpace: "pre-wrap" }}>{c.description}</Text>
          <Text size="sm" c={due.overdue ? "red" : "dimmed"} data-testid="complaint-deadline">
            {c.resolvedDate
              ? t("pkh.aduan.resolvedLine", { date: formatDate(c.resolvedDate) })
              : t("pkh.aduan.deadlineLine", {
                  date: formatDate(due.dueBy),
                  days: settings.complaints.deadlineDays,
                })}
          </Text>
        </Stack>
      </Paper>
      <FollowUpList
        followUps={c.followUps}
        canWrite={canWrite && !c.resolvedDate}
        by={actor.name}
        onAdd={async (f) => void (await addFollowUp(db, actor, c.id, c.rev, f))}
      />
      {canWrite && (
        <Paper withBorder p="md">
          {c.resolvedDate ? (
            <Button variant="default" onClick={() => void resolve(null)}>
              {t("pkh.aduan.reopen")}
            </Button>
          ) : (
            <Group align="end">
              <DateField
                label={t("pkh.aduan.resolveDate")}
                value={resolveOn}
                onChange={(v) => setResolveOn(v)}
                error={resolveError}
                maw={200}
              />
              <Button onClick={() => void resolve(resolveOn || null)} disabled={!resolveOn}>
                {t("pkh.aduan.resolve")}
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
