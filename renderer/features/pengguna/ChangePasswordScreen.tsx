// Why: after an administrator's reset the user chooses their own password before anything else opens.
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconKey } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { handleSaveError, useFields } from "../../app/fields";
import { notifySaved } from "../../app/messages";
import { useActor, useSession } from "../../app/session";
import { db } from "../../db/instance";
import { usersRepo } from "../../db/repositories/users";

export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const { user, actor } = useActor();
  const { refreshUser, logout } = useSession();
  const form = useForm({ mode: "controlled", initialValues: { password: "", confirm: "" } });
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      await usersRepo(db).changeOwnPassword(actor, values);
      notifySaved(t, t("passwordChange.done"));
      await refreshUser();
    } catch (e) {
      handleSaveError(t, form, e, () => undefined);
      setBusy(false);
    }
  });
  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Paper withBorder shadow="sm" p="xl" w={460} data-testid="change-password">
        <Title order={3} mb="xs">
          {t("passwordChange.title")}
        </Title>
        <Alert color="yellow" icon={<IconKey size={16} />} mb="md">
          {t("passwordChange.why", { name: user.name })}
        </Alert>
        <form onSubmit={submit} noValidate>
          <Stack>
            <PasswordInput
              label={t("user.newPassword")}
              description={t("user.passwordRule")}
              autoComplete="new-password"
              data-autofocus
              {...field("password")}
            />
            <PasswordInput label={t("user.confirm")} autoComplete="new-password" {...field("confirm")} />
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => void logout()}>
                {t("session.logout")}
              </Button>
              <Button type="submit" loading={busy}>
                {t("passwordChange.submit")}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t("passwordChange.note")}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
