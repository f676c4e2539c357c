// Why: an import's refusals and problems in the user's words: a file that cannot be used, and each bad row's reason.
import type { TFunction } from "i18next";
import type { RowIssue } from "../../../shared/import/check";
import type { ImportField } from "../../../shared/import/mapping";
import { ImportFileError } from "../../../shared/import/sheet";
import { errorMessage, tKey } from "../../app/messages";

/** `keys` gives a kind's own message for a shared refusal (e.g. which headers an organisation list has). */
export function importErrorText(t: TFunction, e: unknown, keys: Record<string, string> = {}): string {
  if (e instanceof ImportFileError)
    return t(
      keys[e.key] ?? e.key,
      Object.fromEntries(
        Object.entries(e.params).map(([k, v]) => [k, typeof v === "number" ? v.toLocaleString("en-MY") : v]),
      ),
    );
  return errorMessage(t, e);
}

/** "No. K/P: No. MyKad mesti 12 digit." (the field's label when no column holds it). */
export function issueText(t: TFunction, fields: readonly ImportField[], i: RowIssue): string {
  return `${columnText(t, fields, i)}: ${tKey(t, i.reason)}`;
}

export function columnText(t: TFunction, fields: readonly ImportField[], i: RowIssue): string {
  if (i.column) return i.column;
  const f = fields.find((x) => x.key === i.field);
  return f ? t(f.labelKey) : i.field;
}
