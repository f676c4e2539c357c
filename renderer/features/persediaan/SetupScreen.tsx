// Why: the first run asks for the office and its first administrator, or loads a marked demo office to try the app.
import {
  Alert,
  Button,
  Container,
  Divider,
  Group,
  Paper,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { countryPacks, languageOf, regionsOf, type CountryPack } from "../../../shared/domain/codes";
import { applyPack, setLanguage } from "../../i18n";
import { db } from "../../db/instance";
import { loadDemo } from "../../db/demo";
import { setupOffice, validateSetup } from "../../db/setup";
import { errorMessage } from "../../app/messages";
import { showFieldErrors, useFields } from "../../app/fields";
import { ValidationError } from "../../db/errors";
import { LanguagePicker } from "../../app/LanguagePicker";
import { setPassphrase } from "../../backup/service";
import { MIN_PASSPHRASE } from "../sandaran/PassphraseForm";
import { RestorePanel } from "../sandaran/RestorePanel";
import { JoinPanel } from "../sertai/JoinPanel";

const empty = {
  office: {
    state: "",
    district: "",
    officeName: "",
    address: "",
    phone: "",
    email: "",
    countryPack: "jkm",
    language: "ms",
    autoLockMinutes: 10,
  },
  admin: { name: "", username: "", password: "", confirm: "" },
  backup: { passphrase: "", confirm: "" },
};

export function SetupScreen() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<"setup" | "demo" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [joining, setJoining] = useState(false);
  const form = useForm({ mode: "controlled", initialValues: empty });
  const field = useFields(form);

  // The pack decides the office's words, regions and language: a PKH office is set up in Indonesian.
  const choosePack = (pack: CountryPack) => {
    const before = form.values.office.countryPack as CountryPack;
    if (pack === before) return;
    form.setFieldValue("office.countryPack", pack);
    form.setFieldValue("office.language", languageOf(pack));
    if (!regionsOf(pack).includes(form.values.office.state)) form.setFieldValue("office.state", "");
    applyPack(pack);
    void setLanguage(languageOf(pack));
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    form.clearErrors();
    // The backup passphrase may be left for later (Tetapan > Sandaran); when given, it is checked with the rest.
    const { passphrase, confirm } = values.backup;
    const backupErrors: Record<string, string> = {};
    if (passphrase && passphrase.length < MIN_PASSPHRASE)
      backupErrors["backup.passphrase"] = "sandaran.passphrase.tooShort";
    if ((passphrase || confirm) && confirm !== passphrase)
      backupErrors["backup.confirm"] = "sandaran.passphrase.mismatch";
    try {
      validateSetup(values.office, values.admin);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      // Every field's mistake at once, the backup passphrase's too.
      form.setErrors({ ...e.fields, ...backupErrors });
      return setError(t("e.validation"));
    }
    if (Object.keys(backupErrors).length) {
      form.setErrors(backupErrors);
      return setError(t("e.validation"));
    }
    setBusy("setup");
    try {
      const admin = await setupOffice(db, values.office, values.admin);
      // Only the key derived from the passphrase is kept; automatic backups start with it.
      if (passphrase) await setPassphrase(passphrase).catch((e: unknown) => setError(errorMessage(t, e)));
      // The login screen follows at once; it is told first that the office is ready and who can log in.
      notifications.show({
        color: "green",
        autoClose: 10_000,
        title: t("setup.doneTitle"),
        message: t("setup.done", { username: admin.username }),
      });
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorMessage(t, e));
      setBusy(null);
    }
  });

  const demo = async () => {
    setBusy("demo");
    setError(null);
    try {
      await loadDemo(db);
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(null);
    }
  };

  return (
    <Container size="md" py="xl">
      <Group justify="space-between" mb="md">
        <div>
          <Title order={2}>{t("setup.title")}</Title>
          <Text c="dimmed">{t("setup.intro")}</Text>
        </div>
        <LanguagePicker />
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              {t("setup.officeSection")}
            </Title>
            <SimpleGrid cols={2}>
              <Select
                label={t("office.state")}
                data={[...regionsOf(form.values.office.countryPack as CountryPack)]}
                searchable
                withAsterisk
                {...field("office.state")}
              />
              <TextInput label={t("office.district")} withAsterisk {...field("office.district")} />
              <TextInput
                label={t("office.officeName")}
                placeholder={t("office.officeNameHint")}
                withAsterisk
                {...field("office.officeName")}
              />
              <Select
                label={t("office.countryPack")}
                withAsterisk
                data={countryPacks.map((p) => ({ value: p, label: t(`pack.${p}`) }))}
                allowDeselect={false}
                {...field("office.countryPack")}
                onChange={(v) => v && choosePack(v as CountryPack)}
                data-testid="setup-pack"
              />
              <Textarea
                label={t("office.address")}
                withAsterisk
                autosize
                minRows={2}
                {...field("office.address")}
              />
              <Stack gap="sm">
                <TextInput
                  label={t("office.phone")}
                  placeholder="03-2282 1234"
                  withAsterisk
                  {...field("office.phone")}
                />
                <TextInput label={t("office.email")} type="email" withAsterisk {...field("office.email")} />
              </Stack>
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              {t("setup.adminSection")}
            </Title>
            <SimpleGrid cols={2}>
              <TextInput label={t("user.name")} withAsterisk {...field("admin.name")} />
              <TextInput
                label={t("user.username")}
                description={t("user.usernameHint")}
                withAsterisk
                {...field("admin.username")}
              />
              <PasswordInput
                label={t("user.password")}
                description={t("user.passwordRule")}
                withAsterisk
                {...field("admin.password")}
              />
              <PasswordInput label={t("user.confirm")} withAsterisk {...field("admin.confirm")} />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="lg" data-testid="setup-backup">
            <Title order={4} mb="sm">
              {t("sandaran.passphrase.title")}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t("setup.backupIntro")}
            </Text>
            <SimpleGrid cols={2}>
              <PasswordInput
                label={t("sandaran.passphrase.label")}
                description={t("sandaran.passphrase.rule")}
                autoComplete="new-password"
                {...field("backup.passphrase")}
              />
              <PasswordInput
                label={t("sandaran.passphrase.confirm")}
                autoComplete="new-password"
                {...field("backup.confirm")}
              />
            </SimpleGrid>
          </Paper>
          {error && (
            <Alert color="red" data-testid="setup-error">
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Button type="submit" loading={busy === "setup"} disabled={busy !== null}>
              {t("setup.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="xl" label={t("setup.or")} />
      <Paper withBorder p="lg">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{t("setup.demoTitle")}</Text>
            <Text size="sm" c="dimmed">
              {t("setup.demoIntro")}
            </Text>
          </div>
          <Button
            variant="light"
            color="yellow"
            onClick={() => void demo()}
            loading={busy === "demo"}
            disabled={busy !== null}
          >
            {t("setup.demoButton")}
          </Button>
        </Group>
      </Paper>
      <Paper withBorder p="lg" mt="md">
        {joining ? (
          <JoinPanel onCancel={() => setJoining(false)} />
        ) : (
          <Group justify="space-between">
            <div>
              <Text fw={600}>{t("sertai.joinTitle")}</Text>
              <Text size="sm" c="dimmed">
                {t("sertai.joinIntro")}
              </Text>
            </div>
            <Button
              variant="light"
              onClick={() => setJoining(true)}
              disabled={busy !== null}
              data-testid="join-open"
            >
              {t("sertai.joinButton")}
            </Button>
          </Group>
        )}
      </Paper>
      <Paper withBorder p="lg" mt="md">
        {restoring ? (
          <RestorePanel onCancel={() => setRestoring(false)} />
        ) : (
          <Group justify="space-between">
            <div>
              <Text fw={600}>{t("setup.restoreTitle")}</Text>
              <Text size="sm" c="dimmed">
                {t("setup.restoreIntro")}
              </Text>
            </div>
            <Button variant="light" onClick={() => setRestoring(true)} disabled={busy !== null}>
              {t("setup.restoreButton")}
            </Button>
          </Group>
        )}
      </Paper>
    </Container>
  );
}
