// Why: restore in steps that change nothing until the last: pick a file (folder, USB stick, another PC), see its office,
// date and app version, enter the passphrase, see the records per table, then replace the database in one step.
import { Alert, Button, Group, Paper, PasswordInput, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BackupSummary } from "../../../shared/backup/backup-file";
import type { EnvelopeHeader, PassphraseKey } from "../../../shared/backup/envelope";
import { BACKUP_EXTENSION } from "../../../shared/backup/names";
import { formatDateTime } from "../../app/format";
import { errorMessage } from "../../app/messages";
import { inspectHeader, openWithPassphrase, restoreFromFile, type Progress } from "../../backup/service";
import { host } from "../../host";
import { BackupProgress } from "./BackupProgress";

export type ChosenBackup = { fileName: string; file: Uint8Array<ArrayBuffer> };

type Step =
  | { at: "pick" }
  | { at: "opened"; chosen: ChosenBackup; header: EnvelopeHeader }
  | { at: "ready"; chosen: ChosenBackup; summary: BackupSummary; key: PassphraseKey }
  | { at: "restoring"; chosen: ChosenBackup; summary: BackupSummary }
  | { at: "done" };

/** Restores the app after a successful restore: back to the login (or the first screen). */
function restart(): void {
  location.hash = "#/";
  location.reload();
}

export function RestorePanel({ initial, onCancel }: { initial?: ChosenBackup; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(() => openedStep(initial) ?? { at: "pick" });
  const [error, setError] = useState<string | null>(() => {
    try {
      if (initial) inspectHeader(initial.file);
      return null;
    } catch (e) {
      return errorMessage(t, e);
    }
  });
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);

  const choose = (chosen: ChosenBackup) => {
    setError(null);
    setPassphrase("");
    try {
      setStep({ at: "opened", chosen, header: inspectHeader(chosen.file) });
    } catch (e) {
      setStep({ at: "pick" });
      setError(errorMessage(t, e));
    }
  };
  const pickFile = async () => {
    setError(null);
    try {
      const r = await host.openFile({
        filters: [{ name: "Sandaran Rekod Komuniti", extensions: [BACKUP_EXTENSION] }],
      });
      if (r.status === "opened") choose({ fileName: r.fileName, file: r.data as Uint8Array<ArrayBuffer> });
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const open = async (chosen: ChosenBackup) => {
    setError(null);
    setBusy(true);
    try {
      const { summary, key } = await openWithPassphrase(chosen.file, passphrase);
      setStep({ at: "ready", chosen, summary, key });
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const restore = async (chosen: ChosenBackup, summary: BackupSummary, key: PassphraseKey) => {
    setError(null);
    setStep({ at: "restoring", chosen, summary });
    try {
      await restoreFromFile(chosen.file, key, setProgress);
      setStep({ at: "done" });
      setTimeout(restart, 800);
    } catch (e) {
      setError(errorMessage(t, e));
      setStep({ at: "ready", chosen, summary, key });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Paper withBorder p="lg" data-testid="restore-panel">
      <Stack gap="sm">
        <Title order={4}>{t("sandaran.restorePanel.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("sandaran.restorePanel.intro")}
        </Text>
        {step.at === "pick" && (
          <Group>
            <Button onClick={() => void pickFile()} data-testid="restore-pick">
              {t("sandaran.restorePanel.pickFile")}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t("sandaran.restorePanel.cancel")}
              </Button>
            )}
          </Group>
        )}
        {step.at !== "pick" && step.at !== "done" && (
          <HeaderTable
            fileName={step.chosen.fileName}
            header={step.at === "opened" ? step.header : step.summary.header}
          />
        )}
        {step.at === "opened" && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void open(step.chosen);
            }}
          >
            <Group align="flex-end">
              <PasswordInput
                label={t("sandaran.passphrase.label")}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                w={320}
                autoFocus
                data-testid="restore-passphrase"
              />
              <Button type="submit" loading={busy} disabled={!passphrase}>
                {t("sandaran.restorePanel.open")}
              </Button>
              <Button variant="default" onClick={() => (onCancel ? onCancel() : setStep({ at: "pick" }))}>
                {t("sandaran.restorePanel.cancel")}
              </Button>
            </Group>
          </form>
        )}
        {(step.at === "ready" || step.at === "restoring") && <CountsTable counts={step.summary.counts} />}
        {step.at === "ready" && (
          <>
            <Alert color="orange">{t("sandaran.restorePanel.warning")}</Alert>
            <Group>
              <Button
                color="red"
                onClick={() => void restore(step.chosen, step.summary, step.key)}
                data-testid="restore-confirm"
              >
                {t("sandaran.restorePanel.confirm")}
              </Button>
              <Button variant="default" onClick={() => (onCancel ? onCancel() : setStep({ at: "pick" }))}>
                {t("sandaran.restorePanel.cancel")}
              </Button>
            </Group>
          </>
        )}
        {step.at === "restoring" && (
          <>
            <Text size="sm">{t("sandaran.restorePanel.restoring")}</Text>
            <BackupProgress progress={progress} />
          </>
        )}
        {step.at === "done" && (
          <Alert color="green" data-testid="restore-done">
            {t("sandaran.restorePanel.done")}
          </Alert>
        )}
        {error && (
          <Alert color="red" data-testid="restore-error">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function openedStep(initial: ChosenBackup | undefined): Step | null {
  if (!initial) return null;
  try {
    return { at: "opened", chosen: initial, header: inspectHeader(initial.file) };
  } catch {
    return null;
  }
}

function HeaderTable({ fileName, header }: { fileName: string; header: EnvelopeHeader }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t("sandaran.restorePanel.file"), fileName],
    [t("sandaran.restorePanel.office"), header.office.name],
    [t("sandaran.restorePanel.made"), formatDateTime(header.createdAt)],
    [t("sandaran.restorePanel.appVersion"), header.appVersion],
  ];
  return (
    <Table withRowBorders={false} fz="sm" data-testid="restore-header">
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Td w={200}>{k}</Table.Td>
            <Table.Td>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CountsTable({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const entries = Object.entries(counts);
  const total = entries.reduce((n, [, c]) => n + c, 0);
  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        {t("sandaran.restorePanel.records")}
      </Text>
      <Table striped fz="sm" w={420} data-testid="restore-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("sandaran.restorePanel.table")}</Table.Th>
            <Table.Th ta="right">{t("sandaran.restorePanel.count")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(([name, n]) => (
            <Table.Tr key={name} data-table={name}>
              <Table.Td>{t(`sandaran.tables.${name}`, { defaultValue: name })}</Table.Td>
              <Table.Td ta="right">{n.toLocaleString("ms-MY")}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={700}>{t("sandaran.restorePanel.total")}</Table.Td>
            <Table.Td ta="right" fw={700}>
              {total.toLocaleString("ms-MY")}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </div>
  );
}
