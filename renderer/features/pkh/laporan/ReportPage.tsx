// Why: one pendamping report written in the app: the cover's phone, the activity's sessions, the six parts of its
// content (kept as a draft while typed), its photos; handed to the koordinator, then made as the official Word file.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  reportMonth,
  reportSections,
  type PendampingReport,
  type ReportSection,
} from "../../../../shared/domain/pkh/report";
import { can } from "../../../../shared/domain/roles";
import { DraftRestored } from "../../../app/DraftRestored";
import { handleSaveError, useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifyError, notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import type { PkhReportRecord } from "../../../db/pkh-tables";
import { reportsRepo } from "../../../db/repositories/pkh/reports";
import { RecordPhotos } from "../../foto/RecordPhotos";
import { monthRange } from "../../laporan/figures";
import { useMonthName } from "../../laporan/month-name";

type Fields = Pick<PendampingReport, "title" | "phone" | "sessionIds" | ReportSection>;

/** The record as its repository takes it again (what the pendamping writes, and the rest as stored). */
function input(r: PkhReportRecord): PendampingReport {
  const {
    siteId,
    kind,
    period,
    title,
    sessionIds,
    phone,
    summary,
    activities,
    problems,
    solutions,
    recommendations,
    nextPlan,
    submittedAt,
  } = r;
  return {
    siteId,
    kind,
    period,
    title,
    sessionIds,
    phone,
    summary,
    activities,
    problems,
    solutions,
    recommendations,
    nextPlan,
    submittedAt,
  };
}

export function ReportPage() {
  const { id = "" } = useParams();
  const { actor } = useActor();
  const live = useLive(async () => {
    const report = await reportsRepo(db).get(actor, id);
    const month = reportMonth(report);
    const { from, to } = monthRange(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const sessions = await db.p2k2Sessions
      .where("[siteId+date]")
      .between([report.siteId, from], [report.siteId, to], true, true)
      .filter((s) => !s.deletedAt)
      .toArray();
    const groups = new Map(
      (await db.pkhGroups.where("siteId").equals(report.siteId).toArray()).map((g) => [g.id, g.name]),
    );
    return {
      report,
      sessions: sessions.map((s) => ({
        value: s.id,
        label: `${formatDate(s.date)} — ${groups.get(s.groupId) ?? ""} (${s.moduleCode} ${s.sessionNo})`,
      })),
    };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  return <ReportForm key={live.data.report.rev} report={live.data.report} sessions={live.data.sessions} />;
}

function ReportForm({
  report,
  sessions,
}: {
  report: PkhReportRecord;
  sessions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const monthName = useMonthName();
  const canWrite = can(actor.role, "records.write");
  const initial: Fields = {
    title: report.title,
    phone: report.phone,
    sessionIds: report.sessionIds,
    summary: report.summary,
    activities: report.activities,
    problems: report.problems,
    solutions: report.solutions,
    recommendations: report.recommendations,
    nextPlan: report.nextPlan,
  };
  const draft = useDraftForm<Fields>(`pkh-report:${report.id}`, initial, () => ({}), report.rev);
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;
  const monthly = report.kind === "bulanan";
  const save = async (v: Fields, submit: boolean) => {
    setBusy(true);
    try {
      await reportsRepo(db).update(actor, report.id, draft.baseRev ?? report.rev, {
        ...input(report),
        ...v,
        submittedAt: submit ? new Date().toISOString() : report.submittedAt,
      });
      await draft.discard();
      notifySaved(t, submit ? t("pkh.laporan.pendamping.submitted") : undefined);
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  };
  const month = reportMonth(report);
  const docLink = `/laporan?dokumen=laporan-pendamping&tapak=${encodeURIComponent(report.siteId)}&tahun=${month.slice(0, 4)}&bulan=${Number(month.slice(5, 7))}&item=${encodeURIComponent(report.id)}`;
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2} data-testid="report-title">
            {monthly
              ? t("pkh.laporan.pendamping.kind.bulanan")
              : `${t(`pkh.laporan.pendamping.kind.${report.kind}`)}: ${report.title}`}
          </Title>
          <Text c="dimmed">
            {monthly
              ? `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`
              : formatDate(report.period)}
          </Text>
        </div>
        <Group>
          {report.submittedAt ? (
            <Badge color="green" size="lg" variant="light" data-testid="report-submitted">
              {t("pkh.laporan.pendamping.submittedOn", { date: formatDate(report.submittedAt.slice(0, 10)) })}
            </Badge>
          ) : (
            <Badge color="gray" size="lg" variant="light">
              {t("pkh.laporan.pendamping.draft")}
            </Badge>
          )}
          <Anchor component={Link} to={docLink} data-testid="report-document">
            {t("pkh.laporan.pendamping.document")}
          </Anchor>
        </Group>
      </Group>
      {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
      <Alert color="blue" variant="light">
        {t("pkh.laporan.pendamping.fromRecords")}
      </Alert>
      <Paper withBorder p="md">
        <form onSubmit={form.onSubmit((v) => void save(v, false))} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {!monthly && (
                <TextInput
                  label={t("pkh.laporan.pendamping.titleField")}
                  withAsterisk
                  readOnly={!canWrite}
                  {...field("title")}
                />
              )}
              <TextInput label={t("pkh.laporan.pendamping.phone")} readOnly={!canWrite} {...field("phone")} />
            </SimpleGrid>
            {!monthly && (
              <MultiSelect
                label={t("pkh.laporan.pendamping.sessions")}
                description={t("pkh.laporan.pendamping.sessionsHint")}
                data={sessions}
                readOnly={!canWrite}
                {...field("sessionIds")}
              />
            )}
            {reportSections.map((k) => (
              <Textarea
                key={k}
                label={t(`pkh.laporan.pendamping.section.${k === "nextPlan" && !monthly ? "followUp" : k}`)}
                autosize
                minRows={3}
                readOnly={!canWrite}
                {...field(k)}
              />
            ))}
            {canWrite && (
              <Group>
                <Button type="submit" loading={busy}>
                  {t("common.save")}
                </Button>
                {!report.submittedAt && (
                  <Button
                    variant="light"
                    disabled={busy}
                    onClick={() =>
                      form.validate().hasErrors ||
                      void save(form.getValues(), true).catch((e) => notifyError(t, e))
                    }
                  >
                    {t("pkh.laporan.pendamping.submit")}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md">
        <RecordPhotos owner={{ table: "pkhReports", id: report.id, siteId: report.siteId }} />
      </Paper>
    </Stack>
  );
}
