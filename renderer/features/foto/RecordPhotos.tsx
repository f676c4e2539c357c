// Why: the photos documenting a record (a programme, a PKH report...): attached from the PC, shrunk before saving, shown
// as thumbnails with captions, removed softly.
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  Image,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconPhotoPlus, IconTrash } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PHOTO_MAX_INPUT_BYTES, PHOTO_MAX_SIDE } from "../../../shared/domain/community";
import { can } from "../../../shared/domain/roles";
import type { PhotoRecord } from "../../db/app-db";
import { ValidationError } from "../../db/errors";
import { db } from "../../db/instance";
import { photosRepo } from "../../db/repositories/community";
import { errorMessage, notifyError, notifySaved, tKey } from "../../app/messages";
import { useActor } from "../../app/session";
import { softDeleteWithUndo } from "../../app/soft-delete";
import { useLive } from "../../app/use-live";
import { formatBytes } from "../../app/format";
import { addPhoto, ownerPhotos, preparePhoto, type PhotoOwner } from "./photos";

type Problem = { name: string; message: string };

export function RecordPhotos({ owner }: { owner: PhotoOwner }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [viewing, setViewing] = useState<PhotoRecord | null>(null);
  const live = useLive(() => ownerPhotos(db, owner.table, owner.id), [owner.table, owner.id]);
  const canWrite = can(actor.role, "records.write");

  const attach = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setProblems([]);
    const failed: Problem[] = [];
    let added = 0;
    // One photo at a time: each is shrunk and saved on its own, so a bad file never leaves a half-saved one.
    for (const file of files) {
      try {
        const photo = await preparePhoto(file);
        await addPhoto(db, actor, owner, photo, "");
        added += 1;
      } catch (e) {
        const message =
          e instanceof ValidationError
            ? (tKey(t, Object.values(e.fields)[0]) ?? errorMessage(t, e))
            : errorMessage(t, e);
        failed.push({ name: file.name, message });
      }
    }
    setProblems(failed);
    setBusy(false);
    if (added > 0) notifySaved(t, t("program.photos.added", { count: added }));
  };

  const remove = (p: PhotoRecord) =>
    softDeleteWithUndo({
      t,
      name: p.caption,
      notice: t("program.photos.removed"),
      remove: () => photosRepo(db).softDelete(actor, p.id, p.rev),
      restore: () => photosRepo(db).restore(actor, p.id),
    });

  const photos = live.loading || live.error ? [] : live.data;
  return (
    <Stack gap="sm" data-testid="programme-photos">
      <Group justify="space-between">
        <Title order={5}>{t("program.photos.title", { count: photos.length })}</Title>
        {canWrite && (
          <FileButton onChange={(f) => void attach(f)} accept="image/*" multiple>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconPhotoPlus size={16} />} loading={busy}>
                {t("program.photos.attach")}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {canWrite && (
        <Text size="xs" c="dimmed">
          {t("program.photos.hint", { side: PHOTO_MAX_SIDE, max: formatBytes(PHOTO_MAX_INPUT_BYTES) })}
        </Text>
      )}
      {problems.length > 0 && (
        <Alert
          color="red"
          title={t("program.photos.refused")}
          data-testid="photo-problem"
          withCloseButton
          onClose={() => setProblems([])}
        >
          <Stack gap={2}>
            {problems.map((p, i) => (
              <Text size="sm" key={i}>
                <b>{p.name}</b>: {p.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {live.loading ? null : live.error ? (
        <Text c="red">{errorMessage(t, live.error)}</Text>
      ) : photos.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="photos-empty">
          {t("program.photos.none")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {photos.map((p) => (
            <PhotoCard
              key={p.id}
              photo={p}
              readOnly={!canWrite}
              onOpen={() => setViewing(p)}
              onRemove={() => void remove(p)}
            />
          ))}
        </SimpleGrid>
      )}
      {viewing && <PhotoView photo={viewing} onClose={() => setViewing(null)} />}
    </Stack>
  );
}

/** A temporary URL for a stored blob, released when the component goes or the blob changes. */
function useObjectUrl(blob: Blob): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  return url;
}

function PhotoCard({
  photo,
  readOnly,
  onOpen,
  onRemove,
}: {
  photo: PhotoRecord;
  readOnly: boolean;
  onOpen: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const url = useObjectUrl(photo.data);
  /** The caption being typed; null when it shows what is stored. */
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const caption = editing ?? photo.caption;
  const saveCaption = async () => {
    if (editing === null) return;
    const next = editing.trim();
    if (next === photo.caption) {
      setEditing(null);
      return;
    }
    setError(null);
    try {
      const {
        id: _i,
        createdAt: _c,
        createdBy: _cb,
        updatedAt: _u,
        updatedBy: _ub,
        rev: _r,
        deletedAt: _d,
        ...data
      } = photo;
      await photosRepo(db).update(actor, photo.id, photo.rev, { ...data, caption: next });
      setEditing(null);
      notifySaved(t, t("program.photos.captionSaved"));
    } catch (e) {
      const field = e instanceof ValidationError ? e.fields.caption : undefined;
      if (field) setError(tKey(t, field) ?? null);
      else notifyError(t, e);
    }
  };
  const label = photo.caption || t("program.photos.untitled");
  return (
    <Card withBorder padding="xs" data-testid="photo">
      <Card.Section>
        {url && (
          <Image src={url} alt={label} h={150} fit="cover" style={{ cursor: "zoom-in" }} onClick={onOpen} />
        )}
      </Card.Section>
      <Stack gap={4} mt="xs">
        {readOnly ? (
          <Text size="sm">{label}</Text>
        ) : (
          <TextInput
            size="xs"
            aria-label={t("program.photos.caption")}
            placeholder={t("program.photos.captionPlaceholder")}
            value={caption}
            error={error}
            onChange={(e) => setEditing(e.currentTarget.value)}
            onBlur={() => void saveCaption()}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void saveCaption();
              }
            }}
          />
        )}
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" data-testid="photo-size">
            {t("program.photos.size", {
              width: photo.width,
              height: photo.height,
              bytes: formatBytes(photo.size),
            })}
          </Text>
          {!readOnly && (
            <Tooltip label={t("common.delete")}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                aria-label={`${t("common.delete")}: ${label}`}
                onClick={onRemove}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function PhotoView({ photo, onClose }: { photo: PhotoRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const url = useObjectUrl(photo.data);
  return (
    <Modal opened onClose={onClose} title={photo.caption || t("program.photos.untitled")} size="xl">
      {url && <Image src={url} alt={photo.caption} fit="contain" mah="75vh" />}
    </Modal>
  );
}
