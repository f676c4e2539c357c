// Why: log in on a shared PC, or unlock after the idle lock; another user may log in instead and the first keeps their place.
import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Group,
} from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { demoUsers } from "../../../shared/demo/sites";
import { demoBackupPassphrase } from "../../../shared/demo/backup";
import { useOffice } from "../../app/office-context";
import { useSession } from "../../app/session";
import { errorMessage } from "../../app/messages";
import { LanguagePicker } from "../../app/LanguagePicker";

export function LoginScreen() {
  const { t } = useTranslation();
  const office = useOffice();
  const { state, login } = useSession();
  const locked = state.status === "locked" ? state.user : null;
  const [username, setUsername] = useState(locked?.username ?? "");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await login(username, password);
    } catch (err) {
      setError(errorMessage(t, err));
      setPassword("");
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Stack w={440}>
        {office.demo && (
          <div className="demo-ribbon" data-testid="demo-ribbon">
            {t("demo.ribbon")}
          </div>
        )}
        <Paper withBorder shadow="sm" p="xl">
          <Group justify="space-between" mb="xs">
            <Title order={2}>{t("app.name")}</Title>
            <LanguagePicker />
          </Group>
          <Text c="dimmed" size="sm" mb="lg">
            {office.officeName}
          </Text>
          {locked && (
            <Alert icon={<IconLock size={18} />} color="blue" mb="md" data-testid="locked-note">
              {t("session.lockedNote", { name: locked.name })}
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <Stack>
              <TextInput
                label={t("user.username")}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                autoComplete="username"
                data-autofocus={!locked || undefined}
                autoFocus={!locked}
              />
              <PasswordInput
                label={t("user.password")}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="current-password"
                autoFocus={!!locked}
              />
              {error && (
                <Alert color="red" data-testid="login-error">
                  {error}
                </Alert>
              )}
              <Button type="submit" loading={busy}>
                {locked ? t("session.unlock") : t("session.login")}
              </Button>
            </Stack>
          </form>
        </Paper>
        {office.demo && (
          <Paper withBorder p="md" data-testid="demo-accounts">
            <Text fw={600} mb="xs">
              {t("demo.accounts")}
            </Text>
            <Table fz="sm" withRowBorders={false}>
              <Table.Tbody>
                {demoUsers.map((u) => (
                  <Table.Tr key={u.username}>
                    <Table.Td>{t(`role.${u.role}`)}</Table.Td>
                    <Table.Td ff="monospace">{u.username}</Table.Td>
                    <Table.Td ff="monospace">{u.password}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" mt="xs" data-testid="demo-backup-passphrase">
              {t("sandaran.passphrase.label")}:{" "}
              <Text span ff="monospace">
                {demoBackupPassphrase}
              </Text>
            </Text>
          </Paper>
        )}
      </Stack>
    </Center>
  );
}
