// Why: the administrator creates an account with a role, its sites (for PPK) and a first password.
import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { z } from "zod";
import { userProfileSchema } from "../../../shared/domain/user";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { usersRepo, type NewUserInput } from "../../db/repositories/users";
import { useFields } from "../../app/fields";
import { notifySaved } from "../../app/messages";
import { useActor } from "../../app/session";
import { useDraftForm } from "../../app/use-draft-form";
import { useDraftSubmit } from "../../app/use-draft-submit";
import { useLive } from "../../app/use-live";
import { ProfileFields } from "./ProfileFields";

const formSchema = userProfileSchema.extend({ password: z.string(), confirm: z.string() });
const empty: NewUserInput = {
  name: "",
  username: "",
  role: "ppk",
  siteIds: [],
  disabled: false,
  jawatan: "",
  password: "",
  confirm: "",
};

export function NewUserPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const sites = useLive(() => sitesRepo(db).list(actor), [actor]);
  const draft = useDraftForm<NewUserInput>("user:new", empty, formSchema, null, ["password", "confirm"]);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, async (values) => {
    const user = await usersRepo(db).createUser(actor, {
      ...values,
      siteIds: values.role === "ppk" ? values.siteIds : [],
    });
    return {
      next: () => {
        notifySaved(t, t("user.created", { username: user.username }));
        navigate("/pengguna");
      },
    };
  });
  if (!draft.ready || sites.loading || sites.error) return null;

  return (
    <Stack maw={900}>
      <Title order={3}>{t("user.newTitle")}</Title>
      {draft.restored && <Alert color="blue">{t("draft.restored")}</Alert>}
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProfileFields form={form} sites={sites.data} />
          <SimpleGrid cols={2}>
            <PasswordInput
              label={t("user.password")}
              description={t("user.passwordRule")}
              withAsterisk
              {...field("password")}
            />
            <PasswordInput label={t("user.confirm")} withAsterisk {...field("confirm")} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={busy}>
              {t("user.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
