// Why: "save whatever can still be read": reads each table that still reads (row by row past damage), seals it as a
// backup file with the passphrase given here, hands it to the host's save dialog and says what it holds, table by table.
import { Alert, Button, Group, Paper, PasswordInput, Table, Text, Title } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DB_NAME } from "../../db/app-db";
import { salvageDatabase } from "../../db/salvage";
import { host } from "../../host";
import { errorMessage } from "../../app/messages";
import { BACKUP_EXTENSION } from "../../../shared/backup/names";
import { runJob } from "../../backup/client";
import { MIN_PASSPHRASE } from "../sandaran/PassphraseForm";
import { salvageBackupFile, salvageFileName, type SalvageSummary } from "./salvage-file";

type State =
  | { step: "idle" }
  | { step: "reading"; done: number; total: number }
  | { step: "saved"; fileName: string; summary: SalvageSummary }
  | { step: "nothing" }
  | { step: "failed"; message: string };

/** As long as an office passphrase must be, typed the same twice: the file cannot be opened without it. */
function passphraseProblem(p: string, again: string): "short" | "differ" | null {
  if (p.length < MIN_PASSPHRASE) return "short";
  return p === again ? null : "differ";
}

export function SalvagePanel() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: "idle" });
  const [passphrase, setPassphrase] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const run = async () => {
    const p = passphraseProblem(passphrase, again);
    setProblem(p);
    if (p) return;
    setState({ step: "reading", done: 0, total: 0 });
    try {
      // A database that cannot be opened at all has nothing to give (the reason is in the technical details).
      const salvage = await salvageDatabase(DB_NAME, (done, total) =>
        setState({ step: "reading", done, total }),
      ).catch(() => null);
      if (!salvage || salvage.tables.every((tb) => tb.rows.length === 0))
        return setState({ step: "nothing" });
      const info = await host.appInfo();
      const now = new Date();
      const key = await runJob("deriveKey", { passphrase });
      const { bytes, summary } = await salvageBackupFile(salvage, key, {
        appVersion: info.version,
        savedAt: now,
      });
      const r = await host.saveFile({
        suggestedName: salvageFileName(now),
        data: bytes,
        filters: [{ name: t("pemulihan.salvageFilter"), extensions: [BACKUP_EXTENSION] }],
      });
      if (r.status === "canceled") return setState({ step: "idle" });
      setState({ step: "saved", fileName: r.fileName, summary: summary.filter((s) => s.rows + s.lost > 0) });
    } catch (e) {
      setState({ step: "failed", message: errorMessage(t, e) });
    }
  };
  return (
    <Paper withBorder p="lg">
      <Title order={4}>{t("pemulihan.salvageTitle")}</Title>
      <Text size="sm" mt={4} mb="sm">
        {t("pemulihan.salvageText")}
      </Text>
      <Group align="flex-start" grow>
        <PasswordInput
          label={t("pemulihan.passphrase")}
          description={t("pemulihan.salvagePassphraseHint")}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={problem === "short" ? t("pemulihan.passphraseShort") : undefined}
        />
        <PasswordInput
          label={t("pemulihan.passphraseAgain")}
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          error={problem === "differ" ? t("pemulihan.passphraseDiffer") : undefined}
        />
      </Group>
      <Button
        mt="sm"
        leftSection={<IconDeviceFloppy size={16} />}
        onClick={() => void run()}
        loading={state.step === "reading"}
      >
        {t("pemulihan.salvageButton")}
      </Button>
      {state.step === "reading" && state.total > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t("pemulihan.salvageProgress", { done: state.done, total: state.total })}
        </Text>
      )}
      {state.step === "nothing" && (
        <Alert color="red" mt="sm" data-testid="salvage-nothing">
          {t("pemulihan.salvageNothing")}
        </Alert>
      )}
      {state.step === "failed" && (
        <Alert color="red" mt="sm">
          {state.message}
        </Alert>
      )}
      {state.step === "saved" && (
        <Alert
          color="green"
          mt="sm"
          data-testid="salvage-saved"
          title={t("pemulihan.salvageSaved", { file: state.fileName })}
        >
          <Table fz="sm" withRowBorders={false} mt="xs">
            <Table.Tbody>
              {state.summary.map((s) => (
                <Table.Tr key={s.table}>
                  <Table.Td>
                    {t(`table.${s.table}`, {
                      defaultValue: t(`pemulihan.table.${s.table}`, { defaultValue: s.table }),
                    })}
                  </Table.Td>
                  <Table.Td>{t("pemulihan.rowsRead", { count: s.rows })}</Table.Td>
                  <Table.Td c={s.lost + s.lostFiles ? "red" : undefined}>
                    {s.lost ? t("pemulihan.rowsLost", { count: s.lost }) : ""}
                    {s.lostFiles ? ` ${t("pemulihan.filesLost", { count: s.lostFiles })}` : ""}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
    </Paper>
  );
}
