// Why: a single typed value outside a form (a search box on the way to a record) kept per user like a draft form, so
// a lock or another login loses nothing typed.
import { useCallback, useEffect, useRef, useState } from "react";
import { db } from "../db/instance";
import { clearDraft, loadDraft, saveDraft } from "../db/drafts";
import { useActor } from "./session";

/** The value, its setter (kept almost at once) and a clear for when it has been used. */
export function useKeptValue(key: string): [string, (v: string) => void, () => void] {
  const { user } = useActor();
  const [value, setValue] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const v = pending.current;
    pending.current = null;
    if (v === null) return;
    void (v ? saveDraft(db, user.id, key, v) : clearDraft(db, user.id, key));
  }, [user.id, key]);
  useEffect(() => {
    let alive = true;
    void loadDraft<string>(db, user.id, key).then((v) => alive && typeof v === "string" && setValue(v));
    return () => {
      alive = false;
      flush();
    };
  }, [user.id, key, flush]);
  const set = useCallback(
    (v: string) => {
      setValue(v);
      pending.current = v;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, 50);
    },
    [flush],
  );
  const clear = useCallback(() => {
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    void clearDraft(db, user.id, key);
  }, [user.id, key]);
  return [value, set, clear];
}
