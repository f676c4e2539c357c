// Why: the one serialisation of records (with their metadata) for backups, exchange files and the hub: every table as
// parts of JSON lines with their binary values (photos, attachments, the logo) beside them, a SHA-256 and a count each.
import { BackupError } from "./errors";
import { concatBytes, sha256Hex } from "./bytes";

export const ARCHIVE_FORMAT = 1;
/** Records per part: bounds the size of one JSON text and gives the progress its steps. */
export const PART_RECORDS = 5_000;

/** One table as read from the database; `outOfLineKeys` holds the keys of a store without a key path. */
export type ArchiveTable = { name: string; rows: unknown[]; outOfLineKeys?: unknown[] };

export type ArchiveManifest = {
  format: number;
  schemaVersion: number;
  /** Every table, in the order written: records, and SHA-256 over the hashes of its parts in order. */
  tables: { name: string; records: number; sha256: string; outOfLineKeys: boolean }[];
};

type PartHead = { t: string; n: number; j: number; b: number; k?: 1 };
type BinRef = { $rk: "blob" | "u8" | "ab"; o: number; l: number; type?: string };
type DateRef = { $rk: "date"; v: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NEWLINE = 10;

/** Collects a part's binary values and hands out their place in the part. */
class Bins {
  readonly items: (Blob | Uint8Array)[] = [];
  size = 0;
  add(value: Blob | Uint8Array, kind: BinRef["$rk"]): BinRef {
    const ref: BinRef = { $rk: kind, o: this.size, l: value instanceof Blob ? value.size : value.byteLength };
    if (value instanceof Blob) ref.type = value.type;
    this.items.push(value);
    this.size += ref.l;
    return ref;
  }
  async bytes(): Promise<Uint8Array[]> {
    return Promise.all(
      this.items.map(async (v) => (v instanceof Blob ? new Uint8Array(await v.arrayBuffer()) : v)),
    );
  }
}

/** The value with every Blob, byte array and Date replaced by a JSON-safe reference; unchanged objects are shared. */
function encodeValue(v: unknown, bins: Bins): unknown {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof Blob) return bins.add(v, "blob");
  if (v instanceof Uint8Array) return bins.add(v, "u8");
  if (v instanceof ArrayBuffer) return bins.add(new Uint8Array(v), "ab");
  if (v instanceof Date) return { $rk: "date", v: v.toISOString() } satisfies DateRef;
  if (ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set)
    throw new BackupError("unsupportedValue", Object.prototype.toString.call(v));
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const e = encodeValue(v[i], bins);
      if (e !== v[i]) (out ??= v.slice())[i] = e;
    }
    return out ?? v;
  }
  let out: Record<string, unknown> | null = null;
  const obj = v as Record<string, unknown>;
  for (const k in obj) {
    const e = encodeValue(obj[k], bins);
    if (e !== obj[k]) (out ??= { ...obj })[k] = e;
  }
  return out ?? v;
}

function decodeValue(v: unknown, bin: Uint8Array): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = decodeValue(v[i], bin);
    return v;
  }
  const obj = v as Record<string, unknown>;
  const tag = obj.$rk;
  if (tag === "date") return new Date(String(obj.v));
  if (tag === "blob" || tag === "u8" || tag === "ab") {
    const { o, l } = obj as BinRef;
    if (!(o >= 0 && l >= 0 && o + l <= bin.byteLength))
      throw new BackupError("damaged", "binary out of range");
    const bytes = bin.slice(o, o + l);
    if (tag === "blob") return new Blob([bytes], { type: String(obj.type ?? "") });
    return tag === "u8" ? bytes : bytes.buffer;
  }
  for (const k in obj) obj[k] = decodeValue(obj[k], bin);
  return obj;
}

async function encodePart(
  name: string,
  rows: unknown[],
  keys: unknown[] | undefined,
): Promise<{ bytes: Uint8Array; jsonBytes: number; binBytes: number }> {
  const bins = new Bins();
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = encodeValue(rows[i], bins);
    lines[i] = JSON.stringify(keys ? [encodeValue(keys[i], bins), value] : value);
  }
  const json = encoder.encode(rows.length ? `${lines.join("\n")}\n` : "");
  const head: PartHead = {
    t: name,
    n: rows.length,
    j: json.byteLength,
    b: bins.size,
    ...(keys ? { k: 1 } : {}),
  };
  const bytes = concatBytes([encoder.encode(`${JSON.stringify(head)}\n`), json, ...(await bins.bytes())]);
  return { bytes, jsonBytes: json.byteLength, binBytes: bins.size };
}

export type EncodedArchive = {
  /** The plain archive, in parts (gzip and seal take them as they are). */
  chunks: Uint8Array[];
  manifest: ArchiveManifest;
  /** Sizes: the JSON lines, the binary values, and the JSON a plain export would be (binaries as base64). */
  jsonBytes: number;
  binBytes: number;
};

/** Serialises every table (in the order given); `onPart` hears the records done so far. */
export async function encodeArchive(
  tables: readonly ArchiveTable[],
  schemaVersion: number,
  onPart?: (recordsDone: number) => void,
): Promise<EncodedArchive> {
  const chunks: Uint8Array[] = [
    encoder.encode(`${JSON.stringify({ archive: "rekod-komuniti", format: ARCHIVE_FORMAT })}\n`),
  ];
  const manifest: ArchiveManifest = { format: ARCHIVE_FORMAT, schemaVersion, tables: [] };
  let jsonBytes = 0;
  let binBytes = 0;
  let done = 0;
  for (const table of tables) {
    const partHashes: string[] = [];
    for (let from = 0; from === 0 || from < table.rows.length; from += PART_RECORDS) {
      const to = Math.min(from + PART_RECORDS, table.rows.length);
      const part = await encodePart(
        table.name,
        table.rows.slice(from, to),
        table.outOfLineKeys?.slice(from, to),
      );
      partHashes.push(await sha256Hex(part.bytes));
      chunks.push(part.bytes);
      jsonBytes += part.jsonBytes;
      binBytes += part.binBytes;
      done += to - from;
      onPart?.(done);
    }
    manifest.tables.push({
      name: table.name,
      records: table.rows.length,
      sha256: await sha256Hex(encoder.encode(partHashes.join("\n"))),
      outOfLineKeys: !!table.outOfLineKeys,
    });
  }
  chunks.push(encoder.encode(`${JSON.stringify({ manifest })}\n`));
  return { chunks, manifest, jsonBytes, binBytes };
}

/** One part of a table in a read archive; `rows()` parses it (and its binaries) when asked. */
export type ArchivePart = {
  table: string;
  records: number;
  rows(): { keys: unknown[] | null; values: unknown[] };
};

export type ReadArchive = { manifest: ArchiveManifest; parts: ArchivePart[] };

function lineEnd(plain: Uint8Array, from: number): number {
  const end = plain.indexOf(NEWLINE, from);
  if (end < 0) throw new BackupError("damaged", "line without end");
  return end;
}

function jsonLine<T>(plain: Uint8Array, from: number): { value: T; next: number } {
  const end = lineEnd(plain, from);
  try {
    return { value: JSON.parse(decoder.decode(plain.subarray(from, end))) as T, next: end + 1 };
  } catch {
    throw new BackupError("damaged", "line is not JSON");
  }
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

function parseRows(
  json: Uint8Array,
  bin: Uint8Array,
  keyed: boolean,
): { keys: unknown[] | null; values: unknown[] } {
  const text = decoder.decode(json);
  let items: unknown[];
  try {
    // JSON text never holds a raw newline, so the lines become one array with a single parse.
    items = text ? (JSON.parse(`[${text.slice(0, -1).replaceAll("\n", ",")}]`) as unknown[]) : [];
  } catch {
    throw new BackupError("damaged", "record is not JSON");
  }
  if (text.includes('"$rk"')) items = items.map((r) => decodeValue(r, bin));
  if (!keyed) return { keys: null, values: items };
  const pairs = items as [unknown, unknown][];
  return { keys: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]) };
}

/**
 * Reads an archive and checks it whole before anything is parsed: every part's count and hash against the manifest,
 * every table of the manifest present. Throws `damaged` (or `newerFormat`) on any difference.
 */
export async function readArchive(plain: Uint8Array): Promise<ReadArchive> {
  const start = jsonLine<{ archive?: string; format?: number }>(plain, 0);
  if (start.value.archive !== "rekod-komuniti") throw new BackupError("notBackup", "not an archive");
  if ((start.value.format ?? 0) > ARCHIVE_FORMAT) throw new BackupError("newerFormat", "archive");
  const parts: ArchivePart[] = [];
  const seen = new Map<string, { records: number; hashes: string[] }>();
  let at = start.next;
  let manifest: ArchiveManifest | null = null;
  while (at < plain.byteLength) {
    const line = jsonLine<PartHead & { manifest?: ArchiveManifest }>(plain, at);
    if (line.value.manifest) {
      manifest = line.value.manifest;
      at = line.next;
      break;
    }
    const { t, n, j, b, k } = line.value;
    if (typeof t !== "string" || !(n >= 0 && j >= 0 && b >= 0)) throw new BackupError("damaged", "part head");
    const end = line.next + j + b;
    if (end > plain.byteLength) throw new BackupError("damaged", "truncated part");
    const json = plain.subarray(line.next, line.next + j);
    const bin = plain.subarray(line.next + j, end);
    if (countLines(json) !== n) throw new BackupError("damaged", `count of ${t}`);
    const entry = seen.get(t) ?? { records: 0, hashes: [] };
    entry.records += n;
    entry.hashes.push(await sha256Hex(plain.subarray(at, end)));
    seen.set(t, entry);
    parts.push({ table: t, records: n, rows: () => parseRows(json, bin, k === 1) });
    at = end;
  }
  if (!manifest || at !== plain.byteLength) throw new BackupError("damaged", "no manifest");
  if (manifest.format > ARCHIVE_FORMAT) throw new BackupError("newerFormat", "manifest");
  if (manifest.tables.length !== seen.size) throw new BackupError("damaged", "tables differ");
  for (const table of manifest.tables) {
    const got = seen.get(table.name);
    if (!got || got.records !== table.records) throw new BackupError("damaged", `records of ${table.name}`);
    if ((await sha256Hex(encoder.encode(got.hashes.join("\n")))) !== table.sha256)
      throw new BackupError("damaged", `checksum of ${table.name}`);
  }
  return { manifest, parts };
}
