// Why: the one IndexedDB database, opened with strict durability so a save survives the PC being switched off.
import Dexie, { type Table } from "dexie";
import type { Office } from "../../shared/domain/office";
import type { Stored } from "../../shared/domain/record";
import type { UserData } from "../../shared/domain/user";
import type { SiteInput } from "../../shared/domain/site";
import type { LoginAttempts } from "../../shared/domain/lockout";
import { migrations } from "./migrations";

export type OfficeRecord = Stored<Office>;
export type UserRecord = Stored<UserData>;
export type SiteRecord = Stored<SiteInput>;

export type AuditRow = {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  table: string;
  recordId: string;
  /** Short human label of the record (a name or code), kept so the log reads well after deletion. */
  label: string;
  before: unknown;
  after: unknown;
};

export type DraftRow = { userId: string; key: string; value: unknown; savedAt: string };

export const DB_NAME = "rekod-komuniti";

export class AppDB extends Dexie {
  office!: Table<OfficeRecord, string>;
  users!: Table<UserRecord, string>;
  sites!: Table<SiteRecord, string>;
  audit!: Table<AuditRow, string>;
  loginAttempts!: Table<LoginAttempts, string>;
  drafts!: Table<DraftRow, [string, string]>;

  constructor(name = DB_NAME) {
    super(name, { chromeTransactionDurability: "strict" });
    for (const apply of migrations) apply(this);
  }
}
