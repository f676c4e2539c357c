// Why: the account fields shared by "new user" and "edit user": name, username, role and assigned sites.
import { MultiSelect, Select, SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { roles } from "../../../shared/domain/roles";
import type { SiteRecord } from "../../db/app-db";
import { useFields } from "../../app/fields";

export function ProfileFields<V extends { role: string }>({
  form,
  sites,
  usernameReadOnly,
}: {
  form: UseFormReturnType<V>;
  sites: SiteRecord[];
  usernameReadOnly?: boolean;
}) {
  const { t } = useTranslation();
  const field = useFields(form);
  const role = form.getValues().role;
  return (
    <SimpleGrid cols={2}>
      <TextInput label={t("user.name")} withAsterisk {...field("name")} />
      <TextInput
        label={t("user.username")}
        description={t("user.usernameHint")}
        withAsterisk
        readOnly={usernameReadOnly}
        {...field("username")}
      />
      <Select
        label={t("user.role")}
        withAsterisk
        allowDeselect={false}
        data={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        description={role ? t(`roleHint.${role}`) : undefined}
        {...field("role")}
      />
      <MultiSelect
        label={t("user.sites")}
        description={role === "ppk" ? t("user.sitesHintPpk") : t("user.sitesHintOther")}
        disabled={role !== "ppk"}
        data={sites.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }))}
        searchable
        {...field("siteIds")}
      />
      <TextInput label={t("user.jawatan")} description={t("user.jawatanHint")} {...field("jawatan")} />
    </SimpleGrid>
  );
}
