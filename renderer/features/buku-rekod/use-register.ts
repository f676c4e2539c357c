// Why: the register's rows, loaded a page at a time as the user scrolls, restarting whenever the filter or the data changes.
import { liveQuery } from "dexie";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Actor } from "../../../shared/domain/access";
import type { CaseRecord, PersonRecord } from "../../db/app-db";
import { db } from "../../db/instance";
import { registerCount, registerPage, type RegisterCursor, type RegisterFilter } from "../../db/register";

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

  // Any change to the cases table starts the list again from the top.
  useEffect(() => {
    const sub = liveQuery(() => db.cases.count()).subscribe({ next: () => setVersion((v) => v + 1) });
    return () => sub.unsubscribe();
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
    void loadMore();
    void registerCount(db, actor, JSON.parse(key) as RegisterFilter).then((n) => alive && setTotal(n));
    return () => {
      alive = false;
    };
  }, [actor, key, version, loadMore]);

  return { rows, total, done, loadMore };
}
