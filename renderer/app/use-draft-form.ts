// Why: a form whose unsaved values are kept per user in IndexedDB, so a lock, another login or a power cut loses nothing.
import { useForm, type UseFormReturnType } from "@mantine/form";
import { zod4Resolver } from "mantine-form-zod-resolver";
import { useCallback, useEffect, useRef, useState } from "react";
import { z } from "zod";
import { db } from "../db/instance";
import { clearDraft, loadDraft, saveDraft } from "../db/drafts";
import { useActor } from "./session";

type Draft<V> = { values: V; baseRev: number | null };

/** Typing is written to the draft almost at once: a power cut or a reload loses at most this much. */
const DRAFT_DELAY_MS = 50;

export type DraftForm<V> = {
  form: UseFormReturnType<V>;
  /** The record revision the draft was started from (for the conflict check on save). */
  baseRev: number | null;
  /** True when the values came from a kept draft rather than the record. */
  restored: boolean;
  /** Loading the draft is finished; render the form after this. */
  ready: boolean;
  discard(): Promise<void>;
  /** Call after a successful save, with the record's new revision. */
  saved(newRev?: number): Promise<void>;
};

export function useDraftForm<V extends Record<string, unknown>>(
  key: string,
  initialValues: V,
  /** A schema, or a function giving each field's problem (an i18n key) for checks a schema cannot express. */
  schema: z.ZodType | ((values: V) => Record<string, string>),
  rev: number | null = null,
  /** Fields never written to a draft (passwords). */
  omit: readonly (keyof V)[] = [],
): DraftForm<V> {
  const { user } = useActor();
  const [state, setState] = useState<{ ready: boolean; restored: boolean; baseRev: number | null }>({
    ready: false,
    restored: false,
    baseRev: rev,
  });
  const pending = useRef<Draft<V> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const baseRevRef = useRef<number | null>(rev);
  const loaded = useRef(false);
  /** Set while the form is reset to the record, so that reset is not kept as a draft. */
  const silent = useRef(false);
  const resetTo = (values: V) => {
    silent.current = true;
    form.setValues(values);
    form.resetDirty(values);
    silent.current = false;
  };

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const draft = pending.current;
    pending.current = null;
    if (draft) void saveDraft(db, user.id, key, draft);
  }, [user.id, key]);

  const form = useForm<V>({
    mode: "controlled",
    initialValues,
    validate:
      typeof schema === "function" && !(schema instanceof z.ZodType)
        ? schema
        : zod4Resolver(schema as z.ZodType, { errorPriority: "first" }),
    onValuesChange: (values) => {
      if (!loaded.current || silent.current) return;
      const kept = { ...values };
      for (const k of omit) delete kept[k];
      pending.current = { values: kept, baseRev: baseRevRef.current };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    },
  });

  // Leaving the page (reload, closing the window) writes what is pending.
  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [flush]);

  useEffect(() => {
    let alive = true;
    void loadDraft<Draft<V>>(db, user.id, key).then((draft) => {
      if (!alive) return;
      if (draft) {
        baseRevRef.current = draft.baseRev;
        form.setValues({ ...form.getValues(), ...draft.values });
      }
      loaded.current = true;
      setState({ ready: true, restored: !!draft, baseRev: baseRevRef.current });
    });
    return () => {
      alive = false;
      flush();
    };
    // Loading runs once per form key and user; `form` is stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user.id, key]);

  // The record changed elsewhere (another screen, a referral closing): a form with no unsaved edits follows it.
  useEffect(() => {
    if (!loaded.current || rev === null || rev === baseRevRef.current) return;
    if (form.isDirty() || pending.current) return;
    baseRevRef.current = rev;
    resetTo(initialValues);
    setState((st) => ({ ...st, baseRev: rev }));
    // Runs only when the record's revision changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rev]);

  const discard = useCallback(async () => {
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    await clearDraft(db, user.id, key);
    baseRevRef.current = rev;
    resetTo(initialValues);
    setState({ ready: true, restored: false, baseRev: rev });
    // resetTo only touches the form, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user.id, key, rev, initialValues]);

  const saved = useCallback(
    async (newRev?: number) => {
      pending.current = null;
      if (timer.current) clearTimeout(timer.current);
      if (newRev !== undefined) baseRevRef.current = newRev;
      await clearDraft(db, user.id, key);
      form.resetDirty();
      setState({ ready: true, restored: false, baseRev: baseRevRef.current });
    },
    [user.id, key, form],
  );

  return { form, baseRev: state.baseRev, restored: state.restored, ready: state.ready, discard, saved };
}
