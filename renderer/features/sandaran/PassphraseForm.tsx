// Why: the administrator sets (or changes) the office backup passphrase; only the key derived from it is kept.
import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifyError, notifySaved } from "../../app/messages";
import { setPassphrase } from "../../backup/service";
import { RecoverySheetButton } from "./RecoverySheet";

export const MIN_PASSPHRASE = 10;

export function PassphraseForm({
  keyReady,
  location,
  demoPassphrase,
  onSet,
}: {
  keyReady: boolean;
  location: string;
  demoPassphrase: string | null;
  onSet(): void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<{ value?: string; confirm?: string }>({});
  const [busy, setBusy] = useState(false);
  /** Kept only until this page is left, so the sheet printed right after setting can show it once. */
  const [justSet, setJustSet] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const next = {
      value: value.length < MIN_PASSPHRASE ? t("sandaran.passphrase.tooShort") : undefined,
      confirm: confirm !== value ? t("sandaran.passphrase.mismatch") : undefined,
    };
    setErrors(next);
    if (next.value || next.confirm) return;
    setBusy(true);
    try {
      await setPassphrase(value);
      setJustSet(value);
      setValue("");
      setConfirm("");
      notifySaved(t, t("sandaran.passphrase.saved"));
      onSet();
    } catch (err) {
      notifyError(t, err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" data-testid="passphrase-form">
      <Text fw={600}>{t("sandaran.passphrase.title")}</Text>
      {demoPassphrase && (
        <Alert color="yellow" data-testid="demo-passphrase">
          {t("sandaran.passphrase.demo", { passphrase: demoPassphrase })}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {keyReady ? t("sandaran.passphrase.changeIntro") : t("sandaran.passphrase.setIntro")}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SimpleGrid cols={2}>
          <PasswordInput
            label={t("sandaran.passphrase.label")}
            description={t("sandaran.passphrase.rule")}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={errors.value}
            autoComplete="new-password"
          />
          <PasswordInput
            label={t("sandaran.passphrase.confirm")}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={errors.confirm}
            autoComplete="new-password"
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" variant={keyReady ? "default" : "filled"} loading={busy}>
            {keyReady ? t("sandaran.passphrase.change") : t("sandaran.passphrase.set")}
          </Button>
          <RecoverySheetButton passphrase={justSet ?? demoPassphrase} location={location} />
        </Group>
      </form>
    </Stack>
  );
}
