// Why: one stakeholder (#/pihak/:id): particulars to correct, and the history of contacts that shows how rapport has grown.
import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { stakeholdersRepo } from "../../../db/repositories/community";
import { formatDateTime } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { confirmSoftDelete, DeleteButton } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
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
    confirmSoftDelete({
      t,
      name: s.name,
      title: t("pihak.deleteTitle"),
      message: t("pihak.deleteConfirm", { name: s.name }),
      remove: () => stakeholdersRepo(db).softDelete(actor, s.id, s.rev),
      restore: () => stakeholdersRepo(db).restore(actor, s.id),
      afterRemove: () => navigate(`/pihak?tapak=${site.id}`),
      afterRestore: () => navigate(`/pihak/${s.id}`),
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
          extraActions={<DeleteButton onClick={remove} />}
        />
      </Paper>
      <ContactHistory stakeholder={s} contacts={contacts} names={names} canWrite={canWrite} />
    </Stack>
  );
}
