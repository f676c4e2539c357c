// Why: every record form saves the same way: the caller's save, then the draft cleared at the new revision, then
// what comes next (e.g. open the new record); a refusal is shown on the fields or as a choice on conflict.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { handleSaveError } from "./fields";
import type { DraftForm } from "./use-draft-form";

export type SaveResult = { rev?: number; next?: () => void };

export function useDraftSubmit<V extends Record<string, unknown>>(
  draft: DraftForm<V>,
  onSave: (values: V, baseRev: number | null) => Promise<SaveResult>,
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const submit = draft.form.onSubmit(async (values) => {
    setBusy(true);
    try {
      const result = await onSave(values, draft.baseRev);
      await draft.saved(result.rev);
      result.next?.();
    } catch (e) {
      handleSaveError(t, draft.form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });
  return { busy, submit };
}
