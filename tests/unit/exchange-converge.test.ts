// Why: three or four PCs (the PKMD's taking every site, site PCs taking theirs) making random creates, edits, deletes
// and settlements and exchanging files in random order (files repeated, lost and re-sent), and put back to their last
// backup now and then, must end holding the same records of the scopes they share, lose no change that still existed
// somewhere, and show a conflict exactly when two PCs changed the same record apart. fast-check prints the seed and
// path of any failing run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressOf,
  afterReceiving,
  holding,
  holdingsFor,
  newBook,
  newToPeer,
  nextSeq,
  restoredBook,
  type ExchangeBook,
  type Holdings,
} from "../../shared/exchange/book";
import { sharedScopes, takes, type Scopes } from "../../shared/exchange/scope";
import {
  canonical,
  differingFields,
  mergeVersion,
  settledSeen,
  writeVersion,
  type RecordState,
  type Versioned,
} from "../../shared/exchange/merge";
import { covers, includes, joinSeen, stampVersion } from "../../shared/exchange/version";

type Rec = Versioned & { name: string };
type File = { from: string; holds: Holdings; basis: Holdings; versions: Rec[] };
type Snapshot = { book: ExchangeBook; store: Map<string, RecordState<Rec>> };
type Pc = {
  book: ExchangeBook;
  scopes: Scopes;
  store: Map<string, RecordState<Rec>>;
  inbox: File[];
  /** Its last backup. */
  backup: Snapshot | null;
};

/** The PKMD's PC takes every site; the others one site each; the fourth, when there is one, every site too. */
const PCS: [string, Scopes][] = [
  ["pc-aaaaaaaa", "all"],
  ["pc-bbbbbbbb", ["site-1"]],
  ["pc-cccccccc", ["site-2"]],
  ["pc-dddddddd", "all"],
];
const SITES = ["site-1", "site-2"];
/** Each record's scope: two of one site, one of the other, one of the district, and a photo of the first site. */
const SCOPE: Record<string, string> = {
  r1: "site-1",
  r2: "site-1",
  r3: "site-2",
  r4: "district",
  r5: "site-1#media",
};
const IDS = Object.keys(SCOPE);

const op = fc.oneof(
  fc.record({
    kind: fc.constant("write" as const),
    pc: fc.nat(3),
    id: fc.constantFrom(...IDS),
    name: fc.string({ maxLength: 3 }),
    clock: fc.nat(4),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    pc: fc.nat(3),
    id: fc.constantFrom(...IDS),
    clock: fc.nat(4),
  }),
  fc.record({
    kind: fc.constant("settle" as const),
    pc: fc.nat(3),
    id: fc.constantFrom(...IDS),
    clock: fc.nat(4),
  }),
  fc.record({ kind: fc.constant("send" as const), pc: fc.nat(3), to: fc.nat(3), media: fc.boolean() }),
  fc.record({ kind: fc.constant("deliver" as const), pc: fc.nat(3), pick: fc.nat(20), keep: fc.boolean() }),
  fc.record({ kind: fc.constant("lose" as const), pc: fc.nat(3), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant("backup" as const), pc: fc.nat(3) }),
  fc.record({ kind: fc.constant("restore" as const), pc: fc.nat(3) }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Runs the ops on `n` PCs; every version any PC wrote is logged. */
function run(n: number, ops: Op[]) {
  const pcs: Pc[] = PCS.slice(0, n).map(([id, scopes]) => ({
    book: newBook(id),
    scopes,
    store: new Map(),
    inbox: [],
    backup: null,
  }));
  const written: Rec[] = [];
  /**
   * Versions that stopped existing anywhere: a restore took them from their PC, or a lost file was their last copy,
   * before any other PC took them. Only these may be missing at the end.
   */
  const destroyed = new Set<Rec>();
  let restores = 0;
  const at = (i: number) => pcs[i % n]!;

  const write = (
    pc: Pc,
    id: string,
    change: (prev: Rec | null) => Partial<Rec>,
    from: readonly Rec[],
    clock: number,
  ) => {
    const next = nextSeq(pc.book);
    pc.book = next.book;
    const prev = pc.store.get(id)?.current ?? null;
    const version: Rec = {
      name: "",
      deletedAt: null,
      ...prev,
      ...change(prev),
      id,
      updatedAt: `t${String(clock).padStart(3, "0")}`,
      ...stampVersion(
        pc.book.pc,
        next.seq,
        from.map((v) => v.seen),
      ),
    };
    // A PC's own write replaces what it was made from; versions waiting stay waiting (only a settlement ends them).
    pc.store.set(id, writeVersion(pc.store.get(id) ?? null, version));
    written.push(version);
  };
  const receive = (pc: Pc, file: File) => {
    for (const v of file.versions) {
      pc.store.set(v.id, mergeVersion(pc.store.get(v.id) ?? null, v).state);
    }
    pc.book = afterReceiving(pc.book, file.from, file.holds, file.basis);
  };
  const send = (from: Pc, to: Pc, media: boolean) => {
    const scopes = sharedScopes(from.scopes, to.scopes, SITES, media);
    const peer = addressOf(to.book);
    const versions = [...from.store.values()]
      .flatMap((s) => [s.current, ...s.others])
      .filter((v) => scopes.includes(SCOPE[v.id]!) && newToPeer(from.book, peer, SCOPE[v.id]!, v));
    const basis = Object.fromEntries(scopes.map((sc) => [sc, from.book.peers[peer]?.[sc] ?? {}]));
    to.inbox.push({ from: addressOf(from.book), holds: holdingsFor(from.book, scopes), basis, versions });
  };
  const copy = (store: Map<string, RecordState<Rec>>) =>
    new Map([...store].map(([id, st]) => [id, { current: st.current, others: [...st.others] }]));
  /** After a restore or a lost file: what no PC holds and no file on its way carries is gone for good. */
  const sweep = () => {
    const copies = [
      ...pcs.flatMap((pc) => [...pc.store.values()].flatMap((st) => [st.current, ...st.others])),
      ...pcs.flatMap((pc) => pc.inbox.flatMap((f) => f.versions)),
    ];
    for (const v of written)
      if (!destroyed.has(v) && !copies.some((c) => c.id === v.id && covers(c.seen, v.pc, v.pcSeq)))
        destroyed.add(v);
  };
  const restore = (pc: Pc, backup: Snapshot) => {
    pc.book = restoredBook(backup.book, `${addressOf(backup.book)}-r${++restores}`);
    pc.store = copy(backup.store);
    sweep();
  };

  for (const o of ops) {
    const pc = at(o.pc);
    // A PC writes only records of the scopes it takes (a PPK cannot open another site's records).
    if ("id" in o && !takes(pc.scopes, SCOPE[o.id]!)) continue;
    const state = "id" in o ? pc.store.get(o.id) : undefined;
    if (o.kind === "write") write(pc, o.id, () => ({ name: o.name }), state ? [state.current] : [], o.clock);
    else if (o.kind === "delete" && state && !state.current.deletedAt)
      write(pc, o.id, () => ({ deletedAt: `t${o.clock}` }), [state.current], o.clock);
    else if (o.kind === "settle" && state && state.others.length) {
      const pick = state.others[0]!;
      write(
        pc,
        o.id,
        () => ({ name: pick.name, deletedAt: pick.deletedAt }),
        [state.current, ...state.others],
        o.clock,
      );
    } else if (o.kind === "send" && o.to % n !== o.pc % n) send(pc, at(o.to), o.media);
    else if (o.kind === "deliver" && pc.inbox.length) {
      const i = o.pick % pc.inbox.length;
      const file = pc.inbox[i]!;
      if (!o.keep) pc.inbox.splice(i, 1); // kept: the same file arrives again later
      receive(pc, file);
    } else if (o.kind === "lose" && pc.inbox.length) {
      pc.inbox.splice(o.pick % pc.inbox.length, 1);
      sweep();
    } else if (o.kind === "backup") pc.backup = { book: pc.book, store: copy(pc.store) };
    else if (o.kind === "restore" && pc.backup) restore(pc, pc.backup);
  }
  // Files still on their way are lost; then everyone exchanges with everyone until nothing moves (the offices keep
  // sending): they must agree.
  for (const pc of pcs) pc.inbox = [];
  sweep();
  for (let round = 0; round < 3; round++)
    for (const a of pcs)
      for (const b of pcs)
        if (a !== b) {
          send(a, b, true);
          receive(b, b.inbox.pop()!);
        }
  return { pcs, written: written.filter((v) => !destroyed.has(v)), restores };
}

/** What a PC holds of one record, as text (absent when it holds nothing of it). */
const view = (pc: Pc, id: string) => canonical(pc.store.get(id) ?? null);

describe("exchange between PCs", () => {
  it("converges, loses no confirmed change, and flags conflicts exactly when a record was changed apart", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 4 }),
        fc.array(op, { minLength: 10, maxLength: 80, size: "max" }),
        (n, ops) => {
          const { pcs, written } = run(n, ops);
          for (const id of IDS) {
            const scope = SCOPE[id]!;
            const takers = pcs.filter((pc) => takes(pc.scopes, scope));
            // The PCs taking a record's scope hold the same of it; the others nothing.
            for (const pc of takers) expect(view(pc, id)).toBe(view(takers[0]!, id));
            for (const pc of pcs) if (!takes(pc.scopes, scope)) expect(pc.store.has(id)).toBe(false);
            const mine = written.filter((v) => v.id === id);
            if (!mine.length) continue;
            const state = takers[0]!.store.get(id)!;
            const held = [state.current, ...state.others];
            // Nothing lost: every version written is held, or a held version was made after seeing it.
            for (const v of mine) expect(held.some((h) => covers(h.seen, v.pc, v.pcSeq))).toBe(true);
            // The versions nobody built on: more than one means two PCs changed the record apart.
            const latest = mine.filter((v) => !mine.some((w) => w !== v && includes(w.seen, v.seen)));
            expect(state.others.length).toBe(latest.length - 1);
            // Every PC taking the scope ends holding every change written in it.
            for (const pc of takers)
              expect(includes(holding(pc.book, scope), joinSeen(...mine.map((v) => v.seen)))).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("does not take what a site's PC holds, relayed by another site's PC, for that site's records", () => {
    // b (site 1) writes; its file to c (site 2) carries only the district; c's file to a says what c holds. a must
    // still get b's site record when b next writes to it.
    const ops: Op[] = [
      { kind: "write", pc: 1, id: "r1", name: "x", clock: 1 },
      { kind: "send", pc: 1, to: 2, media: false },
      { kind: "deliver", pc: 2, pick: 0, keep: false },
      { kind: "send", pc: 2, to: 0, media: false },
      { kind: "deliver", pc: 0, pick: 0, keep: false },
    ];
    const { pcs } = run(3, ops);
    expect(pcs[0]!.store.get("r1")?.current.name).toBe("x");
  });

  it("ignores a file read twice and an older version arriving after a newer one", () => {
    const a = stampVersion("pc-aaaaaaaa", 1, []);
    const b = stampVersion("pc-aaaaaaaa", 2, [a.seen]);
    const v1: Rec = { id: "x", name: "Siti", updatedAt: "t1", deletedAt: null, ...a };
    const v2: Rec = { ...v1, name: "Siti Aminah", updatedAt: "t2", ...b };
    const once = mergeVersion(null, v2).state;
    expect(mergeVersion(once, v2).changed).toBe(false);
    expect(mergeVersion(once, v1)).toEqual({ state: once, changed: false });
    expect(mergeVersion(mergeVersion(null, v1).state, v2).state).toEqual({ current: v2, others: [] });
  });

  it("keeps both versions of a record changed apart, shows the live one over a deletion, and settles to one", () => {
    const base = stampVersion("pc-aaaaaaaa", 1, []);
    const v0: Rec = { id: "x", name: "Siti", updatedAt: "t1", deletedAt: null, ...base };
    const edited: Rec = {
      ...v0,
      name: "Siti Aminah",
      updatedAt: "t2",
      ...stampVersion("pc-aaaaaaaa", 2, [base.seen]),
    };
    const deleted: Rec = {
      ...v0,
      deletedAt: "t3",
      updatedAt: "t3",
      ...stampVersion("pc-bbbbbbbb", 1, [base.seen]),
    };
    const both = mergeVersion(mergeVersion(null, edited).state, deleted).state;
    expect(both.current).toBe(edited);
    expect(both.others).toEqual([deleted]);
    expect(differingFields(edited, deleted)).toEqual(["deletedAt", "name"]);
    const settled: Rec = {
      ...edited,
      updatedAt: "t4",
      ...stampVersion("pc-bbbbbbbb", 2, [settledSeen(both)]),
    };
    expect(mergeVersion(both, settled).state).toEqual({ current: settled, others: [] });
  });
});
