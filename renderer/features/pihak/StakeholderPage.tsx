// Why: one stakeholder (#/pihak/:id): particulars to correct, and the history of contacts that shows how rapport has grown.
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { can } from "../../../shared/domain/roles";
import { db } from "../../db/instance";
import { stakeholdersRepo } from "../../db/repositories/community";
import { formatDateTime } from "../../app/format";
import { LoadError } from "../../app/guards";
import { notifyError, notifySaved } from "../../app/messages";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { ContactHistory } from "./ContactHistory";
import { stakeholderWithContacts } from "./data";
import { StakeholderForm } from "./StakeholderForm";

export function StakeholderPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(() => stakeholderWithContacts(actor, id), [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { stakeholder: s, site, contacts, names } = live.data;
  const canWrite = can(actor.role, "records.write");

  const remove = () =>
    modals.openConfirmModal({
      title: t("pihak.deleteTitle"),
      children: <Text size="sm">{t("pihak.deleteConfirm", { name: s.name })}</Text>,
      labels: { confirm: t("common.delete"), cancel: t("common.cancel") },
      confirmProps: { color: "red" },
      onConfirm: async () => {
        try {
          await stakeholdersRepo(db).softDelete(actor, s.id, s.rev);
          navigate(`/pihak?tapak=${site.id}`);
          const nid = notifications.show({
            autoClose: 10000,
            message: (
              <Group justify="space-between">
                {t("common.movedToBin", { name: s.name })}
                <Button
                  size="xs"
                  variant="light"
                  onClick={async () => {
                    notifications.hide(nid);
                    await stakeholdersRepo(db).restore(actor, s.id);
                    navigate(`/pihak/${s.id}`);
                  }}
                >
                  {t("common.undo")}
                </Button>
              </Group>
            ),
          });
        } catch (e) {
          notifyError(t, e);
        }
      },
    });

  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/pihak?tapak=${site.id}`} size="sm">
          {t("pihak.title")}
        </Anchor>
        <Text size="sm">{site.name}</Text>
      </Breadcrumbs>
      <div>
        <Title order={3} data-testid="stakeholder-title">
          {s.name}
        </Title>
        <Text size="sm">
          {s.role}
          {s.organisation ? ` · ${s.organisation}` : ""}
          {s.phone ? ` · ${s.phone}` : ""}
        </Text>
        <Text size="xs" c="dimmed">
          {t("common.lastChanged", { at: formatDateTime(s.updatedAt) })}
        </Text>
      </div>
      <Paper withBorder p="md">
        <StakeholderForm
          key={s.id}
          draftKey={`stakeholder:${s.id}`}
          initial={{ name: s.name, role: s.role, organisation: s.organisation, phone: s.phone }}
          rev={s.rev}
          readOnly={!canWrite}
          submitLabel={t("common.save")}
          onSave={async (values, baseRev) => {
            const saved = await stakeholdersRepo(db).update(actor, s.id, baseRev ?? s.rev, {
              ...values,
              siteId: s.siteId,
            });
            notifySaved(t);
            return { rev: saved.rev };
          }}
          extraActions={
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
              {t("common.delete")}
            </Button>
          }
        />
      </Paper>
      <ContactHistory stakeholder={s} contacts={contacts} names={names} canWrite={canWrite} />
    </Stack>
  );
}
