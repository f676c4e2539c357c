// Why: "Hantar perubahan" and "Terima perubahan" as data steps: the file for another PC (with or without photos, sizes
// known before saving), and a file taken in whole or refused before anything is written; each audited, and when this
// PC last wrote for and read from each PC kept on this PC (the PKMD desk reads it).
import type { Table } from "dexie";
import { BackupError } from "../../../shared/backup/errors";
import type { Actor } from "../../../shared/domain/access";
import { todayIn } from "../../../shared/domain/dates";
import { can } from "../../../shared/domain/roles";
import { changeFileHeader, makeChangeFile, openChangeFile } from "../../../shared/exchange/file";
import type { AppDB } from "../app-db";
import { AccessError, AppError } from "../errors";
import { appendAudit } from "../repositories/repository";
import { backupStore, type BackupStoreDB } from "../../backup/store";
import { officeExchangeKey, readIdentity, type Identity } from "./identity";
import { reportQuietly } from "./pc-report";
import { receiveChanges } from "./receive";
import { changesForPeer } from "./send";
import { EXCHANGE_TABLE } from "./tables";

/** The row of the local `exchange` table that keeps when files were written for and read from each PC. */
export const CONTACTS_ID = "contacts";
export type PeerContact = { sentAt?: string; sentFile?: string; receivedAt?: string; receivedFile?: string };
export type ContactsRow = {
  id: typeof CONTACTS_ID;
  peers: Record<string, PeerContact>;
  /** Files written today (their running number in the file name). */
  day: string;
  written: number;
};

/** The PC an exchange screen deals with: from the office's list of PCs. */
export type Peer = Identity["pcs"][number];

export const EXCHANGE_EXTENSION = "rkx";

function contactsTable(db: AppDB): Table<ContactsRow, string> {
  return db.table(EXCHANGE_TABLE) as unknown as Table<ContactsRow, string>;
}

/** When this PC last wrote a file for, and read one from, each other PC. */
export async function readContacts(db: AppDB): Promise<Record<string, PeerContact>> {
  return (await contactsTable(db).get(CONTACTS_ID))?.peers ?? {};
}

/** This PC's identity once it exchanges (joined, or made a join file); `e.exchange.notJoined` before. */
export async function exchangeIdentity(
  db: AppDB,
): Promise<Identity & { office: NonNullable<Identity["office"]> }> {
  const me = await readIdentity(db);
  if (!me.key || !me.office || me.pcs.filter((p) => p.id !== me.pc).length === 0)
    throw new AppError("e.exchange.notJoined");
  return { ...me, office: me.office };
}

/** One way to send: its file and what it holds. */
export type Outgoing = {
  file: Uint8Array<ArrayBuffer>;
  records: number;
  bytes: number;
  counts: Record<string, number>;
};
export type SendChoice = { peer: Peer; plain: Outgoing; withMedia: Outgoing; fileName: string };

function requireExchange(actor: Actor): void {
  if (!can(actor.role, "exchange.run")) throw new AccessError();
}

/** "RK-SPH-20261118-1.rkx": who wrote it (the site's code, or PKMD for a district PC), the day and the day's count. */
async function nextFileName(db: AppDB, me: Identity): Promise<string> {
  const sites = me.scopes === "all" ? [] : await db.sites.bulkGet([...me.scopes]);
  const codes = sites.map((s) => s?.code).filter((c): c is string => !!c);
  const who = codes.length ? codes.join("_") : "PKMD";
  const day = todayIn().replaceAll("-", "");
  const row = await contactsTable(db).get(CONTACTS_ID);
  const n = row?.day === day ? row.written + 1 : 1;
  return `RK-${who}-${day}-${n}.${EXCHANGE_EXTENSION}`;
}

/**
 * Both files for `peerId` (without and with photos and attachments), so the user sees each size before choosing; the
 * only write is this PC's own report (pc-report.ts), refreshed first so the files carry it.
 */
export async function prepareSend(
  db: AppDB,
  actor: Actor,
  peerId: string,
  appVersion: string,
  schemaVersion: number,
  store: BackupStoreDB = backupStore,
): Promise<SendChoice> {
  requireExchange(actor);
  const me = await exchangeIdentity(db);
  // Every file carries this PC's fresh report (its last good backup) for the PKMD desk.
  await reportQuietly(db, store);
  const peer = me.pcs.find((p) => p.id === peerId && p.id !== me.pc);
  if (!peer) throw new AppError("e.exchange.unknownPc");
  const key = await officeExchangeKey(me);
  const sites = (await db.sites.toCollection().primaryKeys()) as string[];
  const make = async (media: boolean): Promise<Outgoing> => {
    const out = await changesForPeer(
      db,
      { pc: peer.id, scopes: peer.scopes },
      { scopes: me.scopes, sites },
      media,
    );
    const { file } = await makeChangeFile(
      out.tables,
      {
        appVersion,
        schemaVersion,
        office: me.office,
        createdAt: new Date().toISOString(),
        exchange: { from: me.pc, to: peer.id, holds: out.holds, basis: out.basis },
      },
      key,
    );
    const records = Object.values(out.counts).reduce((a, b) => a + b, 0);
    return { file, records, bytes: file.byteLength, counts: out.counts };
  };
  const plain = await make(false);
  const withMedia = await make(true);
  return { peer, plain, withMedia, fileName: await nextFileName(db, me) };
}

/** After the host saved (or mailed) the file: the audit row with its counts, and when this PC last wrote for the PC. */
export async function noteSent(
  db: AppDB,
  actor: Actor,
  choice: SendChoice,
  media: boolean,
  how: "file" | "email",
): Promise<void> {
  const sent = media ? choice.withMedia : choice.plain;
  const at = new Date().toISOString();
  const day = todayIn().replaceAll("-", "");
  await db.transaction("rw", [db.audit, contactsTable(db)], async () => {
    const row = (await contactsTable(db).get(CONTACTS_ID)) ?? { id: CONTACTS_ID, peers: {}, day, written: 0 };
    const peers = {
      ...row.peers,
      [choice.peer.id]: { ...row.peers[choice.peer.id], sentAt: at, sentFile: choice.fileName },
    };
    await contactsTable(db).put({ ...row, peers, day, written: row.day === day ? row.written + 1 : 1 });
    await appendAudit(db, actor, {
      action: "exchange.send",
      table: "pertukaran",
      recordId: choice.peer.id,
      label: `${choice.fileName} → ${choice.peer.name}`,
      before: null,
      after: {
        file: choice.fileName,
        to: choice.peer.id,
        media,
        how,
        records: sent.records,
        bytes: sent.bytes,
        counts: sent.counts,
      },
    });
  });
}

/** What a file brought, per table: records new to this PC and records it changed; and the records now in conflict. */
export type ReceiveReport = {
  from: Peer | { id: string; name: string };
  fileName: string;
  added: Record<string, number>;
  updated: Record<string, number>;
  conflicts: number;
  /** Nothing in the file was new to this PC (a file read twice). */
  nothingNew: boolean;
};

/** Which version of each record this PC holds: `pc:pcSeq` per id. */
async function versionsOf(
  db: AppDB,
  tables: Map<string, Record<string, unknown>[]>,
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const [name, rows] of tables) {
    const ids = [...new Set(rows.map((r) => String(r.id)))];
    const held = (await db.table(name).bulkGet(ids)) as (Record<string, unknown> | undefined)[];
    out.set(
      name,
      new Map(
        ids.flatMap((id, i) => (held[i] ? [[id, `${String(held[i]!.pc)}:${String(held[i]!.pcSeq)}`]] : [])),
      ),
    );
  }
  return out;
}

/** A refusal in the exchange's own words (`e.exchange.file.<problem>`); anything else as it is. */
function asExchangeError(e: unknown): unknown {
  return e instanceof BackupError ? new AppError(`e.exchange.file.${e.problem}`) : e;
}

/**
 * Reads one file: its header is checked (this office, not this PC's own, addressed to this PC, not from a newer app),
 * then it is opened whole (authentication, counts, checksums, stamps), and only then merged in one transaction.
 */
export async function takeFile(
  db: AppDB,
  actor: Actor,
  file: Uint8Array<ArrayBuffer>,
  fileName: string,
  app: { version: string; schemaVersion: number },
): Promise<ReceiveReport> {
  requireExchange(actor);
  const me = await exchangeIdentity(db);
  const receiver = { officeId: me.office.id, pc: me.pc, ...app };
  let opened: Awaited<ReturnType<typeof openChangeFile>>;
  try {
    const header = changeFileHeader(file, receiver);
    if (header.exchange.to !== me.pc) {
      const to = me.pcs.find((p) => p.id === header.exchange.to);
      throw new AppError("e.exchange.file.otherPc", { name: to?.name ?? header.exchange.to });
    }
    opened = await openChangeFile(file, await officeExchangeKey(me), receiver);
  } catch (e) {
    throw asExchangeError(e);
  }
  const { header, tables } = opened;
  const before = await versionsOf(db, tables);
  const summary = await receiveChanges(
    db,
    header.exchange.from,
    header.exchange.holds,
    tables,
    header.exchange.basis,
  );
  const after = await versionsOf(db, tables);
  const added: Record<string, number> = {};
  const updated: Record<string, number> = {};
  for (const [name, now] of after) {
    const was = before.get(name)!;
    for (const [id, v] of now) {
      if (!was.has(id)) added[name] = (added[name] ?? 0) + 1;
      else if (was.get(id) !== v) updated[name] = (updated[name] ?? 0) + 1;
    }
  }
  const sender = me.pcs.find((p) => p.id === header.exchange.from) ?? {
    id: header.exchange.from,
    name: header.exchange.from,
  };
  const taken = Object.values(summary.tables).reduce((n, c) => n + c.taken, 0);
  const at = new Date().toISOString();
  await db.transaction("rw", [db.audit, contactsTable(db)], async () => {
    const row = (await contactsTable(db).get(CONTACTS_ID)) ?? {
      id: CONTACTS_ID,
      peers: {},
      day: "",
      written: 0,
    };
    const peers = {
      ...row.peers,
      [sender.id]: { ...row.peers[sender.id], receivedAt: at, receivedFile: fileName },
    };
    await contactsTable(db).put({ ...row, peers });
    await appendAudit(db, actor, {
      action: "exchange.receive",
      table: "pertukaran",
      recordId: sender.id,
      label: `${fileName} ← ${sender.name}`,
      before: null,
      after: { file: fileName, from: sender.id, taken, added, updated, conflicts: summary.conflicts.length },
    });
  });
  return {
    from: sender,
    fileName,
    added,
    updated,
    conflicts: summary.conflicts.length,
    nothingNew: taken === 0,
  };
}
