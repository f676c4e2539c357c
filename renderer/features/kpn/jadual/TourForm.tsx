// Why: one form plans or edits a tour (day, status, team, vehicle, partners, stock) with its checkpoints in order; its
// problems show in place as they arise, and Save writes everything at once or nothing.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { basketItems, tourStatuses } from "../../../../shared/domain/kpn/codes";
import { weekStart } from "../../../../shared/domain/kpn/roadmap";
import { DateField } from "../../../app/DateField";
import { DraftRestored } from "../../../app/DraftRestored";
import { handleSaveError } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useLive } from "../../../app/use-live";
import type { UserRecord } from "../../../db/app-db";
import { DirectoryMultiPicker } from "../../direktori/DirectoryPicker";
import { db } from "../../../db/instance";
import { plansOfDay, saveTour } from "../../../db/repositories/kpn/tours";
import { CheckpointFields } from "./CheckpointFields";
import { makeBind } from "./form-bind";
import { TeamFields } from "./TeamFields";
import { formProblems, toSave, type TourFormValues } from "./tour-form";

type Props = {
  tourId: string | null;
  initial: TourFormValues;
  rev: number | null;
  users: readonly UserRecord[];
  gradeOf: ReadonlyMap<string, string>;
};

const noRules = () => ({});

export function TourForm({ tourId, initial, rev, users, gradeOf }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const draft = useDraftForm<TourFormValues>(`kpn-tour:${tourId ?? "baru"}`, initial, noRules, rev);
  const { form } = draft;
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const values = form.getValues();
  const others = useLive(() => plansOfDay(db, values.date, tourId), [values.date, tourId]);
  if (!draft.ready) return null;
  const othersOfDay = others.loading || others.error ? [] : others.data;
  const problems = formProblems(tourId, values, othersOfDay, tried);
  const { bind, message } = makeBind(t, form, problems);
  const count = Object.keys(problems).length;

  /** The checkpoints that were on the tour's day move with it. */
  const changeDate = (date: string) => {
    const old = form.getValues().date;
    form.getValues().checkpoints.forEach((c, i) => {
      if (c.date === old) form.setFieldValue(`checkpoints.${i}.date`, date);
    });
    form.setFieldValue("date", date);
  };

  const save = async () => {
    setTried(true);
    const current = form.getValues();
    if (Object.keys(formProblems(tourId, current, othersOfDay, true)).length) return;
    setBusy(true);
    try {
      const { tour, checkpoints } = toSave(current);
      const saved = await saveTour(db, actor, { ...tour, id: tourId, rev: draft.baseRev }, checkpoints);
      await draft.saved(saved.tour.rev);
      notifySaved(t, t("kpnJadual.form.saved"));
      void navigate(`/kpn?minggu=${weekStart(saved.tour.date)}`);
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  };

  const postponed = values.status === "ditangguhkan" || values.status === "dibatalkan";
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void save()]])}
      data-testid="tour-form"
    >
      <Stack>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <DateField
              label={t("kpnJadual.form.date")}
              withAsterisk
              {...bind("date")}
              onChange={changeDate}
            />
            <Select
              label={t("kpnJadual.form.status")}
              withAsterisk
              allowDeselect={false}
              data={tourStatuses.map((s) => ({ value: s, label: t(`kpn.tourStatus.${s}`) }))}
              {...bind("status")}
            />
            {postponed && (
              <TextInput label={t("kpnJadual.form.statusReason")} withAsterisk {...bind("statusReason")} />
            )}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <TeamFields form={form} bind={bind} message={message} users={users} gradeOf={gradeOf} />
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={5}>{t("kpnJadual.form.sectionVehicle")}</Title>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Select
                label={t("kpnJadual.form.vehicleKind")}
                withAsterisk
                allowDeselect={false}
                data={(["ukp", "lain"] as const).map((k) => ({ value: k, label: t(`kpn.vehicle.${k}`) }))}
                {...bind("vehicle.kind")}
              />
              <TextInput label={t("kpnJadual.form.registration")} {...bind("vehicle.registration")} />
            </SimpleGrid>
            <DirectoryMultiPicker
              label={t("kpnJadual.form.partners")}
              placeholder={t("kpnJadual.form.partnersHint")}
              {...bind("partnerIds")}
              value={values.partnerIds}
            />
            <Title order={6} mt="xs">
              {t("kpnJadual.form.sectionStock")}
            </Title>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              {basketItems.map((i) => (
                <NumberInput
                  key={i}
                  label={t(`kpnJadual.stock.${i}`)}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  {...bind(`stockLoaded.${i}`)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
        <CheckpointFields form={form} bind={bind} message={message} />
        <Textarea label={t("kpnJadual.form.issues")} autosize minRows={2} {...bind("issues")} />
        {tried && count > 0 && (
          <Alert color="red" data-testid="tour-problems">
            {t("kpnJadual.form.problems", { count })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t("kpnJadual.form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
