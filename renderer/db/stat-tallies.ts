// Why: keeps the monthly statistics' running tallies (shared/reports/statistik-kes/tallies.ts) right in the same
// transaction as every write to cases, persons, referrals, status checks and investigations, whichever code writes
// them, so the yearly report reads a few hundred small rows instead of every record of the district.
import { RangeSet } from "dexie";
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from "dexie";
import {
  applySteps,
  caseSteps,
  investigationSteps,
  isEmptyTally,
  referralSteps,
  talliesFromRecords,
  type StatTally,
  type TallyStep,
} from "../../shared/reports/statistik-kes/tallies";
import type {
  CaseRecord,
  InvestigationRecord,
  PersonRecord,
  ReferralRecord,
  StatusCheckRecord,
} from "./app-db";
import { noteMutated, transactionQueue } from "./core-middleware";

export const TALLIES = "statTallies";
/** The tables whose writes change a figure. */
const WATCHED = ["cases", "persons", "referrals", "statusChecks", "investigations"] as const;
type Watched = (typeof WATCHED)[number];
const isWatched = (name: string): name is Watched => (WATCHED as readonly string[]).includes(name);
/** What a write to each watched table reads to work out its steps: a write transaction takes these in too. */
const READS: Record<Watched, readonly Watched[]> = {
  cases: ["persons", "referrals", "statusChecks", "investigations"],
  persons: ["cases"],
  referrals: ["cases", "statusChecks"],
  statusChecks: ["referrals", "cases"],
  investigations: ["cases"],
};

type Rec = { id: string };

/**
 * Rows of watched tables the transaction has already read by key (a bulk create reads its persons to check them),
 * so working out the steps does not read them again. A write to a row drops it from here first.
 */
const readInTrans = new WeakMap<DBCoreTransaction, Map<string, Map<string, Rec>>>();

function transCache(trans: DBCoreTransaction, table: string): Map<string, Rec> {
  let tables = readInTrans.get(trans);
  if (!tables) readInTrans.set(trans, (tables = new Map()));
  let rows = tables.get(table);
  if (!rows) tables.set(table, (rows = new Map()));
  return rows;
}

/** The reads the step computation needs, inside the write's own transaction. */
class Reader {
  constructor(
    private readonly down: DBCore,
    private readonly trans: DBCoreTransaction,
  ) {}

  async get<T extends Rec>(table: Watched, ids: readonly string[]): Promise<Map<string, T>> {
    const keys = [...new Set(ids)];
    if (!keys.length) return new Map();
    const known = transCache(this.trans, table);
    const out = new Map<string, T>();
    const missing: string[] = [];
    for (const k of keys) {
      const row = known.get(k);
      if (row) out.set(k, row as T);
      else missing.push(k);
    }
    if (missing.length) {
      const rows: (T | undefined)[] = await this.down
        .table(table)
        .getMany({ trans: this.trans, keys: missing });
      for (const r of rows) if (r) out.set(r.id, r);
    }
    return out;
  }

  /**
   * Rows whose `keyPath` is one of `values`. Many values (a bulk write) are read as one index range from the least
   * to the greatest when that range holds few other rows (new ids sort together), else one lookup per value.
   */
  async by<T extends Rec>(table: Watched, keyPath: string, values: readonly string[]): Promise<T[]> {
    const wanted = [...new Set(values)].sort();
    if (!wanted.length) return [];
    const t = this.down.table(table);
    const index = t.schema.getIndexByKeyPath(keyPath);
    if (!index) throw new Error(`${table}.${keyPath} is not indexed`);
    const trans = this.trans;
    const equal = (v: string): DBCoreKeyRange => ({ type: 1 /* Equal */, lower: v, upper: v });
    const get = async (range: DBCoreKeyRange) =>
      (await t.query({ trans, values: true, query: { index, range } })).result as T[];
    if (wanted.length > 1) {
      const range: DBCoreKeyRange = {
        type: 2 /* Range */,
        lower: wanted[0],
        upper: wanted.at(-1),
        lowerOpen: false,
        upperOpen: false,
      };
      if ((await t.count({ trans, query: { index, range } })) <= 4 * wanted.length + 100) {
        const set = new Set(wanted);
        return (await get(range)).filter((r) => set.has((r as unknown as Record<string, string>)[keyPath]!));
      }
    }
    return (await Promise.all(wanted.map((v) => get(equal(v))))).flat();
  }
}

const sexOf = (persons: Map<string, PersonRecord>, id: string) => persons.get(id)?.sex;
const groupBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
};
const placement = (c: CaseRecord | undefined) => (c ? `${c.siteId}|${c.deletedAt ? "x" : ""}` : "-");

/** The records a request replaces or removes, as they are before it. */
async function before(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  req: DBCoreMutateRequest,
): Promise<{ keys: string[]; old: (Rec | undefined)[] }> {
  if (req.type === "deleteRange") {
    const { result } = await table.query({
      trans,
      values: true,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    return { keys: (result as Rec[]).map((r) => r.id), old: result as Rec[] };
  }
  const keys: string[] =
    req.type === "delete"
      ? req.keys
      : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v) as string));
  if (req.type === "add") return { keys, old: keys.map(() => undefined) };
  return { keys, old: await table.getMany({ trans, keys }) };
}

/** What the request leaves at each of its keys (undefined: removed, or the operation failed and `old` stays). */
function after(
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
  old: (Rec | undefined)[],
): (Rec | undefined)[] {
  return old.map((o, i) =>
    res.failures[i] ? o : req.type === "add" || req.type === "put" ? (req.values[i] as Rec) : undefined,
  );
}

/**
 * The steps to take back (`minus`) and add (`plus`) for one write. `pairs` are the records before and after it;
 * the other records are read as they are (unchanged by this write).
 */
async function stepsFor(
  table: Watched,
  pairs: { old: Rec | undefined; now: Rec | undefined }[],
  read: Reader,
  checksBefore: Map<string, StatusCheckRecord[]> | null,
): Promise<{ minus: TallyStep[]; plus: TallyStep[] }> {
  const minus: TallyStep[] = [];
  const plus: TallyStep[] = [];
  const referralDelta = async (
    refs: readonly ReferralRecord[],
    caseOld: (r: ReferralRecord) => CaseRecord | undefined,
    caseNew: (r: ReferralRecord) => CaseRecord | undefined,
  ) => {
    if (!refs.length) return;
    const checks = groupBy(
      await read.by<StatusCheckRecord>(
        "statusChecks",
        "referralId",
        refs.map((r) => r.id),
      ),
      (c) => c.referralId,
    );
    for (const r of refs) {
      minus.push(...referralSteps(r, caseOld(r), checks.get(r.id) ?? []));
      plus.push(...referralSteps(r, caseNew(r), checks.get(r.id) ?? []));
    }
  };

  if (table === "cases") {
    const list = pairs as { old: CaseRecord | undefined; now: CaseRecord | undefined }[];
    const persons = await read.get<PersonRecord>(
      "persons",
      list.flatMap((p) => [p.old?.personId, p.now?.personId]).filter((x): x is string => !!x),
    );
    for (const { old, now } of list) {
      if (old) minus.push(...caseSteps(old, sexOf(persons, old.personId)));
      if (now) plus.push(...caseSteps(now, sexOf(persons, now.personId)));
    }
    // Referrals and investigations follow their case's site and deletion.
    const moved = list.filter((p) => placement(p.old) !== placement(p.now));
    const ids = moved.map((p) => (p.old ?? p.now)!.id);
    const oldCase = new Map(moved.map((p) => [(p.old ?? p.now)!.id, p.old]));
    const newCase = new Map(moved.map((p) => [(p.old ?? p.now)!.id, p.now]));
    const refs = await read.by<ReferralRecord>("referrals", "caseId", ids);
    await referralDelta(
      refs,
      (r) => oldCase.get(r.caseId),
      (r) => newCase.get(r.caseId),
    );
    for (const i of await read.by<InvestigationRecord>("investigations", "caseId", ids)) {
      minus.push(...investigationSteps(i, oldCase.get(i.caseId)));
      plus.push(...investigationSteps(i, newCase.get(i.caseId)));
    }
  } else if (table === "persons") {
    const list = pairs as { old: PersonRecord | undefined; now: PersonRecord | undefined }[];
    const changed = list.filter((p) => p.old?.sex !== p.now?.sex);
    const sexBefore = new Map(changed.map((p) => [(p.old ?? p.now)!.id, p.old?.sex]));
    const sexAfter = new Map(changed.map((p) => [(p.old ?? p.now)!.id, p.now?.sex]));
    for (const c of await read.by<CaseRecord>("cases", "personId", [...sexBefore.keys()])) {
      minus.push(...caseSteps(c, sexBefore.get(c.personId)));
      plus.push(...caseSteps(c, sexAfter.get(c.personId)));
    }
  } else if (table === "referrals") {
    const list = pairs as { old: ReferralRecord | undefined; now: ReferralRecord | undefined }[];
    const cases = await read.get<CaseRecord>(
      "cases",
      list.flatMap((p) => [p.old?.caseId, p.now?.caseId]).filter((x): x is string => !!x),
    );
    const checks = groupBy(
      await read.by<StatusCheckRecord>(
        "statusChecks",
        "referralId",
        list.map((p) => (p.old ?? p.now)!.id),
      ),
      (c) => c.referralId,
    );
    for (const { old, now } of list) {
      const id = (old ?? now)!.id;
      if (old) minus.push(...referralSteps(old, cases.get(old.caseId), checks.get(id) ?? []));
      if (now) plus.push(...referralSteps(now, cases.get(now.caseId), checks.get(id) ?? []));
    }
  } else if (table === "statusChecks") {
    // A referral's overdue stretches depend on all its checks: take it back with the checks before, add it with
    // the checks after.
    const list = pairs as { old: StatusCheckRecord | undefined; now: StatusCheckRecord | undefined }[];
    const refIds = [...new Set(list.flatMap((p) => [p.old?.referralId, p.now?.referralId]))].filter(
      (x): x is string => !!x,
    );
    const refs = await read.get<ReferralRecord>("referrals", refIds);
    const cases = await read.get<CaseRecord>(
      "cases",
      [...refs.values()].map((r) => r.caseId),
    );
    const changedIds = new Set(list.map((p) => (p.old ?? p.now)!.id));
    for (const r of refs.values()) {
      const was = checksBefore?.get(r.id) ?? [];
      const is = [
        ...was.filter((c) => !changedIds.has(c.id)),
        ...list.flatMap((p) => (p.now && p.now.referralId === r.id ? [p.now] : [])),
      ];
      minus.push(...referralSteps(r, cases.get(r.caseId), was));
      plus.push(...referralSteps(r, cases.get(r.caseId), is));
    }
  } else {
    const list = pairs as { old: InvestigationRecord | undefined; now: InvestigationRecord | undefined }[];
    const cases = await read.get<CaseRecord>(
      "cases",
      list.flatMap((p) => [p.old?.caseId, p.now?.caseId]).filter((x): x is string => !!x),
    );
    for (const { old, now } of list) {
      if (old) minus.push(...investigationSteps(old, cases.get(old.caseId)));
      if (now) plus.push(...investigationSteps(now, cases.get(now.caseId)));
    }
  }
  return { minus, plus };
}

/** Adds the steps to the stored tallies: the touched rows are read, changed and written back (or deleted when empty). */
async function store(down: DBCore, trans: DBCoreTransaction, minus: TallyStep[], plus: TallyStep[]) {
  if (!minus.length && !plus.length) return;
  const rows = new Map<string, StatTally>();
  const scratch = new Map<string, StatTally>();
  const touched = new Set([...applySteps(scratch, minus, -1), ...applySteps(scratch, plus, 1)]);
  const keys = [...touched];
  const t = down.table(TALLIES);
  const stored: (StatTally | undefined)[] = await t.getMany({ trans, keys });
  stored.forEach((row) => row && rows.set(row.key, structuredClone(row)));
  applySteps(rows, minus, -1);
  applySteps(rows, plus, 1);
  const put: StatTally[] = [];
  const gone: string[] = [];
  for (const k of keys) {
    const row = rows.get(k)!;
    if (isEmptyTally(row)) {
      if (stored.some((s) => s?.key === k)) gone.push(k);
    } else put.push(row);
  }
  if (put.length) await t.mutate({ type: "put", trans, values: put });
  if (gone.length) await t.mutate({ type: "delete", trans, keys: gone });
  // Written below Dexie's observability layer: name the tallies as changed ourselves, so a live query that read
  // them (the Laporan preview) runs again when the transaction commits.
  const every = () => new RangeSet(down.MIN_KEY, down.MAX_KEY);
  noteMutated(down, trans, TALLIES, { "": every(), ":dels": every() });
}

/** Writes of one transaction are handled one after another, so two of them never read the same tally row at once. */
const enqueue = transactionQueue();
/** Transactions that cleared the tallies (removing the demo clears every table): clearing a table then takes nothing back. */
const cleared = new WeakSet<DBCoreTransaction>();

function hasTallies(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return !names || names.contains(TALLIES);
}

/**
 * The Dexie middleware (AppDB registers it): a write transaction that touches a watched table also takes in the
 * other watched tables (read) and the tallies, and each write to a watched table adjusts the tallies it changes.
 */
export const statTalliesMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "statTallies",
  // Below Dexie's own middlewares (cache, observability, virtual indexes: levels -1 .. 2), so the reads and tally
  // writes made here go straight to IndexedDB in the write's transaction, outside Dexie's promise zones.
  level: -2,
  create(down) {
    const enabled = down.schema.tables.some((t) => t.name === TALLIES);
    if (!enabled) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const watched = mode === "readwrite" ? stores.filter(isWatched) : [];
        const widened = watched.length
          ? [...new Set([...stores, ...watched.flatMap((t) => READS[t]), TALLIES])]
          : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === TALLIES)
          return {
            ...table,
            mutate: (req) =>
              enqueue(req.trans, () => {
                if (req.type === "deleteRange") cleared.add(req.trans);
                return table.mutate(req);
              }),
          };
        if (!isWatched(name)) return table;
        return {
          ...table,
          getMany(req) {
            // A plain .then on the promise below keeps Dexie's transaction zone for the caller (an async function
            // here would not).
            return table.getMany(req).then((rows) => {
              if (hasTallies(req.trans)) {
                const known = transCache(req.trans, name);
                rows.forEach((r, i) => r && known.set(String(req.keys[i]), r as Rec));
              }
              return rows;
            });
          },
          mutate(req) {
            const { trans } = req;
            if (!hasTallies(trans)) return table.mutate(req);
            // Rows about to change are no longer as they were read (dropped now and again once written, in case a
            // read was answered in between).
            const forget = () => {
              const known = transCache(trans, name);
              if (req.type === "deleteRange") known.clear();
              else if (req.type === "delete") req.keys.forEach((k) => known.delete(String(k)));
              else
                (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v))).forEach((k) =>
                  known.delete(String(k)),
                );
            };
            forget();
            return enqueue(trans, async () => {
              if (req.type === "deleteRange" && cleared.has(trans)) return table.mutate(req);
              const read = new Reader(down, trans);
              const { old } = await before(table, trans, req);
              // Checks: the referrals' checks as they are before the write.
              let checksBefore: Map<string, StatusCheckRecord[]> | null = null;
              if (name === "statusChecks") {
                const incoming =
                  req.type === "add" || req.type === "put" ? (req.values as StatusCheckRecord[]) : [];
                const refIds = [...old, ...incoming]
                  .map((c) => (c as StatusCheckRecord | undefined)?.referralId)
                  .filter((x): x is string => !!x);
                checksBefore = groupBy(
                  await read.by<StatusCheckRecord>("statusChecks", "referralId", refIds),
                  (c) => c.referralId,
                );
              }
              const res = await table.mutate(req);
              forget();
              const now = after(req, res, old);
              const pairs = old
                .map((o, i) => ({ old: o, now: now[i] }))
                .filter((p) => p.old !== p.now && (p.old || p.now));
              const { minus, plus } = await stepsFor(name, pairs, read, checksBefore);
              await store(down, trans, minus, plus);
              return res;
            });
          },
        };
      },
    };
  },
};

/** Tallies made afresh from every record (the migration that adds them, and a check that they are right). */
export async function computeStatTallies(read: {
  cases: () => Promise<CaseRecord[]>;
  persons: () => Promise<PersonRecord[]>;
  referrals: () => Promise<ReferralRecord[]>;
  statusChecks: () => Promise<StatusCheckRecord[]>;
  investigations: () => Promise<InvestigationRecord[]>;
}): Promise<StatTally[]> {
  return talliesFromRecords({
    cases: await read.cases(),
    persons: await read.persons(),
    referrals: await read.referrals(),
    statusChecks: await read.statusChecks(),
    investigations: await read.investigations(),
  });
}
