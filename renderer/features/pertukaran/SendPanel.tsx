// Why: "Hantar perubahan" for one PC: how many records and the size without and with photos are shown first, then one
// sealed file is saved (the browser downloads it) or attached to an email draft to the PKMD; each one audited.
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { appVersions } from "../../backup/service";
import { AppError } from "../../db/errors";
import { noteSent, prepareSend, type Peer, type SendChoice } from "../../db/exchange/files";
import type { Identity } from "../../db/exchange/identity";
import { db } from "../../db/instance";
import { host } from "../../host";
import { errorMessage, notifySaved } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { useActor } from "../../app/session";
import { formatBytes } from "../../app/format";

const CONTENT_TYPE = "application/octet-stream";

export function SendPanel({ peer, me, onClose }: { peer: Peer; me: Identity; onClose: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const [choice, setChoice] = useState<SendChoice | null>(null);
  const [media, setMedia] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const { version, schemaVersion } = appVersions();
    prepareSend(db, actor, peer.id, version, schemaVersion).then(setChoice, (e: unknown) =>
      setError(errorMessage(t, e)),
    );
  }, [actor, peer.id, t]);
  const outgoing = choice && (media ? choice.withMedia : choice.plain);
  const deliver = async (how: "file" | "email") => {
    if (!choice || !outgoing) return;
    setBusy(true);
    setError(null);
    try {
      const lng = office.language;
      const result =
        how === "file"
          ? await host.saveFile({
              suggestedName: choice.fileName,
              data: outgoing.file,
              filters: [{ name: "Rekod Komuniti", extensions: ["rkx"] }],
            })
          : await (() => {
              const to = office.report?.pkmdEmail ?? "";
              if (!to) throw new AppError("e.pkmdEmailMissing");
              const names = { from: me.name || office.officeName, to: peer.name, file: choice.fileName, lng };
              return host.composeEmailDraft({
                to: [to],
                subject: t("pertukaran.emailSubject", names),
                body: t("pertukaran.emailBody", { ...names, sender: actor.name }),
                attachments: [{ fileName: choice.fileName, contentType: CONTENT_TYPE, data: outgoing.file }],
                draftName: choice.fileName.replace(/\.rkx$/, ".eml"),
              });
            })();
      if (result.status === "saved") {
        await noteSent(db, actor, choice, media, how);
        notifySaved(
          t,
          t(how === "file" ? "pertukaran.sent" : "pertukaran.emailed", { file: choice.fileName }),
        );
        onClose();
      }
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="send-panel">
      <Stack gap="sm">
        <Title order={5}>{t("pertukaran.sendTitle", { name: peer.name })}</Title>
        {!choice && !error && <Text size="sm">{t("pertukaran.preparing", { name: peer.name })}</Text>}
        {choice && (
          <>
            <Text size="sm" data-testid="send-plain">
              {t("pertukaran.withoutMedia", {
                records: choice.plain.records,
                size: formatBytes(choice.plain.bytes),
              })}
            </Text>
            <Text size="sm" data-testid="send-media">
              {t("pertukaran.withMedia", {
                records: choice.withMedia.records,
                size: formatBytes(choice.withMedia.bytes),
              })}
            </Text>
            {choice.withMedia.records === 0 && (
              <Text size="sm" c="dimmed">
                {t("pertukaran.nothingToSend")}
              </Text>
            )}
            <Checkbox
              label={t("pertukaran.includeMedia")}
              checked={media}
              onChange={(e) => setMedia(e.currentTarget.checked)}
            />
            <Text size="xs" c="dimmed" data-testid="send-file-name">
              {choice.fileName}
            </Text>
          </>
        )}
        {error && (
          <Alert color="red" data-testid="send-error">
            {error}
          </Alert>
        )}
        <Group>
          <Button disabled={!choice} loading={busy} onClick={() => void deliver("file")}>
            {t("pertukaran.saveFile")}
          </Button>
          <Button variant="light" disabled={!choice} loading={busy} onClick={() => void deliver("email")}>
            {t("pertukaran.email")}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t("pertukaran.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
