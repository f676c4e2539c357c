// Why: the PPK sends a month's pack to the PKMD from the monthly pack itself, sees where it stands (sent, returned with
// the PKMD's comment, signed) and sends it again once corrected.
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lastReturnNote } from "../../../../../shared/domain/monthly-pack";
import { notifyError, notifySaved } from "../../../../app/messages";
import { useOffice } from "../../../../app/office-context";
import { useActor } from "../../../../app/session";
import { useLive } from "../../../../app/use-live";
import { db } from "../../../../db/instance";
import { monthlyPacksRepo, sendPack } from "../../../../db/repositories/monthly-packs";
import type { ChoiceSite } from "../../../laporan/documents/types";
import { useMonthName } from "../../../laporan/month-name";
import { makePackDocuments } from "./pack-documents";
import { PackStatusLine, packColor } from "./PackStatus";

type Props = { site: ChoiceSite; year: number; month: number; today: string };

export function SendPackSection({ site, year, month, today }: Props) {
  const { t, i18n } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const monthName = useMonthName();
  const ym = `${year}-${String(month).padStart(2, "0")}`;
  const pack = useLive(() => monthlyPacksRepo(db).of(actor, site.id, ym), [actor, site.id, ym]);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [sentRound, setSentRound] = useState<number | null>(null);
  if (pack.loading || pack.error) return null;
  const current = pack.data;
  const period = `${monthName(month)} ${year}`;

  const send = async () => {
    setBusy(true);
    try {
      const documents = await makePackDocuments({
        db,
        actor,
        office,
        site,
        year,
        month,
        today,
        t: i18n.getFixedT(office.language),
      });
      const saved = await sendPack(
        db,
        actor,
        { siteId: site.id, month: ym, documents, ...(note.trim() ? { note } : {}) },
        current?.rev ?? null,
      );
      setNote("");
      setSentRound(saved.round);
      notifySaved(t, t("pek.sent", { period, round: saved.round }));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };

  const returned = current?.status === "dikembalikan" ? lastReturnNote(current) : null;
  return (
    <Paper withBorder p="md" data-testid="send-pack">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t("pek.sendTitle")}</Title>
          <Badge color={packColor(current?.status ?? null)} data-testid="pack-status">
            {t(`pek.status.${current?.status ?? "none"}`)}
          </Badge>
        </Group>
        {current && <PackStatusLine pack={current} />}
        {returned && (
          <Alert color="orange" title={t("pek.comment")} data-testid="pack-comment">
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {returned.note}
            </Text>
          </Alert>
        )}
        {current && (
          <Anchor href={`#/meja/pek/${encodeURIComponent(current.id)}`} size="sm">
            {t("pek.open")}
          </Anchor>
        )}
        {current?.status === "disahkan" ? (
          <Text size="sm" c="dimmed">
            {t("pek.signedLocked")}
          </Text>
        ) : (
          <>
            <Text size="sm">{t("pek.sendIntro")}</Text>
            <Textarea
              label={t("pek.sendNote")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={2000}
            />
            <Group>
              <Button leftSection={<IconSend size={16} />} onClick={() => void send()} loading={busy}>
                {t(current ? "pek.sendAgain" : "pek.send")}
              </Button>
            </Group>
          </>
        )}
        {sentRound !== null && (
          <Alert color="green" data-testid="pack-sent">
            <Stack gap={4}>
              <Text size="sm">{t("pek.sent", { period, round: sentRound })}</Text>
              <Text size="sm">{t("pek.sentNext")}</Text>
              <Anchor href="#/pertukaran" size="sm">
                {t("pek.openExchange")}
              </Anchor>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
