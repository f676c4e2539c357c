// Why: residents, found again by MyKad so the same person is never registered twice.
import { todayIn } from "../../../shared/domain/dates";
import { derivePerson, personSchema, tidyPerson, type PersonInput } from "../../../shared/domain/person";
import { namesLookAlike } from "../../../shared/domain/search";
import type { Actor } from "../../../shared/domain/access";
import type { AppDB, PersonData, PersonRecord } from "../app-db";
import { AppError, ValidationError } from "../errors";
import { Repository, validate } from "./repository";
import { z } from "zod";

/** Raised when the MyKad is already registered; carries the existing person's id so the UI can open it. */
export class DuplicateMyKadError extends AppError {
  constructor(
    public readonly personId: string,
    public readonly personName: string,
  ) {
    super("e.duplicateMyKad", { name: personName });
    this.name = "DuplicateMyKadError";
  }
}

function schema() {
  const base = personSchema(todayIn());
  return z.unknown().transform((input, ctx): PersonData => {
    const r = base.safeParse(input);
    if (!r.success) {
      for (const issue of r.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    const tidy = tidyPerson(r.data);
    return { ...tidy, ...derivePerson(tidy) };
  });
}

export function personsRepo(db: AppDB): Repository<PersonData> {
  return new Repository<PersonData>(db, db.persons, {
    tableName: "persons",
    schema: schema() as unknown as z.ZodType<PersonData>,
    label: (p) => `${p.name}${p.docNo ? ` (${p.docNo})` : ""}`,
    siteOf: (p) => p.siteId,
    writePermission: "records.write",
    check: async (database, p, id) => {
      // A household lives at one site: a member moves only after leaving it (or with the whole household).
      if (id) {
        const before = await database.persons.get(id);
        if (before?.householdId && before.siteId !== p.siteId)
          throw new ValidationError({ siteId: "v.personHouseholdSite" });
      }
      if (!p.mykad) return;
      const same = await database.persons
        .where("mykad")
        .equals(p.mykad)
        .filter((x) => !x.deletedAt && x.id !== id)
        .first();
      if (same) throw new DuplicateMyKadError(same.id, same.name);
    },
    // An import's people in one read of the MyKad index instead of one lookup each; a MyKad twice in the batch is
    // refused as an already registered one is.
    prepareMany: async (database, records) => {
      const mykads = new Set<string>();
      for (const p of records) {
        if (!p.mykad) continue;
        if (mykads.has(p.mykad)) throw new ValidationError({ docNo: "imp.mykadTwice" });
        mykads.add(p.mykad);
      }
      if (mykads.size) {
        const same = await database.persons
          .where("mykad")
          .anyOf([...mykads])
          .filter((x) => !x.deletedAt)
          .first();
        if (same) throw new DuplicateMyKadError(same.id, same.name);
      }
      return records;
    },
  });
}

/** Validates a person form as the repository will, without saving (for field messages as one types). */
export function validatePerson(input: PersonInput): PersonData {
  return validate(schema() as unknown as z.ZodType<PersonData>, input);
}

/** The person with this MyKad (12 digits), if registered and visible to the actor. */
export async function findByMyKad(
  db: AppDB,
  actor: Actor,
  digits: string,
): Promise<PersonRecord | undefined> {
  const repo = personsRepo(db);
  const hit = await db.persons
    .where("mykad")
    .equals(digits)
    .filter((p) => !p.deletedAt)
    .first();
  if (!hit) return undefined;
  return repo.get(actor, hit.id);
}

/** People at the same site and unit whose names look alike: shown as a warning, not a refusal. */
export async function nearDuplicates(
  db: AppDB,
  p: Pick<PersonInput, "siteId" | "unit" | "name">,
  exceptId?: string,
): Promise<PersonRecord[]> {
  if (!p.unit || !p.name) return [];
  // The unit as typed, in capitals and in small letters ("b-05-11" is "B-05-11").
  const unit = p.unit.trim();
  const spellings = [...new Set([unit, unit.toUpperCase(), unit.toLowerCase()])];
  const sameUnit = await db.persons
    .where("[siteId+unit]")
    .anyOf(spellings.map((u) => [p.siteId, u]))
    .toArray();
  return sameUnit.filter((x) => !x.deletedAt && x.id !== exceptId && namesLookAlike(x.name, p.name));
}
