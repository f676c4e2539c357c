// Why: in Tetapan the administrator edits the complaint categories (a category still used is retired, not dropped),
// the client-charter days and the public holidays the working-day deadlines skip.
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { defaultComplaintCategories } from "../../../../shared/domain/kpn/codes";
import { complaintSettingsOf } from "../../../../shared/domain/kpn/complaint-settings";
import { parseTypedDate } from "../../../app/DateField";
import { formatDate } from "../../../app/format";
import { notifyError, notifySaved } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { db } from "../../../db/instance";
import { updateComplaintSettings, updateHolidays } from "../../../db/repositories/kpn/complaint-settings";
import { categoryLabel } from "./category-label";
import { CategoryRows, type CategoryRow } from "../../tetapan/CategoryRows";

const starting: readonly string[] = defaultComplaintCategories;

export function ComplaintSettingsSection() {
  const { t } = useTranslation();
  const office = useOffice();
  return (
    <Paper withBorder p="lg" data-testid="complaint-settings">
      <Title order={4}>{t("kpnAduan.settings.title")}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("kpnAduan.settings.hint")}
      </Text>
      <Stack gap="lg">
        <CategoriesForm key={`c${office.rev}`} />
        <HolidaysForm key={`h${office.rev}`} />
      </Stack>
    </Paper>
  );
}

function CategoriesForm() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const settings = complaintSettingsOf(office);
  const [rows, setRows] = useState<CategoryRow[]>(() =>
    settings.categories
      .filter((c) => c.active)
      .map((c, key) => ({ key, code: c.code, label: categoryLabel(t, settings, c.code) })),
  );
  const [ack, setAck] = useState<number | string>(settings.acknowledgeDays);
  const [resolve, setResolve] = useState<number | string>(settings.resolveDays);
  const [busy, setBusy] = useState(false);
  const retired = settings.categories.filter((c) => !c.active);
  const save = async () => {
    setBusy(true);
    try {
      await updateComplaintSettings(db, actor, office.rev, {
        // A starting category whose wording was not changed keeps reading from the i18n files.
        categories: rows.map((r) => ({
          code: r.code,
          label:
            r.code &&
            starting.includes(r.code) &&
            !settings.categories.find((c) => c.code === r.code)?.label &&
            r.label.trim() === t(`kpnAduan.categoryName.${r.code}`)
              ? ""
              : r.label,
        })),
        acknowledgeDays: Number(ack),
        resolveDays: Number(resolve),
      });
      notifySaved(t);
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Text fw={600}>{t("kpnAduan.settings.categories")}</Text>
      <CategoryRows
        rows={rows}
        setRows={setRows}
        itemLabel={(n) => t("kpnAduan.settings.categoryN", { n })}
        removeLabel={(name) => t("kpnAduan.settings.remove", { name })}
        addLabel={t("kpnAduan.settings.add")}
      />
      {retired.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="retired-categories">
          {t("kpnAduan.settings.retired", {
            names: retired.map((c) => categoryLabel(t, settings, c.code)).join(", "),
          })}
        </Text>
      )}
      <SimpleGrid cols={2}>
        <NumberInput label={t("kpnAduan.settings.ackDays")} min={1} max={60} value={ack} onChange={setAck} />
        <NumberInput
          label={t("kpnAduan.settings.resolveDays")}
          min={1}
          max={60}
          value={resolve}
          onChange={setResolve}
        />
      </SimpleGrid>
      <Group>
        <Button onClick={() => void save()} loading={busy} data-testid="save-complaint-settings">
          {t("common.save")}
        </Button>
      </Group>
    </Stack>
  );
}

function HolidaysForm() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const [text, setText] = useState(() => (office.holidays ?? []).map((d) => formatDate(d)).join("\n"));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const lines = text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const bad = lines.find((l) => !parseTypedDate(l));
    if (bad) {
      setError(t("kpnAduan.settings.badHoliday", { value: bad }));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await updateHolidays(
        db,
        actor,
        office.rev,
        lines.map((l) => parseTypedDate(l)!),
      );
      notifySaved(t);
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t("kpnAduan.settings.holidays")}
        description={t("kpnAduan.settings.holidaysHint")}
        autosize
        minRows={3}
        maxRows={12}
        value={text}
        error={error}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="holidays"
      />
      <Group>
        <Button onClick={() => void save()} loading={busy} data-testid="save-holidays">
          {t("kpnAduan.settings.saveHolidays")}
        </Button>
      </Group>
    </Stack>
  );
}
