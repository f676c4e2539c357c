// Why: a household names its head and each member's relationship; members point back to it in the same transaction.
import type { Actor } from "../../../shared/domain/access";
import { householdSchema, type HouseholdInput } from "../../../shared/domain/household";
import type { AppDB, HouseholdRecord } from "../app-db";
import { ValidationError } from "../errors";
import { appendAudit, Repository } from "./repository";

class HouseholdsRepository extends Repository<HouseholdInput> {
  constructor(db: AppDB) {
    super(db, db.households, {
      tableName: "households",
      schema: householdSchema,
      label: (h) => `Isi rumah ${h.headPersonId}`,
      siteOf: (h) => h.siteId,
      writePermission: "records.write",
      checkTables: (d) => [d.persons],
      check: async (database, h, id) => {
        for (const m of h.members) {
          const p = await database.persons.get(m.personId);
          if (!p || p.deletedAt || p.siteId !== h.siteId)
            throw new ValidationError({ members: "v.householdSite" });
          if (p.householdId && p.householdId !== id)
            throw new ValidationError({ members: "v.householdOther" });
        }
      },
    });
  }

  private async linkMembers(actor: Actor, household: HouseholdRecord, previous: string[]): Promise<void> {
    const now = new Set(household.members.map((m) => m.personId));
    const changes: [string, string | null][] = [
      ...[...now].map((id) => [id, household.id] as [string, string]),
      ...previous.filter((id) => !now.has(id)).map((id) => [id, null] as [string, null]),
    ];
    for (const [personId, householdId] of changes) {
      const before = await this.db.persons.get(personId);
      if (!before || before.householdId === householdId) continue;
      const after = {
        ...before,
        householdId,
        rev: before.rev + 1,
        updatedAt: new Date().toISOString(),
        updatedBy: actor.userId,
      };
      await this.db.persons.put(after);
      await appendAudit(this.db, actor, {
        action: "update",
        table: "persons",
        recordId: personId,
        label: before.name,
        before,
        after,
      });
    }
  }

  override async create(actor: Actor, input: unknown): Promise<HouseholdRecord> {
    return this.db.transaction("rw", [...this.scope, this.db.persons], async () => {
      const h = await super.create(actor, input);
      await this.linkMembers(actor, h, []);
      return h;
    });
  }

  override async update(
    actor: Actor,
    id: string,
    expectedRev: number,
    input: unknown,
  ): Promise<HouseholdRecord> {
    return this.db.transaction("rw", [...this.scope, this.db.persons], async () => {
      const before = await this.get(actor, id);
      const h = await super.update(actor, id, expectedRev, input);
      await this.linkMembers(
        actor,
        h,
        before.members.map((m) => m.personId),
      );
      return h;
    });
  }
}

export function householdsRepo(db: AppDB): HouseholdsRepository {
  return new HouseholdsRepository(db);
}
