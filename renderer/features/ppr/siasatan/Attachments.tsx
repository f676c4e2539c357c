// Why: supporting documents (MyKad copy, payslip, medical letter) kept with the investigation; photos are shrunk before saving.
import {
  ActionIcon,
  Alert,
  Button,
  FileInput,
  Group,
  Image,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconDownload, IconEye, IconPaperclip, IconTrash, IconUpload } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { canRelease, canSeeSite } from "../../../../shared/domain/access";
import { can } from "../../../../shared/domain/roles";
import type { AttachmentRecord, InvestigationRecord } from "../../../db/app-db";
import { AppError } from "../../../db/errors";
import { db } from "../../../db/instance";
import {
  attachmentMimes,
  attachmentsRepo,
  MAX_ATTACHMENT_BYTES,
} from "../../../db/repositories/investigations";
import { host } from "../../../host";
import { downloadAttachment } from "../../../db/attachment-download";
import { SulitLocked } from "../../peranan/SulitLocked";
import { formatDateTime } from "../../../app/format";
import { notifyError, notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { downscaleImage } from "../../../app/images";
import { formatBytes } from "../../../app/format";
import { jpegName } from "../../../../shared/domain/images";
import { nameOf, userNames } from "./labels";

export const attachmentKinds = ["mykad", "gaji", "perubatan", "lain"] as const;
const accept = attachmentMimes.join(",");

/** A name the save dialog accepts: no folders or reserved characters. */
function safeFileName(name: string): string {
  // Control characters are exactly what this keeps out of file names.
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
  return (cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : "lampiran").slice(0, 200);
}

/** What is stored for a chosen file: images re-encoded as JPEG, PDFs as they are (within the size limit). */
async function prepare(file: File): Promise<{ name: string; mime: string; data: Blob }> {
  const max = formatBytes(MAX_ATTACHMENT_BYTES);
  if (file.type === "application/pdf") {
    if (file.size > MAX_ATTACHMENT_BYTES)
      throw new AppError("siasatan.attach.pdfTooLarge", { size: formatBytes(file.size), max });
    return { name: safeFileName(file.name), mime: file.type, data: file };
  }
  if (file.type === "image/jpeg" || file.type === "image/png") {
    const data = await downscaleImage(file);
    if (data.size > MAX_ATTACHMENT_BYTES)
      throw new AppError("siasatan.attach.imageTooLarge", { size: formatBytes(data.size), max });
    return { name: safeFileName(jpegName(file.name)), mime: "image/jpeg", data };
  }
  throw new AppError("siasatan.attach.badType");
}

export function Attachments({ inv }: { inv: InvestigationRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [kind, setKind] = useState<string | null>("mykad");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [viewing, setViewing] = useState<AttachmentRecord | null>(null);
  const live = useLive(async () => {
    const rows = await db.attachments
      .where("ownerId")
      .equals(inv.id)
      .filter((a) => !a.deletedAt && a.ownerTable === "investigations" && canSeeSite(actor, a.siteId))
      .toArray();
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return {
      rows,
      names: await userNames(
        db,
        rows.map((r) => r.createdBy),
      ),
    };
  }, [actor, inv.id]);
  const canAdd = can(actor.role, "records.write") && inv.status !== "diputuskan";
  // What was sent to the PKMD stays with the investigation: removing is for drafts only.
  const canRemove = can(actor.role, "records.write") && inv.status === "draf";
  const mayDownload = canRelease(actor, true);

  const add = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const ready = await prepare(file);
      await attachmentsRepo(db).create(actor, {
        ownerTable: "investigations",
        ownerId: inv.id,
        siteId: inv.siteId,
        name: ready.name,
        label: kind ?? "lain",
        mime: ready.mime,
        size: ready.data.size,
        data: ready.data,
      });
      notifySaved(t, t("siasatan.attach.added", { name: ready.name }));
      setFile(null);
    } catch (e) {
      if (e instanceof AppError && e.key.startsWith("siasatan.attach.")) setProblem(t(e.key, e.params));
      else notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };

  const download = async (a: AttachmentRecord) => {
    try {
      await downloadAttachment(db, actor, a.id, (name, data) =>
        host.saveFile({ suggestedName: safeFileName(name), data }),
      );
    } catch (e) {
      notifyError(t, e);
    }
  };

  const remove = (a: AttachmentRecord) =>
    softDeleteWithUndo({
      t,
      name: a.name,
      remove: () => attachmentsRepo(db).softDelete(actor, a.id, a.rev),
      restore: () => attachmentsRepo(db).restore(actor, a.id),
    });

  const kindLabel = (label: string) =>
    (attachmentKinds as readonly string[]).includes(label) ? t(`siasatan.attach.kinds.${label}`) : label;

  return (
    <Paper withBorder p="md" data-testid="attachments">
      <Stack gap="sm">
        <Title order={5}>{t("siasatan.attach.title")}</Title>
        {!mayDownload && <SulitLocked />}
        {live.loading ? null : live.error ? (
          <Text c="red">{t("e.unexpected")}</Text>
        ) : live.data.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("siasatan.attach.none")}
          </Text>
        ) : (
          <Table withTableBorder striped data-testid="attachments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("siasatan.attach.label")}</Table.Th>
                <Table.Th>{t("siasatan.attach.file")}</Table.Th>
                <Table.Th>{t("siasatan.attach.size")}</Table.Th>
                <Table.Th>{t("siasatan.attach.addedBy")}</Table.Th>
                <Table.Th w={120} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {live.data.rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{kindLabel(a.label)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <IconPaperclip size={14} />
                      <Text size="sm">{a.name}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatBytes(a.size)}</Table.Td>
                  <Table.Td>
                    {nameOf(t, live.data.names, a.createdBy)}, {formatDateTime(a.createdAt)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {a.mime.startsWith("image/") && (
                        <Tooltip label={t("siasatan.attach.view")}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t("siasatan.attach.view")}: ${a.name}`}
                            onClick={() => setViewing(a)}
                          >
                            <IconEye size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {mayDownload && (
                        <Tooltip label={t("siasatan.attach.save")}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t("siasatan.attach.save")}: ${a.name}`}
                            onClick={() => void download(a)}
                          >
                            <IconDownload size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {canRemove && (
                        <Tooltip label={t("common.delete")}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`${t("common.delete")}: ${a.name}`}
                            onClick={() => void remove(a)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canAdd ? (
          <Stack gap="xs">
            <Group align="flex-end" wrap="wrap">
              <Select
                label={t("siasatan.attach.label")}
                allowDeselect={false}
                w={220}
                data={attachmentKinds.map((k) => ({ value: k, label: t(`siasatan.attach.kinds.${k}`) }))}
                value={kind}
                onChange={setKind}
              />
              <FileInput
                label={t("siasatan.attach.file")}
                placeholder={t("siasatan.attach.choose")}
                accept={accept}
                w={320}
                clearable
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setProblem(null);
                }}
                data-testid="attachment-file"
              />
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={!file}
                loading={busy}
                onClick={() => void add()}
              >
                {t("siasatan.attach.add")}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t("siasatan.attach.hint", { max: formatBytes(MAX_ATTACHMENT_BYTES) })}
            </Text>
            {inv.status === "dihantar" && (
              <Text size="xs" c="dimmed" data-testid="attachments-sent">
                {t("siasatan.attach.sent")}
              </Text>
            )}
            {problem && (
              <Alert color="red" data-testid="attachment-problem">
                {problem}
              </Alert>
            )}
          </Stack>
        ) : (
          inv.status === "diputuskan" && (
            <Text size="xs" c="dimmed">
              {t("siasatan.attach.locked")}
            </Text>
          )
        )}
      </Stack>
      {viewing && <Preview attachment={viewing} onClose={() => setViewing(null)} />}
    </Paper>
  );
}

/** An image shown from its stored blob through a temporary object URL, released on close. */
function Preview({ attachment, onClose }: { attachment: AttachmentRecord; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(attachment.data);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [attachment]);
  return (
    <Modal opened onClose={onClose} title={attachment.name} size="xl">
      {url && <Image src={url} alt={attachment.name} fit="contain" mah="75vh" />}
    </Modal>
  );
}
