// Why: turns data-layer errors and validation keys ("v.minLength:3") into sentences in the user's language.
import type { TFunction } from "i18next";
import { notifications } from "@mantine/notifications";
import { AppError, ConflictError, ValidationError } from "../db/errors";
import { formatDateTime } from "./format";
import { classifyStorageError } from "../db/storage-errors";
import { reportStorageFailure } from "../features/pemulihan/storage-failure";

/**
 * Translates a message key that may carry one parameter after a colon ("v.minLength:3"), or named parameters as JSON
 * after a bar (`v.kpn.slotOverlap|{"other":"Pasar"}`, shared/domain/kpn/tour-check.ts encodeProblem).
 */
export function tKey(t: TFunction, key: string | undefined | null): string | undefined {
  if (!key) return undefined;
  const bar = key.indexOf("|{");
  if (bar > 0) {
    try {
      return t(key.slice(0, bar), JSON.parse(key.slice(bar + 1)) as Record<string, unknown>);
    } catch {
      return t(key.slice(0, bar));
    }
  }
  const [k, n] = key.split(":");
  return t(k!, { n });
}

export function errorMessage(t: TFunction, e: unknown): string {
  if (e instanceof ConflictError)
    return t("e.conflict", { by: e.updatedBy, at: formatDateTime(e.updatedAt) });
  // Outside a form (or for a field the form does not show) the problems themselves are the message.
  if (e instanceof ValidationError) {
    const problems = [...new Set(Object.values(e.fields).map((k) => tKey(t, k)))].filter(Boolean);
    return problems.length ? problems.join(" ") : t("e.validation");
  }
  // A document refused for missing settings names them, wherever it was asked for.
  if (e instanceof AppError && e.key === "e.reportSettingsMissing")
    return `${t(e.key)} ${t("e.fillSettings", {
      settings: String(e.params.settings ?? "")
        .split(",")
        .filter(Boolean)
        .map((k) => t(k))
        .join(", "),
    })}`;
  if (e instanceof AppError) return t(e.key, e.params);
  // A full disk refuses the save and leaves the form as it was.
  if (classifyStorageError(e) === "diskFull") return t("pemulihan.diskFullSave");
  if (e instanceof Error && /^host\./.test(e.message)) return t(e.message);
  console.error(e);
  return t("e.unexpected");
}

export function notifyError(t: TFunction, e: unknown): void {
  // Damaged storage met during use turns the window to the recovery screen.
  if (reportStorageFailure(e)) return;
  notifications.show({ color: "red", title: t("e.title"), message: errorMessage(t, e), autoClose: 8000 });
}

export function notifySaved(t: TFunction, message?: string): void {
  notifications.show({ color: "green", message: message ?? t("common.saved"), autoClose: 3000 });
}
