// Why: the PKMD reviews a site's monthly pack as it was sent (its documents and figures, with the records behind them)
// and signs it or returns it with a comment; the PPK opens the same page to read the verdict and the signed documents.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Tabs,
  Text,
  Textarea,
  Timeline,
  Title,
} from "@mantine/core";
import { modals } from "@mantine/modals";
import { IconArrowBackUp, IconChecks } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { can, seesAllSites } from "../../../../../shared/domain/roles";
import { todayIn } from "../../../../../shared/domain/dates";
import { formatDate, formatDateTime } from "../../../../app/format";
import { errorMessage, notifyError, notifySaved } from "../../../../app/messages";
import { useOffice } from "../../../../app/office-context";
import { useActor } from "../../../../app/session";
import { useLive } from "../../../../app/use-live";
import type { MonthlyPackRecord } from "../../../../db/app-db";
import { db } from "../../../../db/instance";
import { monthlyPacksRepo, returnPack, signPack } from "../../../../db/repositories/monthly-packs";
import { monthRange } from "../../../laporan/figures";
import { DocumentPanel } from "../../../laporan/DocumentPanel";
import { useMonthName } from "../../../laporan/month-name";
import { shownPackDocuments } from "./pack-documents";
import { packColor, PackStatusLine } from "./PackStatus";

export function PackPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const loaded = useLive(async () => {
    const record = await monthlyPacksRepo(db).get(actor, id);
    const site = await db.sites.get(record.siteId);
    return { pack: record, site, shown: await shownPackDocuments(db, office, record) };
  }, [actor, id, office]);
  if (loaded.loading) return <Loader size="sm" />;
  if (loaded.error)
    return (
      <Alert color="red" title={t("pek.notFound")}>
        {errorMessage(t, loaded.error)}
      </Alert>
    );
  const { pack, site, shown } = loaded.data;
  return <PackView pack={pack} siteName={site?.name ?? ""} siteCode={site?.code ?? ""} shown={shown} />;
}

function PackView({
  pack,
  siteName,
  siteCode,
  shown,
}: {
  pack: MonthlyPackRecord;
  siteName: string;
  siteCode: string;
  shown: Awaited<ReturnType<typeof shownPackDocuments>>;
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const monthName = useMonthName();
  const today = todayIn();
  const year = Number(pack.month.slice(0, 4));
  const month = Number(pack.month.slice(5, 7));
  const period = `${monthName(month)} ${year}`;
  const { from, to } = monthRange(year, month);
  const choice = { sites: [{ id: pack.siteId, code: siteCode, name: siteName }], year, month, itemId: null };
  const reviewing = pack.status === "dihantar" && can(actor.role, "pack.review");
  return (
    <Stack gap="md" data-testid="pack-page">
      {seesAllSites(actor.role) && (
        <Anchor href="#/meja" size="sm">
          ← {t("pek.back")}
        </Anchor>
      )}
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t("pek.title", { site: siteName, period })}</Title>
        <Badge size="lg" color={packColor(pack.status)} data-testid="pack-status">
          {t(`pek.status.${pack.status}`)}
        </Badge>
      </Group>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <PackStatusLine pack={pack} />
          <Text size="sm" c="dimmed">
            {t("pek.round", { round: pack.round })} ·{" "}
            {t("pek.preparedBy", {
              name: pack.preparedBy.name,
              post: pack.preparedBy.jawatan,
              date: formatDate(pack.sentOn),
            })}
          </Text>
          <Title order={5} mt="xs">
            {t("pek.history")}
          </Title>
          <Timeline bulletSize={14} lineWidth={2} data-testid="pack-history">
            {pack.history.map((e, i) => (
              <Timeline.Item
                key={`${e.at}-${i}`}
                title={t(`pek.event.${e.action}`, {
                  name: e.by.name,
                  round: pack.history.slice(0, i + 1).filter((x) => x.action === "hantar").length,
                })}
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at)}
                </Text>
                {e.note && (
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {e.note}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Paper>
      {reviewing && <Verdict pack={pack} today={today} />}
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Title order={5}>{t("pek.records")}</Title>
          <Group gap="lg">
            <Anchor href={`#/buku-rekod?tapak=${pack.siteId}&dari=${from}&hingga=${to}`} size="sm">
              {t("pek.casesOfMonth")}
            </Anchor>
            <Anchor href="#/semakan" size="sm">
              {t("pek.referralChecks")}
            </Anchor>
            <Anchor href="#/program" size="sm">
              {t("pek.programmes")}
            </Anchor>
          </Group>
        </Stack>
      </Paper>
      <Title order={3}>{t("pek.documents")}</Title>
      <Tabs defaultValue={shown[0]?.def.code ?? ""} keepMounted={false}>
        <Tabs.List>
          {shown.map((d) => (
            <Tabs.Tab key={d.def.code} value={d.def.code}>
              {t(d.def.labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {shown.map((d) => (
          <Tabs.Panel key={d.def.code} value={d.def.code} pt="sm">
            <Stack gap="xs">
              <Anchor
                size="sm"
                href={`#/laporan?dokumen=${d.def.code}&tapak=${pack.siteId}&tahun=${year}&bulan=${month}`}
              >
                {t("pek.current")}
              </Anchor>
              <DocumentPanel def={d.def} choice={choice} today={today} kept={d.model} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function Verdict({ pack, today }: { pack: MonthlyPackRecord; today: string }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState<"sign" | "return" | null>(null);
  const [error, setError] = useState<string | null>(null);

  const giveBack = async () => {
    setBusy("return");
    setError(null);
    try {
      await returnPack(db, actor, pack.id, pack.rev, { note });
      notifySaved(t, `${t("pek.returned", { name: pack.preparedBy.name })} ${t("pek.reachesPpk")}`);
    } catch (e) {
      if (!note.trim()) setError(t("v.required"));
      else notifyError(t, e);
    } finally {
      setBusy(null);
    }
  };
  const sign = () =>
    modals.openConfirmModal({
      title: t("pek.signTitle"),
      children: <Text size="sm">{t("pek.signBody", { date: formatDate(today) })}</Text>,
      labels: { confirm: t("pek.sign"), cancel: t("common.cancel") },
      onConfirm: () => {
        setBusy("sign");
        void signPack(db, actor, pack.id, pack.rev)
          .then(() => notifySaved(t, `${t("pek.signed")} ${t("pek.reachesPpk")}`))
          .catch((e: unknown) => notifyError(t, e))
          .finally(() => setBusy(null));
      },
    });

  return (
    <Paper withBorder p="md" data-testid="pack-verdict">
      <Stack gap="sm">
        <Title order={4}>{t("pek.review")}</Title>
        <Textarea
          label={t("pek.reviewNote")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group>
          <Button
            color="green"
            leftSection={<IconChecks size={16} />}
            onClick={sign}
            loading={busy === "sign"}
            disabled={busy !== null}
          >
            {t("pek.sign")}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => void giveBack()}
            loading={busy === "return"}
            disabled={busy !== null}
          >
            {t("pek.return")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
