// Why: what a complaint form asks (complainant, contact, MyKad, category, what was said, sensitive), one set of fields
// for the complaints list's "Daftar aduan" and the outreach counter.
import { Checkbox, Select, SimpleGrid, TextInput, Textarea, type MantineSize } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { activeCategories, complaintSettingsOf } from "../../../../shared/domain/kpn/complaint-settings";
import type { useFields } from "../../../app/fields";
import { useOffice } from "../../../app/office-context";
import { categoryLabel } from "./category-label";

export function ComplaintEntryFields({
  field,
  size = "sm",
  autoFocus = false,
}: {
  field: ReturnType<typeof useFields>;
  size?: MantineSize;
  /** The name field takes the cursor (the counter's form, ready for the next complainant). */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const settings = complaintSettingsOf(useOffice());
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          size={size}
          label={t("kpnAduan.name")}
          withAsterisk
          autoFocus={autoFocus}
          {...field("name")}
        />
        <TextInput size={size} label={t("kpnAduan.contact")} {...field("contact")} />
        <TextInput
          size={size}
          label={t("kpnAduan.mykad")}
          description={t("kpnAduan.optional")}
          {...field("mykad")}
        />
      </SimpleGrid>
      <Select
        size={size}
        label={t("kpnAduan.category")}
        withAsterisk
        searchable
        selectFirstOptionOnChange
        data={activeCategories(settings).map((c) => ({
          value: c.code,
          label: categoryLabel(t, settings, c.code),
        }))}
        {...field("category")}
      />
      <Textarea
        size={size}
        label={t("kpnAduan.description")}
        withAsterisk
        autosize
        minRows={3}
        {...field("description")}
      />
      <Checkbox
        label={t("kpnAduan.sensitive")}
        description={t("kpnAduan.sensitiveHint")}
        {...field("sensitive", { type: "checkbox" })}
      />
    </>
  );
}
