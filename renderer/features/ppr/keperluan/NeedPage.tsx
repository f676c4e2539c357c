// Why: one need (#/keperluan/:id): its particulars, its action plan, and the programmes that answer it.
import { Anchor, Badge, Breadcrumbs, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { needsRepo } from "../../../db/repositories/community";
import { formatDate, formatDateTime } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { confirmSoftDelete, DeleteButton } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { NeedStatusBadge, PriorityBadge } from "./labels";
import { answeringProgrammes } from "./needs";
import { programmesOfSite } from "./needs-data";
import { NeedPlanForm } from "./NeedPlanForm";

export function NeedPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(async () => {
    const need = await needsRepo(db).get(actor, id);
    const [site, meeting, plan, programmes, users] = await Promise.all([
      db.sites.get(need.siteId),
      need.raisedInMeetingId ? db.meetings.get(need.raisedInMeetingId) : undefined,
      db.actionPlans
        .where("needId")
        .equals(need.id)
        .filter((p) => !p.deletedAt)
        .first(),
      programmesOfSite(db, need.siteId),
      db.users.toArray(),
    ]);
    return { need, site, meeting: meeting?.deletedAt ? undefined : meeting, plan, programmes, users };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { need: n, site, meeting, plan, programmes, users } = live.data;
  const canWrite = can(actor.role, "records.write");
  const answering = answeringProgrammes(n.id, plan, programmes);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const short = n.problem.length > 60 ? `${n.problem.slice(0, 57)}...` : n.problem;

  const remove = () =>
    confirmSoftDelete({
      t,
      name: short,
      title: t("keperluan.deleteTitle"),
      message: t("keperluan.deleteConfirm", { name: short }),
      remove: () => needsRepo(db).softDelete(actor, n.id, n.rev),
      restore: () => needsRepo(db).restore(actor, n.id),
      afterRemove: () => navigate(`/keperluan?tapak=${n.siteId}`),
      afterRestore: () => navigate(`/keperluan/${n.id}`),
    });

  return (
    <Stack maw={1200}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/keperluan?tapak=${n.siteId}`} size="sm">
          {t("keperluan.title")}
        </Anchor>
        <span>{site?.name}</span>
      </Breadcrumbs>
      <div>
        <Group gap="sm">
          <Title order={3} data-testid="need-title">
            {n.problem}
          </Title>
          <PriorityBadge priority={n.priority} />
          <NeedStatusBadge status={n.status} />
        </Group>
        <Text size="sm">
          {site?.name}
          {meeting && (
            <>
              {" · "}
              {t("keperluan.raisedInMeeting")}{" "}
              <Anchor component={Link} to={`/perjumpaan/${meeting.id}`} data-testid="need-meeting">
                {t(`perjumpaan.types.${meeting.type}`)} {formatDate(meeting.date)}
              </Anchor>
            </>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {t("common.lastChanged", { at: formatDateTime(n.updatedAt) })} · {names.get(n.updatedBy) ?? ""}
        </Text>
      </div>
      <NeedPlanForm
        key={`${n.id}:${plan?.id ?? "new"}`}
        need={n}
        plan={plan}
        programmes={programmes}
        readOnly={!canWrite}
        extraActions={<DeleteButton onClick={remove} />}
      />
      <Card withBorder data-testid="answering-programmes">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{t("keperluan.answering.title")}</Title>
          {canWrite && (
            <Button
              variant="light"
              leftSection={<IconCalendarPlus size={16} />}
              onClick={() => navigate(`/program/baru?tapak=${n.siteId}&keperluan=${n.id}`)}
            >
              {t("keperluan.answering.create")}
            </Button>
          )}
        </Group>
        {answering.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("keperluan.answering.empty")}
          </Text>
        ) : (
          <Stack gap={4}>
            {answering.map((p) => (
              <Group key={p.id} gap="sm" data-testid="answering-programme">
                <Anchor component={Link} to={`/program/${p.id}`} size="sm" fw={500}>
                  {p.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {formatDate(p.startDate)}
                  {p.endDate !== p.startDate ? ` – ${formatDate(p.endDate)}` : ""}
                </Text>
                <Badge variant="light" color="gray" size="sm">
                  {t(`keperluan.programmeStatus.${p.status}`)}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
