// Why: one meeting (#/perjumpaan/:id): its particulars, the action items it gave people, and the needs residents raised in it.
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconFileTypeDocx } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { MeetingInput } from "../../../../shared/domain/community";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { meetingsRepo } from "../../../db/repositories/community";
import { formatDate, formatDateTime } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { confirmSoftDelete, DeleteButton } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { RaisedNeeds } from "../keperluan/RaisedNeeds";
import { ActionItems } from "./ActionItems";
import { MeetingForm } from "./MeetingForm";
import { inputOf } from "./record-input";

export function MeetingPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(async () => {
    const meeting = await meetingsRepo(db).get(actor, id);
    const [site, users] = await Promise.all([db.sites.get(meeting.siteId), db.users.toArray()]);
    return { meeting, site, users };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { meeting: m, site, users } = live.data;
  const canWrite = can(actor.role, "records.write");
  const label = `${t(`perjumpaan.types.${m.type}`)} ${formatDate(m.date)}${m.time ? ` ${m.time}` : ""}`;
  const names = new Map(users.map((u) => [u.id, u.name]));

  const remove = () =>
    confirmSoftDelete({
      t,
      name: label,
      title: t("perjumpaan.deleteTitle"),
      message: t("perjumpaan.deleteConfirm", { name: label }),
      remove: () => meetingsRepo(db).softDelete(actor, m.id, m.rev),
      restore: () => meetingsRepo(db).restore(actor, m.id),
      afterRemove: () => navigate(`/perjumpaan?tapak=${m.siteId}`),
      afterRestore: () => navigate(`/perjumpaan/${m.id}`),
    });

  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/perjumpaan?tapak=${m.siteId}`} size="sm">
          {t("perjumpaan.title")}
        </Anchor>
        <span>{site?.name}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="start">
        <div>
          <Title order={3} data-testid="meeting-title">
            {label}
          </Title>
          <Text size="sm">
            {m.venue} · {site?.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t("common.lastChanged", { at: formatDateTime(m.updatedAt) })} · {names.get(m.updatedBy) ?? ""}
          </Text>
        </div>
        <Button
          variant="default"
          component={Link}
          leftSection={<IconFileTypeDocx size={16} />}
          to={`/laporan?dokumen=minit-mesyuarat&tapak=${m.siteId}&item=${m.id}`}
          data-testid="meeting-minutes"
        >
          {t("perjumpaan.minutesDoc")}
        </Button>
      </Group>
      <Paper withBorder p="md">
        <MeetingForm
          key={m.id}
          draftKey={`meeting:${m.id}`}
          initial={inputOf<MeetingInput>(m)}
          rev={m.rev}
          readOnly={!canWrite}
          submitLabel={t("common.save")}
          onSave={async (values, baseRev) => {
            const saved = await meetingsRepo(db).update(actor, m.id, baseRev ?? m.rev, values);
            notifySaved(t);
            return { rev: saved.rev };
          }}
          extraActions={<DeleteButton onClick={remove} />}
        />
      </Paper>
      <ActionItems meeting={m} users={users} />
      <RaisedNeeds meeting={m} />
    </Stack>
  );
}
