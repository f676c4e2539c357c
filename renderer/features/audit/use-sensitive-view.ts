// Why: a page showing a case, person or investigation records the view once per opening when the record is sensitive.
import { useEffect, useRef } from "react";
import { useActor } from "../../app/session";
import { db } from "../../db/instance";
import { recordSensitiveView, type ViewedTable } from "../../db/sensitive-view";

export function useSensitiveView(table: ViewedTable, id: string | undefined): void {
  const { actor } = useActor();
  const done = useRef<string | null>(null);
  useEffect(() => {
    const key = `${actor.userId}:${table}:${id}`;
    if (!id || done.current === key) return;
    done.current = key;
    // A record the user may not open is refused by the page itself; nothing to record then.
    recordSensitiveView(db, actor, table, id).catch(() => undefined);
  }, [actor, table, id]);
}
