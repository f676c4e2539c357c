// Why: plans a P2K2 session (module and session of the curriculum, date, place, group) or corrects one; what is typed
// survives the screen lock (a draft); a group without members is refused by the repository with a clear message.
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { p2k2SessionSchema } from "../../../../shared/domain/pkh/p2k2";
import { DateField } from "../../../app/DateField";
import { DraftRestored } from "../../../app/DraftRestored";
import { handleSaveError, useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { db } from "../../../db/instance";
import type { P2k2SessionRecord } from "../../../db/pkh-tables";
import { p2k2Curriculum, p2k2Repo } from "../../../db/repositories/pkh/p2k2";

type Fields = {
  moduleCode: string;
  sessionNo: string;
  date: string;
  place: string;
  groupId: string;
  facilitator: string;
};

const fieldsSchema = p2k2SessionSchema.omit({ sessionNo: true });

function problems(v: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  const r = fieldsSchema.safeParse(v);
  if (!r.success) for (const i of r.error.issues) errors[i.path.join(".")] ??= i.message;
  if (!v.sessionNo) errors.sessionNo = "v.required";
  return errors;
}

type Props = {
  siteId: string;
  groups: readonly { id: string; name: string }[];
  session?: P2k2SessionRecord;
  day: string;
  onDone: (id: string | null) => void;
};

export function SessionForm({ siteId, groups, session, day, onDone }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const curriculum = p2k2Curriculum(useOffice());
  const initial: Fields = session
    ? {
        moduleCode: session.moduleCode,
        sessionNo: String(session.sessionNo),
        date: session.date,
        place: session.place,
        groupId: session.groupId,
        facilitator: session.facilitator,
      }
    : { moduleCode: "", sessionNo: "1", date: day, place: "", groupId: "", facilitator: actor.name };
  const draft = useDraftForm<Fields>(
    session ? `pkh-p2k2:${session.id}` : `pkh-p2k2:new:${siteId}`,
    initial,
    problems,
    session?.rev ?? null,
  );
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;
  const mod = curriculum.find((m) => m.code === form.values.moduleCode);
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const input = { ...v, sessionNo: Number(v.sessionNo), siteId };
      const saved = session
        ? await p2k2Repo(db).update(actor, session.id, draft.baseRev ?? session.rev, {
            ...input,
            attendance: session.attendance,
            ckp: session.ckp,
          })
        : await p2k2Repo(db).create(actor, input);
      await draft.discard();
      notifySaved(t, t("pkh.p2k2.form.saved"));
      onDone(saved.id);
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });
  return (
    <Paper withBorder p="md" data-testid="p2k2-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{session ? t("pkh.p2k2.form.editTitle") : t("pkh.p2k2.form.newTitle")}</Title>
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          {groups.length === 0 && <Alert color="yellow">{t("pkh.p2k2.form.noGroups")}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("pkh.p2k2.form.module")}
              withAsterisk
              allowDeselect={false}
              data={curriculum
                .filter((m) => m.active || m.code === session?.moduleCode)
                .map((m) => ({ value: m.code, label: m.name }))}
              {...field("moduleCode")}
            />
            <Select
              label={t("pkh.p2k2.form.sessionNo")}
              withAsterisk
              allowDeselect={false}
              data={Array.from({ length: mod?.sessions ?? 1 }, (_, i) => String(i + 1))}
              {...field("sessionNo")}
            />
            <DateField label={t("pkh.p2k2.form.date")} withAsterisk {...field("date")} />
            <Select
              label={t("pkh.p2k2.form.group")}
              withAsterisk
              allowDeselect={false}
              data={groups.map((g) => ({ value: g.id, label: g.name }))}
              {...field("groupId")}
            />
            <TextInput label={t("pkh.p2k2.form.place")} withAsterisk {...field("place")} />
            <TextInput label={t("pkh.p2k2.form.facilitator")} withAsterisk {...field("facilitator")} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
            <Button variant="default" onClick={() => onDone(null)} disabled={busy}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
