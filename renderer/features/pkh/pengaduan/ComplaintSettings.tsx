// Why: in Pengaturan the administrator names the complaint categories (a removed one is retired, so old complaints
// keep their category) and the deadline in working days.
import { Button, Group, NumberInput, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { editCategories } from "../../../../shared/domain/kpn/complaint-settings";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { useOffice } from "../../../app/office-context";
import { useSave } from "../pengaturan/use-save";
import { pkhCategoryLabel } from "./category-label";
import { CategoryRows, type CategoryRow } from "../../tetapan/CategoryRows";

export function ComplaintSettings() {
  const { t } = useTranslation();
  const office = useOffice();
  const settings = pkhSettingsOf(office).complaints;
  const { busy, error, save } = useSave();
  const [rows, setRows] = useState<CategoryRow[]>(() =>
    settings.categories
      .filter((c) => c.active)
      .map((c, key) => ({ key, code: c.code, label: pkhCategoryLabel(t, settings.categories, c.code) })),
  );
  const [days, setDays] = useState<number | string>(settings.deadlineDays);
  const submit = () =>
    void save({
      complaints: {
        // Every category ever offered is kept (retired when removed): complaints may still name it.
        categories: editCategories(
          settings,
          rows.filter((r) => r.label.trim()),
          new Set(settings.categories.map((c) => c.code)),
        ),
        deadlineDays: Number(days),
      },
    });
  return (
    <Stack gap="xs" data-testid="pkh-complaint-settings">
      <Text fw={600}>{t("pkh.aduan.settingsTitle")}</Text>
      <Text size="sm" c="dimmed">
        {t("pkh.aduan.settingsHint")}
      </Text>
      <CategoryRows
        rows={rows}
        setRows={setRows}
        itemLabel={(n) => t("pkh.aduan.categoryN", { n })}
        removeLabel={(name) => t("pkh.aduan.removeCategory", { name })}
        addLabel={t("pkh.aduan.addCategory")}
      />
      <NumberInput
        label={t("pkh.aduan.deadlineDays")}
        min={1}
        max={90}
        w={220}
        value={days}
        onChange={setDays}
      />
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
      <Group>
        <Button onClick={submit} loading={busy} data-testid="save-pkh-complaint-settings">
          {t("common.save")}
        </Button>
      </Group>
    </Stack>
  );
}
