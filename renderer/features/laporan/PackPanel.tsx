// Why: Laporan bulanan kepada PKMD: every monthly document of one site and month made at once, saved together in a folder, and one email draft.
import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconCheck, IconFolderDown, IconMail } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { slug } from "../../../shared/reports/frame/text";
import { notifyError, notifySaved } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { useActor } from "../../app/session";
import { AppError } from "../../db/errors";
import { db } from "../../db/instance";
import { canRelease } from "../../../shared/domain/access";
import { SulitLocked } from "../peranan/SulitLocked";
import { reportContext } from "./context";
import { attachmentsOf, emailDraft, make, saveFolder, type DocumentMeta, type MadeFile } from "./deliver";
import { packDocuments } from "./documents";
import type { ChoiceSite } from "./documents/types";
import type { Progress } from "./generate/generate";
import { emailText, periodSlugOf, type MailedDocument } from "./mail";
import { formatBytes } from "../../app/format";
import { useMonthName } from "./month-name";
import { ProgressLine } from "./ProgressLine";
import { SettingsMissing, missingFrom } from "./SettingsMissing";
import { SendPackSection } from "../ppr/meja/pek/SendPackSection";
import { can } from "../../../shared/domain/roles";

type Props = { site: ChoiceSite; year: number; month: number; today: string };
type Pack = { folderName: string; files: MadeFile[]; documents: MailedDocument[] };

export function PackPanel({ site, year, month, today }: Props) {
  const { t, i18n } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const monthName = useMonthName();
  const [busy, setBusy] = useState<"make" | "folder" | "email" | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [pack, setPack] = useState<Pack | null>(null);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [emailed, setEmailed] = useState<string | null>(null);
  const choice = { sites: [site], year, month, itemId: null };
  const sulit = packDocuments.some((d) => d.sulit);
  const meta: DocumentMeta = {
    document: "laporan-bulanan",
    sulit,
    sites: [site.id],
    period: periodSlugOf(choice),
  };
  const to = office.report?.pkmdEmail ?? "";

  const makePack = async () => {
    setBusy("make");
    setPack(null);
    setSaved(null);
    setEmailed(null);
    setMissing(null);
    try {
      const context = await reportContext(db, office, actor);
      const models = await Promise.all(
        packDocuments.map((d) =>
          d.build({ db, actor, office, context, choice, today, t: i18n.getFixedT(office.language) }),
        ),
      );
      const jobs = packDocuments.flatMap((d, i) => d.jobs(models[i]));
      const files = await make(jobs, setProgress);
      setPack({
        folderName: `laporan-bulanan_${slug(site.name)}_${periodSlugOf(choice)}`,
        files,
        documents: packDocuments.map((d) => ({
          name: t(d.labelKey, { lng: office.language }),
          sulit: d.sulit,
        })),
      });
    } catch (e) {
      const m = missingFrom(e);
      if (m) setMissing(m);
      else notifyError(t, e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  const toFolder = async () => {
    if (!pack) return;
    setBusy("folder");
    try {
      const r = await saveFolder(actor, meta, pack.folderName, pack.files);
      if (r.status === "saved") {
        setSaved(r.fileName);
        notifySaved(t, t("laporan.pack.saved", { folder: r.fileName }));
      }
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
    }
  };
  const toEmail = async () => {
    if (!pack) return;
    setBusy("email");
    try {
      if (!to) throw new AppError("e.pkmdEmailMissing");
      const mail = emailText(t, office, actor.name, pack.documents, choice);
      const r = await emailDraft(actor, meta, { to: [to], ...mail }, pack.files);
      if (r.status === "saved") {
        setEmailed(r.fileName);
        notifySaved(t, t("laporan.email.made", { file: r.fileName }));
      }
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
    }
  };

  const total = pack ? attachmentsOf(pack.files).bytes : 0;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t("laporan.pack.name")}</Title>
          <Text size="sm">
            {t("laporan.pack.intro", { site: site.name, period: `${monthName(month)} ${year}` })}
          </Text>
          <List size="sm">
            {packDocuments.map((d) => (
              <List.Item key={d.code}>{t(d.labelKey)}</List.Item>
            ))}
          </List>
          {missing && <SettingsMissing settings={missing} />}
          {!canRelease(actor, sulit) && <SulitLocked />}
          <Group display={canRelease(actor, sulit) ? undefined : "none"}>
            <Button onClick={() => void makePack()} loading={busy === "make"} disabled={busy !== null}>
              {t("laporan.pack.make")}
            </Button>
          </Group>
          <ProgressLine progress={progress} />
          {pack && (
            <Stack gap="xs" data-testid="pack-ready">
              <Table withTableBorder fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("laporan.pack.file")}</Table.Th>
                    <Table.Th ta="right">{t("laporan.pack.size")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pack.files.map((f) => (
                    <Table.Tr key={f.fileName}>
                      <Table.Td ff="monospace">{f.fileName}</Table.Td>
                      <Table.Td ta="right">{formatBytes(f.data.byteLength)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700}>
                    <Table.Td>{t("laporan.pack.total")}</Table.Td>
                    <Table.Td ta="right" data-testid="pack-total">
                      {formatBytes(total)}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Group>
                <Button
                  variant="default"
                  leftSection={saved ? <IconCheck size={16} /> : <IconFolderDown size={16} />}
                  onClick={() => void toFolder()}
                  loading={busy === "folder"}
                  disabled={busy !== null}
                >
                  {t("laporan.pack.toFolder")}
                </Button>
                <Button
                  variant="default"
                  leftSection={emailed ? <IconCheck size={16} /> : <IconMail size={16} />}
                  onClick={() => void toEmail()}
                  loading={busy === "email"}
                  disabled={busy !== null}
                >
                  {t("laporan.pack.toEmail", { size: formatBytes(total) })}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {to ? t("laporan.pack.emailTo", { to }) : t("e.pkmdEmailMissing")}
              </Text>
              {saved && (
                <Alert color="green" data-testid="pack-saved">
                  {t("laporan.pack.saved", { folder: saved })}
                </Alert>
              )}
            </Stack>
          )}
        </Stack>
      </Paper>
      {can(actor.role, "records.write") && canRelease(actor, sulit) && (
        <SendPackSection site={site} year={year} month={month} today={today} />
      )}
    </Stack>
  );
}
