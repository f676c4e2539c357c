// Why: a list read page by page through an index (persons, the directory): rows so far, and "more" while pages remain.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifyError } from "./messages";

export type Page<R, C> = { rows: R[]; next: C | null };

/** Rows of a list read page by page; starts again whenever `key` (the filter, or a change to the data) changes. */
export function usePages<R, C>(key: string, read: (cursor: C | null) => Promise<Page<R, C>>) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<R[] | null>(null);
  const [next, setNext] = useState<C | null>(null);
  const generation = useRef(0);
  const load = useCallback(
    async (cursor: C | null) => {
      const gen = generation.current;
      try {
        const page = await read(cursor);
        if (gen !== generation.current) return;
        setRows((prev) => [...(cursor ? (prev ?? []) : []), ...page.rows]);
        setNext(page.next);
      } catch (e) {
        notifyError(t, e);
      }
    },
    // `read` follows `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  useEffect(() => {
    generation.current += 1;
    setRows(null);
    void load(null);
  }, [load]);
  return { rows, more: next ? () => void load(next) : null };
}
