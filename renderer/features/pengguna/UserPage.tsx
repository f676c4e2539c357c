// Why: the administrator changes an account's role and sites, disables it, or sets a new password for a user who forgot theirs.
import {
  Alert,
  Button,
  Divider,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { userProfileSchema, type UserProfile } from "../../../shared/domain/user";
import type { SiteRecord, UserRecord } from "../../db/app-db";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { usersRepo } from "../../db/repositories/users";
import { handleSaveError, useFields } from "../../app/fields";
import { notifySaved } from "../../app/messages";
import { useActor, useSession } from "../../app/session";
import { useDraftForm } from "../../app/use-draft-form";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";
import { formatDateTime } from "../../app/format";
import { ProfileFields } from "./ProfileFields";

export function UserPage() {
  const { id = "" } = useParams();
  const { actor } = useActor();
  const live = useLive(
    async () => ({ user: await usersRepo(db).get(actor, id), sites: await sitesRepo(db).list(actor) }),
    [actor, id],
  );
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  return <UserEditor key={live.data.user.id} user={live.data.user} sites={live.data.sites} />;
}

function UserEditor({ user, sites }: { user: UserRecord; sites: SiteRecord[] }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const { refreshUser } = useSession();
  const initial: UserProfile = {
    username: user.username,
    name: user.name,
    role: user.role,
    siteIds: user.siteIds,
    disabled: user.disabled,
    jawatan: user.jawatan ?? "",
  };
  const draft = useDraftForm<UserProfile>(`user:${user.id}`, initial, userProfileSchema, user.rev);
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      const saved = await usersRepo(db).updateProfile(actor, user.id, draft.baseRev ?? user.rev, {
        ...values,
        siteIds: values.role === "ppk" ? values.siteIds : [],
      });
      await draft.saved(saved.rev);
      notifySaved(t);
      if (user.id === actor.userId) await refreshUser();
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });

  return (
    <Stack maw={900}>
      <Title order={3} data-testid="user-title">
        {user.name}
      </Title>
      <Text size="sm" c="dimmed">
        {t("common.lastChanged", { at: formatDateTime(user.updatedAt) })}
      </Text>
      {draft.restored && <Alert color="blue">{t("draft.restored")}</Alert>}
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProfileFields form={form} sites={sites} usernameReadOnly />
          <Switch label={t("user.disableLabel")} {...field("disabled", { type: "checkbox" })} />
          <Group>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider />
      <ResetPassword user={user} />
    </Stack>
  );
}

function ResetPassword({ user }: { user: UserRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const form = useForm({ mode: "controlled", initialValues: { password: "", confirm: "" } });
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      const current = await db.users.get(user.id);
      await usersRepo(db).resetPassword(actor, user.id, current?.rev ?? user.rev, values);
      form.reset();
      notifySaved(t, t("user.passwordReset", { username: user.username }));
    } catch (e) {
      handleSaveError(t, form, e, () => undefined);
    } finally {
      setBusy(false);
    }
  });
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        {t("user.resetTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <PasswordInput
              label={t("user.newPassword")}
              description={t("user.passwordRule")}
              {...field("password")}
            />
            <PasswordInput label={t("user.confirm")} {...field("confirm")} />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="light" loading={busy}>
              {t("user.resetButton")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
