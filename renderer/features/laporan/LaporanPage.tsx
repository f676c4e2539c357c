// Why: the Laporan screen: pick a document (or the monthly pack), the site(s) and the month, see the preview, then save, print, PDF or email.
import { Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconFileStack, IconLock } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { todayIn } from "../../../shared/domain/dates";
import { LoadError } from "../../app/guards";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { DocumentPanel } from "./DocumentPanel";
import { PACK } from "./documents";
import { programmesOf } from "../../app/programmes";
import { useOffice } from "../../app/office-context";
import type { Choice } from "./documents/types";
import { previousMonth } from "./figures";
import { useMonthName } from "./month-name";
import { PackPanel } from "./PackPanel";

const ALL = "semua";

export function LaporanPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const monthName = useMonthName();
  const today = todayIn();
  const initial = previousMonth(today);
  // The choice lives in the address, so coming back from the register shows the same report.
  const [params, setParams] = useSearchParams();
  // The office's programmes bring their documents (and the PPR's monthly pack to the PKMD).
  const programmes = programmesOf(useOffice().countryPack);
  const documents = programmes.flatMap((p) => p.documents ?? []);
  const hasPack = programmes.some((p) => p.monthlyPack);
  const code = params.get("dokumen") ?? documents[0]!.code;
  const def = code === PACK && hasPack ? null : (documents.find((d) => d.code === code) ?? documents[0]!);
  const siteChoice = params.get("tapak");
  // A document made as things stand today (the Direktori CBO) is of this month, whatever the address says.
  const year = def?.undated ? Number(today.slice(0, 4)) : Number(params.get("tahun")) || initial.year;
  const month = def?.undated
    ? Number(today.slice(5, 7))
    : Math.min(Math.max(Number(params.get("bulan")) || initial.month, 1), 12);
  const itemId = params.get("item");
  const quarterParam = Number(params.get("suku"));
  const quarter =
    def?.quarterly && quarterParam >= 1 && quarterParam <= 4 ? (quarterParam as 1 | 2 | 3 | 4) : null;
  const set = (values: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(values)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const sites = useLive(async () => (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt), [actor]);
  const siteList = useMemo(() => (sites.loading || sites.error ? [] : sites.data), [sites]);
  // A district document (KPN tours) covers no site in particular: it is made for every site at once.
  const districtDoc = def?.district === true;
  const allowAll = districtDoc || ((def?.allSites ?? false) && siteList.length > 1);
  const known = (siteChoice === ALL && allowAll) || siteList.some((s) => s.id === siteChoice);
  const chosen = districtDoc
    ? ALL
    : siteChoice && known
      ? siteChoice
      : allowAll
        ? ALL
        : (siteList[0]?.id ?? null);
  const reported = useMemo(
    () =>
      siteList
        .filter((s) => chosen === ALL || s.id === chosen)
        .map((s) => ({ id: s.id, code: s.code, name: s.name })),
    [siteList, chosen],
  );
  const choice: Choice = useMemo(
    () => ({ sites: reported, year, month, itemId, quarter, options: Object.fromEntries(params) }),
    [reported, year, month, itemId, quarter, params],
  );
  const siteKey = reported.map((s) => s.id).join(",");
  const items = useLive(
    async () => (def?.items && reported.length ? def.items(db, actor, choice) : null),
    [def?.code, siteKey, year, month, actor],
  );

  const thisYear = Number(today.slice(0, 4));
  const newestYear = def?.ahead ? thisYear + 1 : initial.year + (initial.month === 12 ? 1 : 0);
  const years = Array.from({ length: def?.ahead ? 6 : 5 }, (_, i) => newestYear - i);
  const lastAllowed = (y: number) => (def?.ahead || y < thisYear ? 12 : Number(today.slice(5, 7)));

  if (sites.error) return <LoadError error={sites.error} />;
  const itemList = items.loading || items.error ? null : items.data;
  const item = itemList?.find((i) => i.value === itemId) ? itemId : (itemList?.[0]?.value ?? null);

  return (
    <Stack>
      <div>
        <Title order={3}>{t("laporan.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("laporan.intro")}
        </Text>
      </div>
      <Paper withBorder p="xs" role="navigation" aria-label={t("laporan.document")}>
        <Group gap={6}>
          {hasPack && (
            <Button
              size="xs"
              variant={!def ? "filled" : "light"}
              leftSection={<IconFileStack size={16} />}
              onClick={() => set({ dokumen: PACK, item: null, tapak: chosen })}
              aria-pressed={!def}
            >
              {t("laporan.pack.name")}
            </Button>
          )}
          {documents.map((d) => {
            const active = def?.code === d.code;
            return (
              <Button
                key={d.code}
                size="xs"
                variant={active ? "filled" : "default"}
                onClick={() => set({ dokumen: d.code, item: null, tapak: chosen })}
                aria-pressed={active}
                rightSection={d.sulit ? <IconLock size={12} aria-label="SULIT" /> : undefined}
              >
                {t(d.labelKey)}
              </Button>
            );
          })}
        </Group>
      </Paper>
      <Stack>
        <Paper withBorder p="sm">
          <SimpleGrid cols={{ base: 1, sm: def?.items || def?.Options ? 4 : 3 }} spacing="xs">
            <Select
              size="xs"
              label={t("laporan.site")}
              allowDeselect={false}
              data={
                districtDoc
                  ? [{ value: ALL, label: t("laporan.wholeDistrict") }]
                  : [
                      ...(allowAll
                        ? [{ value: ALL, label: t("laporan.allSites", { n: siteList.length }) }]
                        : []),
                      ...siteList.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` })),
                    ]
              }
              value={chosen}
              onChange={(v) => v && set({ tapak: v, item: null })}
            />
            {!def?.undated && (
              <Select
                size="xs"
                label={t("laporan.year")}
                allowDeselect={false}
                data={years.map((y) => String(y))}
                value={String(year)}
                onChange={(v) => {
                  const y = Number(v);
                  set({ tahun: String(y), bulan: String(Math.min(month, lastAllowed(y))), item: null });
                }}
              />
            )}
            {!def?.undated && (
              <Select
                size="xs"
                label={t("laporan.month")}
                allowDeselect={false}
                data={(() => {
                  const months = Array.from({ length: lastAllowed(year) }, (_, i) => ({
                    value: String(i + 1),
                    label: monthName(i + 1),
                  }));
                  if (!def?.quarterly) return months;
                  // A quarter may be reported once it has begun.
                  const quarters = [1, 2, 3, 4]
                    .filter((q) => (q - 1) * 3 + 1 <= lastAllowed(year))
                    .map((q) => ({ value: `s${q}`, label: t(`laporan.quarter.${q}`) }));
                  return [
                    { group: t("laporan.monthGroup"), items: months },
                    { group: t("laporan.quarterGroup"), items: quarters },
                  ];
                })()}
                value={quarter ? `s${quarter}` : String(month)}
                onChange={(v) =>
                  v &&
                  (v.startsWith("s")
                    ? set({ suku: v.slice(1), item: null })
                    : set({ bulan: v, suku: null, item: null }))
                }
              />
            )}
            {def?.items && (
              <Select
                size="xs"
                label={t(`${def.labelKey.replace(/\.name$/, "")}.item`)}
                allowDeselect={false}
                data={itemList ?? []}
                value={item}
                placeholder={itemList?.length === 0 ? t("laporan.noItems") : undefined}
                onChange={(v) => v && set({ item: v })}
              />
            )}
            {def?.Options && <def.Options options={choice.options} set={set} />}
          </SimpleGrid>
        </Paper>
        {siteList.length === 0 ? (
          sites.loading ? (
            <Loader size="sm" />
          ) : (
            <Text c="dimmed">{t("laporan.noSites")}</Text>
          )
        ) : reported.length === 0 ? (
          <Loader size="sm" />
        ) : !def ? (
          <PackPanel
            // A pack made for one site and month is never offered for another.
            key={`${reported[0]!.id}-${year}-${month}`}
            site={reported[0]!}
            year={year}
            month={month}
            today={today}
          />
        ) : def!.items && !item ? (
          itemList ? (
            <Text c="dimmed" data-testid="no-items">
              {t("laporan.noItems")}
            </Text>
          ) : (
            <Loader size="sm" />
          )
        ) : (
          <DocumentPanel key={def!.code} def={def!} choice={{ ...choice, itemId: item }} today={today} />
        )}
      </Stack>
    </Stack>
  );
}
