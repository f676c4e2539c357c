// Why: one directory entry (#/direktori/:id): its particulars to correct (read-only for the pemerhati), and what points
// at it: the referrals made to it, the programmes naming it as a partner and the meetings its people attended.
import { Anchor, Badge, Breadcrumbs, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { can } from "../../../shared/domain/roles";
import { db } from "../../db/instance";
import { organisationsRepo } from "../../db/repositories/directory";
import { confirmOrganisation } from "../../db/repositories/directory-review";
import { formatDate, formatDateTime, joinParts } from "../../app/format";
import { LoadError } from "../../app/guards";
import { notifyError, notifySaved } from "../../app/messages";
import { useActor } from "../../app/session";
import { confirmSoftDelete, DeleteButton } from "../../app/soft-delete";
import { useLive } from "../../app/use-live";
import { entryWithLinks, type EntryLinks } from "./entry-data";
import { EntryForm } from "./EntryForm";
import { entryValues } from "./entry-values";
import { saveEntry } from "./save-entry";

export function EntryPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(() => entryWithLinks(db, actor, id), [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { organisation: o } = live.data;
  const canWrite = can(actor.role, "records.write");
  const remove = () =>
    confirmSoftDelete({
      t,
      name: o.name,
      title: t("direktori.deleteTitle"),
      message: t("direktori.deleteConfirm", { name: o.name }),
      remove: () => organisationsRepo(db).softDelete(actor, o.id, o.rev),
      restore: () => organisationsRepo(db).restore(actor, o.id),
      afterRemove: () => navigate("/direktori"),
      afterRestore: () => navigate(`/direktori/${o.id}`),
    });
  const confirm = async () => {
    try {
      const saved = await confirmOrganisation(db, actor, o.id);
      notifySaved(t, t("direktoriSemak.confirmed", { name: o.name, date: formatDate(saved.confirmedAt) }));
    } catch (e) {
      notifyError(t, e);
    }
  };
  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/direktori" size="sm">
          {t("direktori.title")}
        </Anchor>
        <Text size="sm">{t(`code.orgKind.${o.kind}`)}</Text>
      </Breadcrumbs>
      <div>
        <Group gap="xs">
          <Title order={3} data-testid="directory-title">
            {o.name}
          </Title>
          {!o.active && (
            <Badge color="gray" variant="light">
              {t("direktori.inactive")}
            </Badge>
          )}
        </Group>
        <Text size="sm">{joinParts(t(`code.orgKind.${o.kind}`), o.area, o.phone || o.mobile)}</Text>
        <Group gap="xs">
          <Text size="sm" data-testid="directory-confirmed">
            {t("direktori.confirmedAt")}:{" "}
            {o.confirmedAt ? formatDate(o.confirmedAt) : t("direktori.notConfirmed")}
          </Text>
          {canWrite && (
            <Button
              size="compact-xs"
              variant="light"
              leftSection={<IconCircleCheck size={14} />}
              onClick={() => void confirm()}
            >
              {t("direktori.confirmToday")}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t("direktori.lastChanged", { at: formatDateTime(o.updatedAt) })}
        </Text>
      </div>
      <Paper withBorder p="md">
        <EntryForm
          key={o.id}
          draftKey={`direktori:${o.id}`}
          initial={entryValues(o)}
          rev={o.rev}
          readOnly={!canWrite}
          submitLabel={t("common.save")}
          onSave={async (values, baseRev) => {
            const saved = await saveEntry(actor, values, { id: o.id, rev: baseRev ?? o.rev });
            notifySaved(t);
            return { rev: saved.rev };
          }}
          extraActions={<DeleteButton onClick={remove} />}
        />
      </Paper>
      <Links data={live.data} />
    </Stack>
  );
}

function Section({
  title,
  testId,
  empty,
  children,
}: {
  title: string;
  testId: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        {empty ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}

function Links({ data }: { data: EntryLinks }) {
  const { t } = useTranslation();
  const site = (id: string) => data.siteNames.get(id) ?? "";
  return (
    <>
      <Section
        title={t("direktori.referrals")}
        testId="directory-referrals"
        empty={data.referrals.length ? null : t("direktori.referralsEmpty")}
      >
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t("direktori.case")}</Table.Th>
              <Table.Th w={200}>{t("direktori.site")}</Table.Th>
              <Table.Th w={110}>{t("direktori.referredOn")}</Table.Th>
              <Table.Th>{t("direktori.reason")}</Table.Th>
              <Table.Th w={100}>{t("direktori.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.referrals.map(({ referral: r, caseRecord: c }) => (
              <Table.Tr key={r.id} data-testid="directory-referral">
                <Table.Td>
                  <Anchor component={Link} to={`/kes/${r.caseId}`} size="sm">
                    {c?.recordNo ?? r.caseId}
                  </Anchor>
                </Table.Td>
                <Table.Td>{site(r.siteId)}</Table.Td>
                <Table.Td>{formatDate(r.date)}</Table.Td>
                <Table.Td>{r.reason}</Table.Td>
                <Table.Td>{t(`rujukan.status.${r.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      {data.hiddenReferrals > 0 && (
        <Text size="xs" c="dimmed" mt={-8}>
          {t("direktori.referralsHidden", { count: data.hiddenReferrals })}
        </Text>
      )}
      <Section
        title={t("direktori.programmes")}
        testId="directory-programmes"
        empty={data.programmes.length ? null : t("direktori.programmesEmpty")}
      >
        <Table fz="sm" striped>
          <Table.Tbody>
            {data.programmes.map((p) => (
              <Table.Tr key={p.id} data-testid="directory-programme">
                <Table.Td w={110}>{formatDate(p.startDate)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/program/${p.id}`} size="sm">
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td w={200}>{site(p.siteId)}</Table.Td>
                <Table.Td w={120}>{t(`program.statuses.${p.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section
        title={t("direktori.meetings")}
        testId="directory-meetings"
        empty={data.meetings.length ? null : t("direktori.meetingsEmpty")}
      >
        <Table fz="sm" striped>
          <Table.Tbody>
            {data.meetings.map((m) => (
              <Table.Tr key={m.id} data-testid="directory-meeting">
                <Table.Td w={110}>{formatDate(m.date)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/perjumpaan/${m.id}`} size="sm">
                    {joinParts(t(`perjumpaan.types.${m.type}`), m.venue)}
                  </Anchor>
                </Table.Td>
                <Table.Td w={200}>{site(m.siteId)}</Table.Td>
                <Table.Td w={220}>
                  {m.attendees
                    .filter((a) => a.organisationId === data.organisation.id)
                    .map((a) => a.name)
                    .join(", ")}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </>
  );
}
