// Why: a second PC joins the office: the office's PC (number 0) makes a join file for it (office, sites, users, code
// lists as stored, and the grant), and the new PC takes it in whole at first run, or nothing at all.
import type { Table } from "dexie";
import { z } from "zod";
import { derivePassphraseKey, keyForFile, readHeader } from "../../../shared/backup/envelope";
import { BackupError } from "../../../shared/backup/errors";
import type { Actor } from "../../../shared/domain/access";
import { OFFICE_ID, type OfficePc } from "../../../shared/domain/office";
import { newBook } from "../../../shared/exchange/book";
import {
  JOIN_KIND,
  JOIN_TABLES,
  makeJoinFile,
  newExchangeKey,
  openJoinFile,
  type JoinGrant,
} from "../../../shared/exchange/join";
import { MAX_PC_NUMBER } from "../../../shared/exchange/numbering";
import { newId } from "../../../shared/ids";
import type { AppDB, OfficeRecord, UserRecord } from "../app-db";
import { AppError, NotFoundError, ValidationError } from "../errors";
import { appendAudit, requirePermission, validate } from "../repositories/repository";
import { LINK_ID, type HubLinkRow } from "../hub/link";
import { hubOfficeId } from "../../../shared/hub/protocol";
import { toActor } from "../repositories/users";
import { OFFICE_PC_NUMBER, pcNumberOfBook } from "./identity";
import { receiveChanges } from "./receive";
import { BOOK_ID, type BookRow } from "./tables";

/** A join file's extension. */
export const JOIN_EXTENSION = "rkjoin";
/** The join passphrase is read out, so it is several words: at least 12 characters. */
export const MIN_JOIN_PASSPHRASE = 12;
/** What the office's own PC is called on the desk until someone names it. */
export const OFFICE_PC_NAME = "PC pejabat";

export const joinRequestSchema = z.object({
  /** What the new PC is called ("PC PPR Seri Pahang"). */
  name: z.string().trim().min(1, "v.required").max(100, "v.maxLength:100"),
  /** The sites it works on, or "all" (a PC of the district office). */
  scopes: z
    .union([z.literal("all"), z.array(z.string().min(1).max(100))], { error: "v.sertai.sites" })
    .refine((s) => s === "all" || s.length > 0, "v.sertai.sites"),
  passphrase: z.string().min(MIN_JOIN_PASSPHRASE, "v.sertai.passphraseShort").max(200, "v.maxLength:200"),
});
export type JoinRequest = z.input<typeof joinRequestSchema>;

export type AppVersions = { version: string; schemaVersion: number };

export type IssuedJoin = {
  file: Uint8Array<ArrayBuffer>;
  fileName: string;
  /** The new PC as the office now lists it. */
  pc: OfficePc;
};

/** A file name from the PC's name: "sertai-pc-ppr-seri-pahang.rkjoin". */
export function joinFileName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `sertai-${slug || "pc"}.${JOIN_EXTENSION}`;
}

/**
 * Makes a join file on the office's PC (administrator only): the new PC gets a random id and the next PC number, the
 * office lists it (audited), and the file carries the office, sites, users and rates as stored, with the grant and
 * the office exchange key (made now if this is the first join file), sealed with `passphrase`.
 */
export async function issueJoinFile(
  db: AppDB,
  actor: Actor,
  input: unknown,
  app: AppVersions,
): Promise<IssuedJoin> {
  requirePermission(actor, "office.manage");
  const request = validate(joinRequestSchema, input);
  const book0 = await db.exchange.get(BOOK_ID);
  if (pcNumberOfBook(book0) !== OFFICE_PC_NUMBER) throw new AppError("e.sertai.notOfficePc");
  const [fresh, passphraseKey] = await Promise.all([
    newExchangeKey(),
    derivePassphraseKey(request.passphrase),
  ]);
  const tables = JOIN_TABLES.map((n) => db.table(n) as Table<Record<string, unknown>, string>);
  const made = await db.transaction(
    "rw",
    [...tables, db.audit, db.exchange, db.counters, db.hubSync],
    async () => {
      const office = await db.office.get(OFFICE_ID);
      if (!office) throw new NotFoundError();
      const stored = await db.exchange.get(BOOK_ID);
      const book: BookRow = stored ?? { ...newBook(newId()), id: BOOK_ID };
      if (pcNumberOfBook(book) !== OFFICE_PC_NUMBER) throw new AppError("e.sertai.notOfficePc");
      if (request.scopes !== "all") {
        const live = new Set((await db.sites.toArray()).filter((s) => !s.deletedAt).map((s) => s.id));
        if (request.scopes.some((s) => !live.has(s))) throw new ValidationError({ scopes: "v.siteMissing" });
      }
      const pcs = office.pcs ?? [];
      const taken = (name: string) => name.trim().toLowerCase() === request.name.toLowerCase();
      if (pcs.some((p) => taken(p.name))) throw new ValidationError({ name: "v.sertai.nameTaken" });
      const number = Math.max(OFFICE_PC_NUMBER, ...pcs.map((p) => p.number)) + 1;
      if (number > MAX_PC_NUMBER) throw new AppError("e.sertai.noMorePcs", { max: MAX_PC_NUMBER });
      const key = book.key ?? fresh;
      const name = book.name || OFFICE_PC_NAME;
      // The book first: the office's write below takes this PC's next change number from it.
      await db.exchange.put({ ...book, key, name });
      const now = new Date();
      const at = now.toISOString();
      const own: OfficePc = pcs.find((p) => p.number === OFFICE_PC_NUMBER) ?? {
        id: book.pc,
        number: OFFICE_PC_NUMBER,
        name,
        scopes: "all",
        joinedAt: office.createdAt,
      };
      const pc: OfficePc = {
        id: newId(now.getTime()),
        number,
        name: request.name,
        scopes: request.scopes,
        joinedAt: at,
      };
      const after: OfficeRecord = {
        ...office,
        pcs: [own, ...pcs.filter((p) => p.number !== OFFICE_PC_NUMBER), pc],
        updatedAt: at,
        updatedBy: actor.userId,
        rev: office.rev + 1,
      };
      await db.office.put(after);
      await appendAudit(db, actor, {
        action: "update",
        table: "office",
        recordId: OFFICE_ID,
        label: `${pc.name} (PC ${pc.number})`,
        before: office,
        after,
      });
      // The new PC numbers past every number this one has given (docs/exchange.md, "Record numbers").
      const numbersFrom = Object.fromEntries((await db.counters.toArray()).map((c) => [c.key, c.next]));
      const rows = await Promise.all(tables.map((t) => t.toArray()));
      const hub = (await db.hubSync.get(LINK_ID)) as HubLinkRow | undefined;
      const grant: JoinGrant = {
        pc: pc.id,
        number,
        name: pc.name,
        scopes: pc.scopes,
        issuedBy: book.pc,
        numbersFrom,
        exchangeKey: key,
        ...(hub ? { hub: { address: hub.address, fingerprint: hub.fingerprint } } : {}),
      };
      return { office: after, grant, pc, rows };
    },
  );
  const file = await makeJoinFile(
    JOIN_TABLES.map((name, i) => ({ name, rows: made.rows[i]! })),
    made.grant,
    {
      appVersion: app.version,
      schemaVersion: app.schemaVersion,
      office: { id: made.office.id, name: made.office.officeName, createdAt: made.office.createdAt },
      createdAt: new Date().toISOString(),
    },
    passphraseKey,
  );
  return { file, fileName: joinFileName(made.pc.name), pc: made.pc };
}

/** A join file's refusal as the setup screen says it (`e.sertai.*`). */
function joinProblem(e: unknown): unknown {
  if (!(e instanceof BackupError)) return e;
  switch (e.problem) {
    case "wrongPassphrase":
      return new AppError("e.sertai.wrongPassphrase");
    case "newerApp":
    case "newerSchema":
    case "newerFormat":
      return new AppError("e.sertai.newer");
    case "notBackup":
    case "notExchange":
    case "otherOffice":
    case "ownFile":
      return new AppError("e.sertai.notJoin");
    default:
      return new AppError("e.sertai.damaged");
  }
}

/** Reads a chosen file's header: refuses at once what is not a join file (before the passphrase is asked). */
export function checkJoinFile(file: Uint8Array<ArrayBuffer>): void {
  try {
    if (readHeader(file).kind !== JOIN_KIND) throw new BackupError("notExchange");
  } catch (e) {
    throw joinProblem(e);
  }
}

/**
 * Joins the office on a new PC (first run: no office yet): the book takes the grant (id, number, sites, name, the
 * office exchange key), the counters start past the issuing PC's, and the records are merged in one transaction.
 * A wrong passphrase, a file that is not a join file, a newer app's file or a damaged one writes nothing.
 */
export async function joinOffice(
  db: AppDB,
  file: Uint8Array<ArrayBuffer>,
  passphrase: string,
  app: AppVersions,
): Promise<{ grant: JoinGrant; office: OfficeRecord }> {
  if (await db.office.get(OFFICE_ID)) throw new AppError("e.alreadySetUp");
  checkJoinFile(file);
  let opened: Awaited<ReturnType<typeof openJoinFile>>;
  try {
    opened = await openJoinFile(file, await keyForFile(file, passphrase), app);
  } catch (e) {
    throw joinProblem(e);
  }
  const { grant, tables } = opened;
  const office = tables.get("office")?.find((r) => r.id === OFFICE_ID) as OfficeRecord | undefined;
  const users = (tables.get("users") ?? []) as UserRecord[];
  const issuer = users.find((u) => u.id === office?.updatedBy && !u.deletedAt);
  if (!office || !issuer) throw new AppError("e.sertai.damaged");
  const stores = [
    ...JOIN_TABLES.map((n) => db.table(n)),
    db.audit,
    db.exchange,
    db.versionsApart,
    db.counters,
    db.hubSync,
  ];
  await db.transaction("rw", stores, async () => {
    if (await db.office.get(OFFICE_ID)) throw new AppError("e.alreadySetUp");
    await db.exchange.put({
      ...newBook(grant.pc),
      id: BOOK_ID,
      number: grant.number,
      scopes: grant.scopes,
      name: grant.name,
      key: grant.exchangeKey,
      issuedBy: grant.issuedBy,
    });
    // The office's hub, when the issuing PC syncs with one: this PC syncs with it from its first sign-in.
    if (grant.hub)
      await db.hubSync.put({
        id: LINK_ID,
        address: grant.hub.address,
        fingerprint: grant.hub.fingerprint,
        officeId: hubOfficeId(office),
        hubPc: "",
        connectedAt: new Date().toISOString(),
        connectedBy: issuer.username,
        lastProblem: null,
        media: true,
      } satisfies HubLinkRow);
    if (grant.numbersFrom)
      await db.counters.bulkPut(Object.entries(grant.numbersFrom).map(([key, next]) => ({ key, next })));
    // The join itself, in this PC's log, by the administrator who made the file (this PC's first change).
    await appendAudit(db, toActor(issuer), {
      action: "setup",
      table: "office",
      recordId: OFFICE_ID,
      label: `${grant.name} (PC ${grant.number})`,
      before: null,
      after: office,
    });
    await receiveChanges(db, grant.issuedBy, {}, tables);
  });
  return { grant, office };
}
