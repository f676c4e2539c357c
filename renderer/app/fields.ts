// Why: Mantine inputs get their props from the form with the error key translated into the user's language.
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { modals } from "@mantine/modals";
import type { TFunction } from "i18next";
import { errorMessage, notifyError, tKey } from "./messages";
import { ConflictError, ValidationError } from "../db/errors";

export function useFields<V>(form: UseFormReturnType<V>) {
  const { t } = useTranslation();
  return (path: string, opts?: { type?: "input" | "checkbox" }) => {
    const props = form.getInputProps(path, opts);
    return { ...props, error: tKey(t, props.error as string | undefined) };
  };
}

/** Puts data-layer field errors back on the form; returns false when the error was not a validation error. */
export function showFieldErrors<V>(form: UseFormReturnType<V>, e: unknown, prefix = ""): boolean {
  if (!(e instanceof ValidationError)) return false;
  const errors: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.fields)) {
    if (!prefix || k.startsWith(prefix)) errors[prefix ? k.slice(prefix.length) : k] = v;
  }
  form.setErrors(errors);
  return true;
}

/**
 * What a failed save shows: field errors in place, a conflict as a choice between reloading the
 * other person's version and keeping one's own draft, anything else as a message.
 */
export function handleSaveError<V>(
  t: TFunction,
  form: UseFormReturnType<V>,
  e: unknown,
  reload: () => void,
): void {
  if (showFieldErrors(form, e)) return;
  if (e instanceof ConflictError) {
    modals.openConfirmModal({
      title: t("conflict.title"),
      children: errorMessage(t, e),
      labels: { confirm: t("conflict.reload"), cancel: t("conflict.keep") },
      onConfirm: reload,
    });
    return;
  }
  notifyError(t, e);
}
