// Why: first-run setup on a new PC of an existing office: the join file made on the office's PC and the passphrase read
// out bring the office, sites and users in one step, then the login screen; a bad file or passphrase changes nothing.
import { Alert, Button, Group, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../app/messages";
import { appVersions } from "../../backup/service";
import { checkJoinFile, joinOffice, JOIN_EXTENSION } from "../../db/exchange/join";
import { db } from "../../db/instance";
import { host } from "../../host";

type Chosen = { fileName: string; file: Uint8Array<ArrayBuffer> };

export function JoinPanel({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    setError(null);
    try {
      const r = await host.openFile({
        filters: [{ name: t("sertai.fileKind"), extensions: [JOIN_EXTENSION] }],
      });
      if (r.status !== "opened") return;
      const next = { fileName: r.fileName, file: r.data as Uint8Array<ArrayBuffer> };
      setPassphrase("");
      setChosen(null);
      checkJoinFile(next.file);
      setChosen(next);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const join = async (c: Chosen) => {
    setError(null);
    setBusy(true);
    try {
      const { grant, office } = await joinOffice(db, c.file, passphrase, appVersions());
      // The login screen follows at once (the office now exists); it is told first what this PC has become.
      notifications.show({
        color: "green",
        autoClose: 12_000,
        title: t("sertai.joinedTitle"),
        message: t("sertai.joined", { office: office.officeName, name: grant.name, number: grant.number }),
      });
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="join-panel">
      <Title order={4}>{t("sertai.joinTitle")}</Title>
      <Text size="sm" c="dimmed">
        {t("sertai.joinIntro")}
      </Text>
      <Group>
        <Button
          variant={chosen ? "default" : "filled"}
          onClick={() => void pick()}
          disabled={busy}
          data-testid="join-pick"
        >
          {t("sertai.pickFile")}
        </Button>
        {chosen && <Text size="sm">{t("sertai.chosenFile", { name: chosen.fileName })}</Text>}
      </Group>
      {chosen && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void join(chosen);
          }}
        >
          <Group align="flex-end">
            <PasswordInput
              label={t("sertai.joinPassphrase")}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              w={360}
              autoFocus
              autoComplete="off"
              data-testid="join-file-passphrase"
            />
            <Button type="submit" loading={busy} disabled={!passphrase} data-testid="join-submit">
              {t("sertai.join")}
            </Button>
          </Group>
        </form>
      )}
      {busy && <Text size="sm">{t("sertai.joining")}</Text>}
      {error && (
        <Alert color="red" data-testid="join-file-error">
          {error}
        </Alert>
      )}
      <Group>
        <Button variant="subtle" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}
