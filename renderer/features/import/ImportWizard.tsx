// Why: the shared import screen: pick file and sheet -> map columns -> check (preview, every bad row, the errors
// workbook) -> import all or nothing with progress -> summary. The kind brings the fields, context and commit.
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconDownload, IconFileUpload } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { checkRows, type Checked } from "../../../shared/import/check";
import { errorsWorkbook } from "../../../shared/import/errors-workbook";
import {
  mappingSignature,
  rememberedMapping,
  suggestMapping,
  type ColumnMapping,
} from "../../../shared/import/mapping";
import { readBook } from "../../../shared/import/read";
import type { Book } from "../../../shared/import/sheet";
import { findTable, type SheetTable } from "../../../shared/import/table";
import { notifyError } from "../../app/messages";
import { useActor } from "../../app/session";
import { db } from "../../db/instance";
import { host } from "../../host";
import { CheckStep } from "./CheckStep";
import { importErrorText, issueText } from "./errors";
import type { ImportKind, Option, RowNote, SummaryLine } from "./kind";
import { canCheck, MapStep } from "./MapStep";
import { rememberColumns, rememberedColumns } from "./mappings";

const PREVIEW_ROWS = 10;
const pause = () => new Promise<void>((r) => setTimeout(r, 0));

type Progress = { label: string; part: number };

export function ImportWizard<R, Ctx>({ kind }: { kind: ImportKind<R, Ctx> }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const fields = kind.spec.fields;
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState<Progress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; book: Book } | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [table, setTable] = useState<SheetTable | null>(null);
  const [columns, setColumns] = useState<ColumnMapping>([]);
  const [remembered, setRemembered] = useState(false);
  const [defaults, setDefaults] = useState<Record<string, string | null>>(kind.initialDefaults);
  const [options, setOptions] = useState<Record<string, Option[]>>({});
  const [tried, setTried] = useState(false);
  const [checked, setChecked] = useState<Checked<R> | null>(null);
  const [preview, setPreview] = useState<{ headers: string[]; cells: string[][] } | null>(null);
  const [summary, setSummary] = useState<SummaryLine[] | null>(null);
  const [notes, setNotes] = useState<RowNote[]>([]);
  const fileError = (e: unknown) => importErrorText(t, e, kind.fileErrorKeys);

  useEffect(() => {
    kind.defaultOptions().then(setOptions, (e) => notifyError(t, e));
  }, [kind, t]);

  const openSheet = async (book: Book, name: string) => {
    setSheet(name);
    setTable(null);
    setProblem(null);
    try {
      const found = findTable(
        book.sheets.find((s) => s.name === name)!,
        fields,
      );
      const stored = await rememberedColumns(db, mappingSignature(kind.spec.kind, found.headers));
      const again = stored ? rememberedMapping(stored.columns, found.headers, fields) : null;
      setRemembered(!!again);
      setColumns(again ?? suggestMapping(found.headers, fields));
      setTable(found);
    } catch (e) {
      setProblem(fileError(e));
    }
  };

  const pick = async () => {
    setProblem(null);
    try {
      const opened = await host.openFile({
        filters: [kind.accept ?? { name: "Excel / CSV", extensions: ["xlsx", "csv"] }],
      });
      if (opened.status !== "opened") return;
      setBusy({ label: t("imp.reading"), part: 0 });
      setFile(null);
      setTable(null);
      const book = await (kind.read ?? readBook)(opened.data, opened.fileName);
      setFile({ name: opened.fileName, book });
      // The first sheet that holds a table (an office's workbook often opens with a notes sheet).
      const first =
        book.sheets.find((s) => {
          try {
            findTable(s, fields);
            return true;
          } catch {
            return false;
          }
        }) ?? book.sheets[0]!;
      await openSheet(book, first.name);
    } catch (e) {
      setProblem(fileError(e));
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    setTried(true);
    if (!table || !canCheck(columns, fields, defaults)) return;
    setStep(2);
    setChecked(null);
    setPreview(null);
    try {
      await rememberColumns(db, actor, mappingSignature(kind.spec.kind, table.headers), columns);
      const ctx = await kind.context(defaults);
      const result = await checkRows(table, columns, kind.spec, ctx, {
        pause,
        onProgress: (n, total) => setBusy({ label: t("imp.checking", { n, total }), part: n / total }),
      });
      setPreview(
        await kind.preview(
          result.valid.slice(0, PREVIEW_ROWS).map((v) => v.value),
          ctx,
        ),
      );
      setNotes(kind.notes?.(result.valid) ?? []);
      setChecked(result);
    } catch (e) {
      notifyError(t, e);
      setStep(1);
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    if (!table || !checked) return;
    try {
      const bytes = await errorsWorkbook(table, checked.badRows, checked.issues, (i) =>
        issueText(t, fields, i),
      );
      const base = (file?.name ?? "import").replace(/\.[^.]+$/, "");
      await host.saveFile({
        suggestedName: `${base}-${t("imp.errorsFile")}.xlsx`,
        data: bytes,
        filters: [{ name: "Excel", extensions: ["xlsx"] }],
      });
    } catch (e) {
      notifyError(t, e);
    }
  };

  const commit = async () => {
    if (!checked?.valid.length) return;
    setBusy({ label: t("imp.importing"), part: 0.05 });
    try {
      const lines = await kind.commit(
        checked.valid.map((v) => v.value),
        (key, part) => setBusy({ label: t(key), part }),
      );
      setSummary(lines);
      setStep(3);
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
    }
  };

  const restart = () => {
    setStep(0);
    setFile(null);
    setTable(null);
    setChecked(null);
    setSummary(null);
    setTried(false);
  };

  return (
    <Stack maw={1200}>
      <Title order={3}>{t(kind.titleKey)}</Title>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t("imp.stepFile")} />
        <Stepper.Step label={t("imp.stepMap")} />
        <Stepper.Step label={t("imp.stepCheck")} />
        <Stepper.Step label={t("imp.stepDone")} />
      </Stepper>
      {step === 0 && (
        <Paper withBorder p="md">
          <Stack>
            <Text size="sm">{t(kind.introKey ?? "imp.intro")}</Text>
            <Group>
              <Button leftSection={<IconFileUpload size={16} />} onClick={() => void pick()} loading={!!busy}>
                {t(kind.pickKey ?? "imp.pickFile")}
              </Button>
              {file && <Text size="sm">{t("imp.file", { name: file.name })}</Text>}
            </Group>
            {file && file.book.sheets.length > 1 && (
              <Select
                label={t("imp.sheet")}
                w={320}
                data={file.book.sheets.map((s) => s.name)}
                value={sheet}
                allowDeselect={false}
                onChange={(v) => v && void openSheet(file.book, v)}
              />
            )}
            {table && (
              <Text size="sm" data-testid="import-table">
                {t("imp.tableFound", { row: table.headerRowNo, rows: table.rows.length })}{" "}
                {table.blankRows > 0 && t("imp.blankSkipped", { n: table.blankRows })}{" "}
                {table.totalsRowNo !== null && t("imp.totalsSkipped", { row: table.totalsRowNo })}
              </Text>
            )}
            {problem && (
              <Alert color="red" data-testid="import-problem">
                {problem}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button disabled={!table} onClick={() => setStep(1)}>
                {t("imp.next")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {step === 1 && table && (
        <>
          <MapStep
            table={table}
            fields={fields}
            columns={columns}
            onColumns={setColumns}
            defaults={defaults}
            onDefaults={setDefaults}
            options={options}
            remembered={remembered}
            tried={tried}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(0)}>
              {t("imp.back")}
            </Button>
            <Button onClick={() => void check()}>{t("imp.check")}</Button>
          </Group>
        </>
      )}
      {step === 2 && checked && (
        <>
          <CheckStep
            fields={fields}
            validCount={checked.valid.length}
            badCount={checked.badRows.length}
            issues={checked.issues}
            preview={preview}
            notes={notes}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(1)} disabled={!!busy}>
              {t("imp.back")}
            </Button>
            <Group>
              {checked.badRows.length > 0 && (
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  onClick={() => void download()}
                >
                  {t("imp.download")}
                </Button>
              )}
              <Button
                onClick={() => void commit()}
                disabled={!checked.valid.length}
                loading={!!busy}
                data-testid="import-commit"
              >
                {t("imp.import", { n: checked.valid.length })}
              </Button>
            </Group>
          </Group>
        </>
      )}
      {busy && (
        <Stack gap={2} data-testid="import-progress">
          <Text size="xs" c="dimmed">
            {busy.label}
          </Text>
          <Progress value={Math.max(5, busy.part * 100)} animated size="sm" />
        </Stack>
      )}
      {step === 3 && summary && (
        <Paper withBorder p="md" data-testid="import-summary">
          <Title order={4} mb="sm">
            {t("imp.doneTitle")}
          </Title>
          <Table w="fit-content">
            <Table.Tbody>
              {summary.map((l) => (
                <Table.Tr key={l.key} data-testid={`import-sum-${l.key}`}>
                  <Table.Td>{t(l.labelKey)}</Table.Td>
                  <Table.Td fw={700} ta="right">
                    {l.value}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group mt="md">
            <Anchor component={Link} to={kind.doneLink.to}>
              {t(kind.doneLink.labelKey)}
            </Anchor>
            <Button variant="default" onClick={restart}>
              {t("imp.again")}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
