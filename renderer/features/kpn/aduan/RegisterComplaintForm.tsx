// Why: the "Daftar aduan" form of the complaints list: pick the checkpoint, the
// complainant, the category and what was said; saved with its number at once, then its page shows the slip to print.
import { Alert, Button, Group, Paper, Select, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { useLive } from "../../../app/use-live";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { complaintEntrySchema, registerComplaint } from "../../../db/repositories/kpn/complaints";
import { ComplaintEntryFields, emptyComplaintEntry, type ComplaintEntryValues } from "./ComplaintEntryFields";

const formSchema = complaintEntrySchema.omit({ tourId: true });
type Values = ComplaintEntryValues & { checkpointId: string };
const empty: Values = { checkpointId: "", ...emptyComplaintEntry };

/** The latest checkpoints (newest first) a complaint may be recorded at. */
async function recentCheckpoints() {
  const rows = await db.checkpoints.orderBy("date").reverse().limit(60).toArray();
  return rows.filter((c) => !c.deletedAt);
}

export function RegisterComplaintForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const checkpoints = useLive(recentCheckpoints, []);
  const draft = useDraftForm<Values>("kpn:aduan:baru", empty, formSchema);
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (values) => {
    const cp = await db.checkpoints.get(values.checkpointId);
    if (!cp || cp.deletedAt) throw new ValidationError({ checkpointId: "v.required" });
    const saved = await registerComplaint(db, actor, { ...values, tourId: cp.tourId });
    return {
      next: () => {
        notifySaved(t, t("kpnAduan.registered", { refNo: saved.refNo }));
        onDone();
        void navigate(`/kpn/aduan/${saved.id}`);
      },
    };
  });
  if (!draft.ready || checkpoints.loading) return null;
  const cps = checkpoints.error ? [] : checkpoints.data;
  return (
    <Paper withBorder p="md" data-testid="register-complaint">
      <Title order={4} mb="sm">
        {t("kpnAduan.register")}
      </Title>
      {cps.length === 0 && (
        <Alert color="yellow" mb="sm">
          {t("kpnAduan.noCheckpoints")}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t("kpnAduan.checkpoint")}
            withAsterisk
            searchable
            data={cps.map((c) => ({ value: c.id, label: `${formatDate(c.date)} — ${c.name}` }))}
            {...field("checkpointId")}
          />
          <ComplaintEntryFields field={field} />
          <Group>
            <Button type="submit" loading={busy} data-testid="save-complaint">
              {t("kpnAduan.save")}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
