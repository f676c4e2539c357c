// Why: the register's rows, loaded a page at a time as the user scrolls, restarting whenever the filter or the data changes.
import Dexie, { type ObservabilitySet } from "dexie";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Actor } from "../../../../shared/domain/access";
import type { CaseRecord, PersonRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { registerCount, registerPage, type RegisterCursor, type RegisterFilter } from "../../../db/register";

export type RegisterRow = { record: CaseRecord; person: PersonRecord | undefined };

const PAGE = 60;

export function useRegister(actor: Actor, filter: RegisterFilter) {
  const [rows, setRows] = useState<RegisterRow[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const [version, setVersion] = useState(0);
  const cursor = useRef<RegisterCursor>(null);
  const loading = useRef(false);
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  // Any write to the cases table (here or in another window) starts the list again from the top. Dexie's
  // mutation event costs nothing to watch, unlike a live count that would read every row.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const prefix = `idb://${db.name}/cases/`;
    const onMutated = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((k) => k.startsWith(prefix))) return;
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), 150);
    };
    Dexie.on("storagemutated", onMutated);
    return () => {
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, []);

  const loadMore = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    const gen = generation.current;
    try {
      const page = await registerPage(db, actor, JSON.parse(key) as RegisterFilter, cursor.current, PAGE);
      const persons = await db.persons.bulkGet(page.rows.map((r) => r.personId));
      if (gen !== generation.current) return; // the filter changed while this page was loading
      cursor.current = page.next;
      setRows((prev) => [...prev, ...page.rows.map((record, i) => ({ record, person: persons[i] }))]);
      setDone(!page.next);
    } finally {
      loading.current = false;
    }
  }, [actor, key]);

  useEffect(() => {
    generation.current += 1;
    loading.current = false;
    cursor.current = null;
    setRows([]);
    setDone(false);
    setTotal(null);
    let alive = true;
    // The first page first; the heading's count (which may read many rows) only after it is on screen.
    void loadMore().then(() => {
      if (alive)
        void registerCount(db, actor, JSON.parse(key) as RegisterFilter).then((n) => alive && setTotal(n));
    });
    return () => {
      alive = false;
    };
  }, [actor, key, version, loadMore]);

  return { rows, total, done, loadMore };
}
