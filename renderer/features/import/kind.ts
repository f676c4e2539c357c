// Why: what a screen needs to run one kind of import through the shared steps (read, map, preview, name every bad
// row, commit all or nothing): the Buku Rekod today, organisations and HSDS later plug in their own.
import type { ImportSpec } from "../../../shared/import/check";
import type { Book } from "../../../shared/import/sheet";

export type Option = { value: string; label: string };

export type ImportKind<R, Ctx> = {
  spec: ImportSpec<R, Ctx>;
  titleKey: string;
  /** Choices for the fields that may take one value for every row (by field key). */
  defaultOptions: () => Promise<Record<string, Option[]>>;
  /** Values chosen before the user picks any. */
  initialDefaults: Record<string, string | null>;
  context: (defaults: Record<string, string | null>) => Promise<Ctx>;
  /** The first valid rows as they will be stored: column labels and cells, in words. */
  preview: (rows: readonly R[], ctx: Ctx) => Promise<{ headers: string[]; cells: string[][] }>;
  /** Saves the rows all or nothing; `onStep` names the step now running (an i18n key) and how far it is (0..1). */
  commit: (rows: readonly R[], onStep: (key: string, part: number) => void) => Promise<SummaryLine[]>;
  /** Where the user goes after an import. */
  doneLink: { to: string; labelKey: string };
  /** Opens a chosen file when the kind takes another format than xlsx/csv (e.g. an HSDS zip), with its file filter. */
  read?: (bytes: Uint8Array, fileName: string) => Promise<Book>;
  accept?: { name: string; extensions: string[] };
  /** The kind's own words for the intro, the pick button and file refusals (i18n keys by the shared key). */
  introKey?: string;
  pickKey?: string;
  fileErrorKeys?: Record<string, string>;
  /** Rows that meet records already stored, each with what the import does with it (shown before importing). */
  notes?: (valid: readonly { rowNo: number; value: R }[]) => RowNote[];
};

export type RowNote = { row: number; text: string };

export type SummaryLine = { key: string; labelKey: string; value: number };
