// Why: each migration test opens the database at one exact schema version, so later versions never change what it checks.
import Dexie from "dexie";
import { migrations } from "../../../renderer/db/migrations";

/** The database `name` opened with the schema versions 1 .. `version` only. */
export async function openAt(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  for (const apply of migrations.slice(0, version)) apply(db);
  await db.open();
  return db;
}
