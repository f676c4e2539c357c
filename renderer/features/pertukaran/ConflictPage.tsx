// Why: one record's versions side by side, field by field (labels and values as the Log Audit shows them); the user
// picks per field (or, for a person, keeps both as two persons) and the settled record is saved in one transaction.
import { Alert, Button, Group, Radio, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { recordNames } from "../../db/audit-log";
import { readIdentity } from "../../db/exchange/identity";
import { keepBoth, readConflict, recordLabel, settleConflict, versionKey } from "../../db/exchange/settle";
import { db } from "../../db/instance";
import { formatDateTime } from "../../app/format";
import { LoadError } from "../../app/guards";
import { errorMessage, notifySaved } from "../../app/messages";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { Value } from "../audit/AuditPage";
import { fieldLabel, referencesOf } from "../audit/changes";

async function load(actor: Parameters<typeof readConflict>[1], table: string, id: string) {
  const view = await readConflict(db, actor, table, id);
  const me = await readIdentity(db).catch(() => null);
  const pcNames = new Map((me?.pcs ?? []).map((p) => [p.id, p.name]));
  const users = new Map((await db.users.toArray()).map((u) => [u.id, u.name]));
  // The names behind ids (a person, an officer, a site), where the user may read them.
  const changes = view.fields.flatMap((field) =>
    view.versions.map((v) => ({ field, before: null, after: { value: v[field], more: 0 } })),
  );
  const names = await recordNames(db, actor, referencesOf(changes));
  return { view, mine: new Set(me?.stampIds ?? []), pcNames, users, names };
}

export function ConflictPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const { table = "", id = "" } = useParams();
  const [picks, setPicks] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const live = useLive(() => load(actor, table, id), [actor, table, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { view, mine, pcNames, users, names } = live.data;
  const keys = view.versions.map(versionKey);
  const run = async (step: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await step();
      notifySaved(t, done);
      void navigate("/pertukaran/selesaikan");
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const pcName = (pc: string) => (mine.has(pc) ? t("pertukaran.thisPcName") : (pcNames.get(pc) ?? pc));
  const deletion = view.fields.includes("deletedAt");
  return (
    <Stack>
      <Title order={3}>
        {t("pertukaran.settleTitle")}: {t(`table.${table}`, { defaultValue: table })}{" "}
        {recordLabel(view.versions[0]!)}
      </Title>
      <Text size="sm">{t("pertukaran.settleIntro")}</Text>
      {deletion && (
        <Alert color="orange" data-testid="conflict-deletion">
          {t("pertukaran.deletionNote")}
        </Alert>
      )}
      <Table withTableBorder data-testid="conflict-fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("pertukaran.field")}</Table.Th>
            {view.versions.map((v, i) => (
              <Table.Th key={versionKey(v)} data-testid={`conflict-version-${i}`}>
                {t("pertukaran.versionBy", {
                  pc: pcName(v.pc),
                  by: users.get(String(v.updatedBy)) ?? String(v.updatedBy),
                  at: formatDateTime(v.updatedAt),
                })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.fields.map((field) => (
            <Table.Tr key={field} data-testid="conflict-field">
              <Table.Td fw={600}>
                {field === "deletedAt" ? t("pertukaran.deletedState") : fieldLabel(t, table, field)}
              </Table.Td>
              {view.versions.map((v, i) => (
                <Table.Td key={versionKey(v)}>
                  <Radio
                    name={field}
                    checked={(picks[field] ?? 0) === i}
                    onChange={() => setPicks({ ...picks, [field]: i })}
                    aria-label={`${field === "deletedAt" ? t("pertukaran.deletedState") : fieldLabel(t, table, field)}: ${pcName(v.pc)}`}
                    label={
                      field === "deletedAt" ? (
                        <Text size="sm">
                          {v.deletedAt ? t("pertukaran.isDeleted") : t("pertukaran.isLive")}
                        </Text>
                      ) : (
                        <Value
                          shown={{ value: v[field] ?? null, more: 0 }}
                          table={table}
                          field={field}
                          names={names}
                        />
                      )
                    }
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {error && (
        <Alert color="red" data-testid="conflict-error">
          {error}
        </Alert>
      )}
      <Group>
        <Button
          loading={busy}
          onClick={() =>
            void run(() => settleConflict(db, actor, table, id, keys, picks), t("pertukaran.settled"))
          }
        >
          {t("pertukaran.save")}
        </Button>
        {table === "persons" && !deletion && (
          <Button
            variant="light"
            loading={busy}
            onClick={() => void run(() => keepBoth(db, actor, id, keys), t("pertukaran.keptBoth"))}
          >
            {t("pertukaran.keepBoth")}
          </Button>
        )}
        <Button variant="default" onClick={() => void navigate("/pertukaran/selesaikan")}>
          {t("pertukaran.back")}
        </Button>
      </Group>
      {table === "persons" && !deletion && (
        <Text size="xs" c="dimmed">
          {t("pertukaran.keepBothHint")}
        </Text>
      )}
    </Stack>
  );
}
