// Why: the Laporan screen: choose sites and month, preview the monthly case statistics, and save them as Excel or Word.
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from "@mantine/core";
import { IconFileSpreadsheet, IconFileTypeDocx, IconInfoCircle } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { todayIn } from "../../../shared/domain/dates";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { LoadError } from "../../app/guards";
import { notifyError, notifySaved } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { previousMonth } from "./figures";
import { loadStatistikKes } from "./load";
import { PreviewTable } from "./PreviewTable";
import { buildModel, saveReport, type ReportChoice } from "./statistik-kes";
import { StatusRujukanPanel } from "./StatusRujukanPanel";

const ALL = "semua";
const STATUS_RUJUKAN = "status-rujukan";

export function LaporanPage() {
  const { t, i18n } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const today = todayIn();
  const initial = previousMonth(today);
  // The choice lives in the address, so coming back from the register shows the same report.
  const [params, setParams] = useSearchParams();
  const siteChoice = params.get("tapak");
  const statusList = params.get("dokumen") === STATUS_RUJUKAN;
  const year = Number(params.get("tahun")) || initial.year;
  const month = Math.min(Math.max(Number(params.get("bulan")) || initial.month, 1), 12);
  const set = (values: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(values)) next.set(k, v);
    setParams(next, { replace: true });
  };
  const [saving, setSaving] = useState<"xlsx" | "docx" | null>(null);

  const sites = useLive(async () => (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt), [actor]);
  const reviewer = useLive(
    async () => (await db.users.toArray()).find((u) => u.role === "pkmd" && !u.disabled && !u.deletedAt),
    [],
  );
  const siteList = useMemo(() => (sites.loading || sites.error ? [] : sites.data), [sites]);
  const known = siteChoice === ALL || siteList.some((s) => s.id === siteChoice);
  const chosen = siteChoice && known ? siteChoice : siteList.length > 1 ? ALL : (siteList[0]?.id ?? null);
  const reported = useMemo(
    () => siteList.filter((s) => chosen === ALL || s.id === chosen).map((s) => ({ id: s.id, name: s.name })),
    [siteList, chosen],
  );
  const siteKey = reported.map((s) => s.id).join(",");
  const records = useLive(
    () => loadStatistikKes(db, siteKey ? siteKey.split(",") : [], year),
    [siteKey, year],
  );

  const choice: ReportChoice = { sites: reported, year, month };
  const reviewerName = reviewer.loading || reviewer.error ? "" : (reviewer.data?.name ?? "");
  const model = useMemo(
    () =>
      records.loading || records.error || !reported.length
        ? null
        : buildModel(
            { sites: reported, year, month },
            records.data,
            office,
            actor,
            reviewerName,
            today,
            new Date().toISOString(),
          ),
    [records, reported, year, month, office, actor, reviewerName, today],
  );

  const monthName = (m: number) =>
    new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : `${i18n.language}-MY`, {
      month: "long",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(2000, m - 1, 1)));
  const years = Array.from({ length: 5 }, (_, i) => initial.year + (initial.month === 12 ? 1 : 0) - i);
  const lastAllowed = (y: number) => (y < Number(today.slice(0, 4)) ? 12 : Number(today.slice(5, 7)));

  const save = async (kind: "xlsx" | "docx") => {
    if (!model || records.loading || records.error) return;
    setSaving(kind);
    try {
      const fresh = buildModel(
        choice,
        records.data,
        office,
        actor,
        reviewerName,
        today,
        new Date().toISOString(),
      );
      if (await saveReport(fresh, kind, actor, choice))
        notifySaved(t, t("laporan.saved", { file: fresh.fileNames[kind] }));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setSaving(null);
    }
  };

  if (sites.error) return <LoadError error={sites.error} />;
  if (records.error) return <LoadError error={records.error} />;
  const total = model?.sheets[0]?.rows.find((r) => r.id === "TOTAL");
  const empty = !!model && model.sheets.every((s) => s.rows.every((r) => (r.total ?? 0) === 0));
  const warnings = model ? model.sheets.filter((s) => s.key !== "daerah").flatMap((s) => s.warnings) : [];

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <div>
          <Title order={3}>{t("laporan.title")}</Title>
          <Text size="sm" c="dimmed">
            {t(statusList ? "laporan.statusRujukan.name" : "laporan.statistikKes.name")}
          </Text>
        </div>
        <Group display={statusList ? "none" : undefined}>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void save("xlsx")}
            loading={saving === "xlsx"}
            disabled={!model || saving !== null}
          >
            {t("laporan.saveExcel")}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileTypeDocx size={16} />}
            onClick={() => void save("docx")}
            loading={saving === "docx"}
            disabled={!model || saving !== null}
          >
            {t("laporan.saveWord")}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        aria-label={t("laporan.document")}
        data={[
          { value: "statistik-kes", label: t("laporan.statistikKes.name") },
          { value: STATUS_RUJUKAN, label: t("laporan.statusRujukan.name") },
        ]}
        value={statusList ? STATUS_RUJUKAN : "statistik-kes"}
        onChange={(v) => set({ dokumen: v })}
        style={{ alignSelf: "flex-start" }}
      />
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select
            size="xs"
            label={t("laporan.site")}
            allowDeselect={false}
            data={[
              ...(siteList.length > 1
                ? [{ value: ALL, label: t("laporan.allSites", { n: siteList.length }) }]
                : []),
              ...siteList.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` })),
            ]}
            value={chosen}
            onChange={(v) => v && set({ tapak: v })}
          />
          <Select
            size="xs"
            label={t("laporan.year")}
            allowDeselect={false}
            data={years.map((y) => String(y))}
            value={String(year)}
            onChange={(v) => {
              const y = Number(v);
              set({ tahun: String(y), bulan: String(Math.min(month, lastAllowed(y))) });
            }}
          />
          <Select
            size="xs"
            label={t("laporan.month")}
            allowDeselect={false}
            data={Array.from({ length: lastAllowed(year) }, (_, i) => ({
              value: String(i + 1),
              label: monthName(i + 1),
            }))}
            value={String(month)}
            onChange={(v) => v && set({ bulan: v })}
          />
        </SimpleGrid>
      </Paper>
      {statusList ? (
        reported.length ? (
          <StatusRujukanPanel choice={choice} reviewer={reviewerName} today={today} />
        ) : siteList.length === 0 && !sites.loading ? (
          <Text c="dimmed">{t("laporan.noSites")}</Text>
        ) : (
          <Loader size="sm" />
        )
      ) : !model ? (
        siteList.length === 0 && !sites.loading ? (
          <Text c="dimmed">{t("laporan.noSites")}</Text>
        ) : (
          <Loader size="sm" />
        )
      ) : (
        <>
          <Text size="sm" data-testid="statistik-summary">
            {t("laporan.summary", {
              period: `${monthName(month)} ${year}`,
              n: total?.months[month - 1] ?? 0,
            })}
          </Text>
          {empty && (
            <Alert color="yellow" icon={<IconInfoCircle size={16} />} data-testid="statistik-empty">
              {t("laporan.empty")}
            </Alert>
          )}
          {warnings.length > 0 && (
            <Alert color="orange" icon={<IconInfoCircle size={16} />}>
              {t("laporan.warnings", {
                n: warnings.length,
                records: warnings.map((w) => w.recordNo).join(", "),
              })}
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {t("laporan.hint")}
          </Text>
          <Tabs defaultValue={model.sheets[0]!.key} key={siteKey}>
            <Tabs.List>
              {model.sheets.map((s) => (
                <Tabs.Tab key={s.key} value={s.key}>
                  {s.key === "daerah" ? t("laporan.district", { name: s.name }) : s.name}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {model.sheets.map((s) => (
              <Tabs.Panel key={s.key} value={s.key} pt="sm">
                <Stack gap={4}>
                  {s.subtitle.slice(1).map((line) => (
                    <Text key={line} size="xs" fw={700}>
                      {line}
                    </Text>
                  ))}
                  <PreviewTable
                    sheet={s}
                    columns={model.columns}
                    year={year}
                    siteId={s.key === "daerah" ? null : s.key}
                    linkTitle={t("laporan.openRegister")}
                  />
                  {model.notes.map((n) => (
                    <Text key={n} size="xs" c="dimmed" fs="italic">
                      {n}
                    </Text>
                  ))}
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </Stack>
  );
}
