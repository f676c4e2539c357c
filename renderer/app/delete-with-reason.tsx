// Why: deleting some records (a case) must say why; the reason is asked in the confirmation and kept in the audit row.
import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { modals } from "@mantine/modals";
import { useState } from "react";
import { softDeleteWithUndo, type SoftDeleteOptions } from "./soft-delete";

type Options = Omit<SoftDeleteOptions, "remove"> & {
  title: string;
  message: string;
  /** Deletes with the reason typed. */
  remove: (reason: string) => Promise<void>;
};

function ReasonForm({ o, close }: { o: Options; close: () => void }) {
  const [reason, setReason] = useState("");
  const ready = reason.trim().length > 0;
  return (
    <Stack gap="sm">
      <Text size="sm">{o.message}</Text>
      <Textarea
        label={o.t("deleteReason.label")}
        description={o.t("deleteReason.hint")}
        withAsterisk
        autosize
        minRows={2}
        maxLength={500}
        data-autofocus
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        data-testid="delete-reason"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={close}>
          {o.t("common.cancel")}
        </Button>
        <Button
          color="red"
          disabled={!ready}
          onClick={() => {
            close();
            void softDeleteWithUndo({ ...o, remove: () => o.remove(reason) });
          }}
        >
          {o.t("common.delete")}
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks for the reason with the confirmation, then deletes and offers undo. */
export function confirmDeleteWithReason(o: Options): void {
  const id = `delete-${Math.random().toString(36).slice(2)}`;
  modals.open({
    modalId: id,
    title: o.title,
    children: <ReasonForm o={o} close={() => modals.close(id)} />,
  });
}
