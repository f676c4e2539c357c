// Why: the pendamping's reports of a month for a wilayah: the monthly report (one per month), activity reports and
// incident reports, each opened to write it; a new one starts here.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { reportKinds, type ReportKind } from "../../../../shared/domain/pkh/report";
import { can } from "../../../../shared/domain/roles";
import { DateField } from "../../../app/DateField";
import { LoadError } from "../../../app/guards";
import { formatDate } from "../../../app/format";
import { errorMessage, tKey } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { reportsOfMonth, reportsRepo } from "../../../db/repositories/pkh/reports";
import { sitesRepo } from "../../../db/repositories/sites";
import { useMonthName } from "../../laporan/month-name";
import { MonthStepper } from "../agenda/MonthStepper";

export function ReportsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const monthName = useMonthName();
  const today = todayIn();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("bulan") ?? "") ? params.get("bulan")! : today.slice(0, 7);
  const [kind, setKind] = useState<ReportKind>("bulanan");
  const [title, setTitle] = useState("");
  const [day, setDay] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    return {
      sites,
      reports: await reportsOfMonth(
        db,
        actor,
        sites.map((s) => s.id),
        month,
      ),
    };
  }, [actor, month]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, reports } = live.data;
  const siteId = sites.find((s) => s.id === params.get("wilayah"))?.id ?? sites[0]?.id ?? null;
  const shown = reports.filter((r) => r.siteId === siteId);
  const canWrite = can(actor.role, "records.write");
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const create = async () => {
    if (!siteId) return;
    setBusy(true);
    setErrors({});
    try {
      const r = await reportsRepo(db).create(actor, {
        siteId,
        kind,
        period: kind === "bulanan" ? month : day,
        title: kind === "bulanan" ? "" : title,
      });
      navigate(`/laporan-pendamping/${encodeURIComponent(r.id)}`);
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fields);
      else setErrors({ _: errorMessage(t, e) });
    } finally {
      setBusy(false);
    }
  };
  const label = (k: ReportKind) => t(`pkh.laporan.pendamping.kind.${k}`);
  return (
    <Stack>
      <div>
        <Title order={2}>{t("pkh.laporan.pendamping.title")}</Title>
        <Text c="dimmed">{t("pkh.laporan.pendamping.intro")}</Text>
      </div>
      <Group align="end">
        {sites.length > 1 && (
          <Select
            label={t("pkh.agenda.site")}
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={(v) => v && set("wilayah", v)}
          />
        )}
        <MonthStepper
          month={month}
          label={`${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`}
          onChange={(m) => set("bulan", m)}
        />
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">{t("pkh.laporan.pendamping.empty")}</Text>
      ) : (
        <Table withTableBorder striped data-testid="reports-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pkh.laporan.pendamping.kindLabel")}</Table.Th>
              <Table.Th>{t("pkh.laporan.pendamping.period")}</Table.Th>
              <Table.Th>{t("pkh.laporan.pendamping.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.id} data-testid="report-row">
                <Table.Td>
                  <Anchor component={Link} to={`/laporan-pendamping/${encodeURIComponent(r.id)}`}>
                    {r.kind === "bulanan" ? label("bulanan") : `${label(r.kind)}: ${r.title}`}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {r.kind === "bulanan"
                    ? `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`
                    : formatDate(r.period)}
                </Table.Td>
                <Table.Td>
                  {r.submittedAt ? (
                    <Badge color="green" variant="light">
                      {t("pkh.laporan.pendamping.submittedOn", {
                        date: formatDate(r.submittedAt.slice(0, 10)),
                      })}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      {t("pkh.laporan.pendamping.draft")}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && siteId && (
        <Paper withBorder p="md" data-testid="report-new">
          <Stack gap="sm">
            <Title order={4}>{t("pkh.laporan.pendamping.new")}</Title>
            <SegmentedControl
              w="fit-content"
              value={kind}
              onChange={(v) => setKind(v as ReportKind)}
              data={reportKinds.map((k) => ({ value: k, label: label(k) }))}
            />
            {kind !== "bulanan" && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t("pkh.laporan.pendamping.titleField")}
                  withAsterisk
                  value={title}
                  onChange={(e) => setTitle(e.currentTarget.value)}
                  error={tKey(t, errors.title)}
                />
                <DateField
                  label={t("pkh.laporan.pendamping.day")}
                  withAsterisk
                  value={day}
                  onChange={(v) => setDay(v)}
                  error={tKey(t, errors.period)}
                />
              </SimpleGrid>
            )}
            {kind === "bulanan" && errors.period && (
              <Text c="red" size="sm">
                {tKey(t, errors.period)}
              </Text>
            )}
            {errors._ && (
              <Text c="red" size="sm">
                {errors._}
              </Text>
            )}
            <Button w="fit-content" loading={busy} onClick={() => void create()}>
              {t("pkh.laporan.pendamping.create")}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
