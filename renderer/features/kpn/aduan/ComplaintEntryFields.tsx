// Why: what a complaint form asks (complainant, contact, MyKad, category, what was said, sensitive), one set of fields
// for the complaints list's "Daftar aduan" and the outreach counter.
import { Checkbox, Select, SimpleGrid, TextInput, Textarea, type MantineSize } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { activeCategories, complaintSettingsOf } from "../../../../shared/domain/kpn/complaint-settings";
import type { useFields } from "../../../app/fields";
import { useOffice } from "../../../app/office-context";
import { categoryLabel } from "./category-label";

/** What the fields hold, as a form keeps it. */
export type ComplaintEntryValues = {
  name: string;
  contact: string;
  mykad: string;
  category: string;
  description: string;
  sensitive: boolean;
};
export const emptyComplaintEntry: ComplaintEntryValues = {
  name: "",
  contact: "",
  mykad: "",
  category: "",
  description: "",
  sensitive: false,
};

export function ComplaintEntryFields({
  field,
  size = "sm",
  autoFocus = false,
  categoryKey,
}: {
  field: ReturnType<typeof useFields>;
  size?: MantineSize;
  /** The name field takes the cursor (the counter's form, ready for the next complainant). */
  autoFocus?: boolean;
  /** A new key gives a fresh category select: a searchable select keeps its typed text when its value is cleared. */
  categoryKey?: number;
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
        key={categoryKey}
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
