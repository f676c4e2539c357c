// Why: every "Padam" works the same way: confirm, move to the recycle bin, and offer "Buat asal" for ten seconds.
import { Button, Group, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { notifyError } from "./messages";

export type SoftDeleteOptions = {
  t: TFunction;
  /** The record's name as the user knows it, in the messages. */
  name: string;
  /** The notification's own text, where "{name} moved to the Recycle bin" does not fit (e.g. an unnamed photo). */
  notice?: string;
  remove: () => Promise<void>;
  restore: () => Promise<void>;
  /** Where to go once it is gone (e.g. back to the list), and once it is back. */
  afterRemove?: () => void;
  afterRestore?: () => void;
};

/** After a delete, a notification whose "Buat asal" restores the record. */
export function offerUndo({
  t,
  name,
  notice,
  restore,
  afterRestore,
}: Omit<SoftDeleteOptions, "remove" | "afterRemove">): void {
  const id = notifications.show({
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        {notice ?? t("common.movedToBin", { name })}
        <Button
          size="xs"
          variant="light"
          onClick={async () => {
            notifications.hide(id);
            try {
              await restore();
              afterRestore?.();
            } catch (e) {
              notifyError(t, e);
            }
          }}
        >
          {t("common.undo")}
        </Button>
      </Group>
    ),
  });
}

/** Deletes at once (for small rows), then offers undo. */
export async function softDeleteWithUndo(o: SoftDeleteOptions): Promise<void> {
  try {
    await o.remove();
    o.afterRemove?.();
    offerUndo(o);
  } catch (e) {
    notifyError(o.t, e);
  }
}

/** Asks first (for whole records), then deletes and offers undo. */
export function confirmSoftDelete(o: SoftDeleteOptions & { title: string; message: string }): void {
  modals.openConfirmModal({
    title: o.title,
    children: <Text size="sm">{o.message}</Text>,
    labels: { confirm: o.t("common.delete"), cancel: o.t("common.cancel") },
    confirmProps: { color: "red" },
    onConfirm: () => void softDeleteWithUndo(o),
  });
}

/** The "Padam" button beside a record's save button. */
export function DeleteButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onClick}>
      {t("common.delete")}
    </Button>
  );
}
