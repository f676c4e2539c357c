// Why: the agenda's items are written like every record (scope, rev, audit, one transaction); a waiting reminder is
// kept in its own index key so the home screen reads only reminders that still wait.
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { agendaInputSchema, pendingReminder, type AgendaInput } from "../../../../shared/domain/pkh/agenda";
import type { AppDB } from "../../app-db";
import type { PkhAgendaRecord } from "../../pkh-tables";
import { Repository } from "../repository";

class AgendaRepository extends Repository<AgendaInput & { remindOn: string | null }> {}

export function agendaRepo(db: AppDB) {
  return new AgendaRepository(db, db.pkhAgenda, {
    tableName: "pkhAgenda",
    // The reminder's index key follows the item: present while it waits, gone once done.
    schema: agendaInputSchema.transform((a) => ({ ...a, remindOn: pendingReminder(a) })),
    label: (a) => a.title,
    siteOf: (a) => a.siteId,
    writePermission: "records.write",
  });
}

/** The items of the user's sites in [from, to] (yyyy-mm-dd), read through `[siteId+date]`. */
export async function agendaBetween(
  db: AppDB,
  actor: Actor,
  siteIds: readonly string[],
  from: string,
  to: string,
): Promise<PkhAgendaRecord[]> {
  const sites = siteIds.filter((s) => canSeeSite(actor, s));
  const parts = await Promise.all(
    sites.map((s) =>
      db.pkhAgenda
        .where("[siteId+date]")
        .between([s, from], [s, to], true, true)
        .filter((a) => !a.deletedAt)
        .toArray(),
    ),
  );
  return parts.flat();
}

/** Reminders waiting up to `today` in the user's sites (only waiting ones are in the `remindOn` index). */
export async function remindersWaiting(db: AppDB, actor: Actor, today: string): Promise<PkhAgendaRecord[]> {
  const rows = await db.pkhAgenda.where("remindOn").belowOrEqual(today).toArray();
  return rows.filter((a) => !a.deletedAt && canSeeSite(actor, a.siteId));
}
