// Why: a complaint's and a facilitator violation's follow-ups (tindak lanjut) are kept and added the same way: dated
// actions by a named person, none dated before what they follow up, each added rev-checked with the record.
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { followUpSchema } from "../../../../shared/domain/pkh/complaints";
import { DateField } from "../../../app/DateField";
import { showFieldErrors, useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { notifyError } from "../../../app/messages";

type FollowUp = { date: string; action: string; by: string };

type Props = {
  followUps: readonly FollowUp[];
  canWrite: boolean;
  /** Who acts, by default: the user. */
  by: string;
  /** Saves one more follow-up (rev-checked by the caller); a ValidationError's fields name `followUps.N.*`. */
  onAdd: (f: FollowUp) => Promise<void>;
};

export function FollowUpList({ followUps, canWrite, by, onAdd }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm<FollowUp>({
    initialValues: { date: todayIn(), action: "", by },
    validate: (v) => {
      const r = followUpSchema.safeParse(v);
      const errors: Record<string, string> = {};
      if (!r.success) for (const i of r.error.issues) errors[i.path.join(".")] ??= i.message;
      return errors;
    },
  });
  const field = useFields(form);
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await onAdd(v);
      notifications.show({ color: "green", message: t("pkh.tindakLanjut.saved") });
      form.setValues({ date: todayIn(), action: "", by });
    } catch (e) {
      // The record's rules name the new follow-up by its place in the list.
      if (!showFieldErrors(form, e, `followUps.${followUps.length}.`)) notifyError(t, e);
    } finally {
      setBusy(false);
    }
  });
  return (
    <Paper withBorder p="md" data-testid="follow-ups">
      <Title order={4} mb="xs">
        {t("pkh.tindakLanjut.title")}
      </Title>
      {followUps.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("pkh.tindakLanjut.none")}
        </Text>
      ) : (
        <Table fz="sm" mb="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t("pkh.tindakLanjut.date")}</Table.Th>
              <Table.Th>{t("pkh.tindakLanjut.action")}</Table.Th>
              <Table.Th w={180}>{t("pkh.tindakLanjut.by")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {followUps.map((f, i) => (
              <Table.Tr key={i} data-testid="follow-up-row">
                <Table.Td>{formatDate(f.date)}</Table.Td>
                <Table.Td style={{ whiteSpace: "pre-wrap" }}>{f.action}</Table.Td>
                <Table.Td>{f.by}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Group align="start" grow>
              <DateField label={t("pkh.tindakLanjut.date")} withAsterisk maw={160} {...field("date")} />
              <TextInput label={t("pkh.tindakLanjut.by")} withAsterisk maw={220} {...field("by")} />
            </Group>
            <TextInput label={t("pkh.tindakLanjut.action")} withAsterisk {...field("action")} />
            <Group>
              <Button type="submit" variant="light" loading={busy}>
                {t("pkh.tindakLanjut.add")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
