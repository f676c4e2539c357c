// Why: one chosen document: its preview (the same model the files hold) and the ways it leaves the app, each with progress and a clear message.
import { Alert, Button, Group, Loader, Stack, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import {
  IconFileSpreadsheet,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconInfoCircle,
  IconMail,
  IconPrinter,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage, notifyError, notifySaved } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { useActor } from "../../app/session";
import { usePrintView } from "../../app/use-print-view";
import { useLive } from "../../app/use-live";
import { AppError } from "../../db/errors";
import { db } from "../../db/instance";
import { canRelease } from "../../../shared/domain/access";
import { SulitLocked } from "../peranan/SulitLocked";
import { reportContext } from "./context";
import { attachmentsOf, emailDraft, make, pdfView, printView, saveOne, type DocumentMeta } from "./deliver";
import type { AnyDocDef, Choice } from "./documents/types";
import type { Progress } from "./generate/generate";
import { emailText, periodSlugOf } from "./mail";
import { formatBytes } from "../../app/format";
import { PrintView } from "./PrintView";
import { ProgressLine } from "./ProgressLine";
import { SettingsMissing, missingFrom } from "./SettingsMissing";

type Props = {
  def: AnyDocDef;
  choice: Choice;
  today: string;
  /** A document kept as it was made (a monthly pack's): shown and saved as it is, never made again. */
  kept?: unknown;
};

export function DocumentPanel({ def, choice, today, kept }: Props) {
  const { t, i18n } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const docT = i18n.getFixedT(office.language);
  const siteKey = choice.sites.map((s) => s.id).join(",");
  const build = async () =>
    kept ??
    def.build({ db, actor, office, context: await reportContext(db, office, actor), choice, today, t: docT });
  const built = useLive(build, [
    def.code,
    siteKey,
    choice.year,
    choice.month,
    choice.itemId,
    // A document's own choices (the directory's kinds, paper) make another model.
    def.Options ? JSON.stringify(choice.options ?? {}) : "",
    office,
    actor,
    today,
    kept,
  ]);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const paper = usePrintView();
  const printing = paper.printing;

  // A preview still showing the previous choice's model would sit beside buttons that save the new one: wait for it.
  if (built.loading || (built.error === null && built.stale)) return <Loader size="sm" />;
  if (built.error) {
    const missing = missingFrom(built.error);
    if (missing) return <SettingsMissing settings={missing} />;
    return (
      <Alert color="red" title={t("e.title")}>
        {/* A known refusal in its words; anything else is logged for whoever looks after the PC. */}
        {errorMessage(t, built.error)}
      </Alert>
    );
  }
  const model = built.data;
  const jobs = def.jobs(model);
  const frame = def.frame(model);
  const sulit = def.sulit || frame.classification === "SULIT";
  const meta: DocumentMeta = {
    document: def.code,
    sulit,
    sites: choice.sites.map((s) => s.id),
    period: periodSlugOf(choice),
    ...(choice.itemId ? { item: choice.itemId } : {}),
  };
  const pdfName = jobs[0]!.fileName.replace(/\.(xlsx|docx)$/, ".pdf");

  /** Runs one action with a fresh model (a new stamp), the buttons held and failures said. */
  const run = async (key: string, action: (fresh: unknown) => Promise<void>) => {
    setBusy(key);
    try {
      await action(await build());
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  const save = (index: number) =>
    run(`save-${index}`, async (fresh) => {
      const job = def.jobs(fresh)[index]!;
      const [file] = await make([job], setProgress);
      const result = await saveOne(actor, meta, file!);
      if (result.status === "saved") notifySaved(t, t("laporan.saved", { file: result.fileName }));
    });
  /** Draws the print view, waits for it to be painted, then hands it to the host. */
  const onPaper = (key: string, action: () => Promise<void>) => run(key, () => paper.onPaper(action));
  const email = () =>
    run("email", async (fresh) => {
      const to = office.report?.pkmdEmail ?? "";
      if (!to) throw new AppError("e.pkmdEmailMissing");
      const files = await make(def.jobs(fresh), setProgress);
      const { bytes } = attachmentsOf(files);
      const mail = emailText(
        t,
        office,
        actor.name,
        [{ name: t(def.labelKey, { lng: office.language }), sulit: def.sulit }],
        choice,
      );
      const confirmed = await new Promise<boolean>((resolve) =>
        modals.openConfirmModal({
          title: t("laporan.email.confirmTitle"),
          children: (
            <Stack gap={4} data-testid="email-confirm">
              <Text size="sm">{t("laporan.email.to", { to })}</Text>
              <Text size="sm">{t("laporan.email.subject", { subject: mail.subject })}</Text>
              <Text size="sm" fw={700} data-testid="email-size">
                {t("laporan.email.size", { n: files.length, size: formatBytes(bytes) })}
              </Text>
              {files.map((f) => (
                <Text key={f.fileName} size="xs" c="dimmed">
                  {f.fileName} ({formatBytes(f.data.byteLength)})
                </Text>
              ))}
            </Stack>
          ),
          labels: { confirm: t("laporan.email.create"), cancel: t("common.cancel") },
          onConfirm: () => resolve(true),
          onCancel: () => resolve(false),
          onClose: () => resolve(false),
        }),
      );
      if (!confirmed) return;
      const result = await emailDraft(actor, meta, { to: [to], ...mail }, files);
      if (result.status === "saved") notifySaved(t, t("laporan.email.made", { file: result.fileName }));
    });

  const Preview = def.Preview;
  const held = busy !== null;
  return (
    <Stack gap="sm">
      {!canRelease(actor, sulit) && <SulitLocked />}
      <Group gap="xs" className="no-print" display={canRelease(actor, sulit) ? undefined : "none"}>
        {jobs.map((job, i) => {
          const excel = job.fileName.endsWith(".xlsx");
          return (
            <Button
              key={job.fileName}
              variant="default"
              leftSection={excel ? <IconFileSpreadsheet size={16} /> : <IconFileTypeDocx size={16} />}
              loading={busy === `save-${i}`}
              disabled={held}
              onClick={() => void save(i)}
            >
              {t(excel ? "laporan.saveExcel" : "laporan.saveWord")}
            </Button>
          );
        })}
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          loading={busy === "print"}
          disabled={held}
          onClick={() => void onPaper("print", () => printView(actor, meta, pdfName))}
        >
          {t("laporan.print")}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
          loading={busy === "pdf"}
          disabled={held}
          onClick={() =>
            void onPaper("pdf", async () => {
              const r = await pdfView(actor, meta, pdfName, def.orientation === "landscape");
              if (r.status === "saved") notifySaved(t, t("laporan.saved", { file: r.fileName }));
            })
          }
        >
          {t("laporan.pdf")}
        </Button>
        <Button
          variant="default"
          leftSection={<IconMail size={16} />}
          loading={busy === "email"}
          disabled={held}
          onClick={() => void email()}
        >
          {t("laporan.email.button")}
        </Button>
      </Group>
      <ProgressLine progress={progress} />
      {def.isEmpty(model) && (
        <Alert color="yellow" icon={<IconInfoCircle size={16} />} data-testid={`${def.code}-empty`}>
          {t(`${def.labelKey.replace(/\.name$/, "")}.empty`)}
        </Alert>
      )}
      <Preview model={model} choice={choice} />
      {printing && (
        <PrintView frame={frame} orientation={def.orientation} margins={def.margins}>
          <Preview model={model} choice={choice} print />
        </PrintView>
      )}
    </Stack>
  );
}
