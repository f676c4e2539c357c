// Why: the one encryption envelope of backups, exchange files and the hub: gzip, then AES-256-GCM with a fresh data key
// and nonce per file, the data key wrapped (AES-KW) by a key derived from the passphrase; the header is authenticated.
import { z } from "zod";
import { BackupError } from "./errors";
import { concatBytes, fromBase64, readStream, streamOf, toBase64 } from "./bytes";
import { exchangeHeaderSchema } from "../exchange/version";

/** The first 8 bytes of every file made by this envelope. */
export const ENVELOPE_MAGIC = new TextEncoder().encode("RKSEAL1\n");
/** The envelope format this code writes; a file with a higher number comes from a newer app. */
export const ENVELOPE_FORMAT = 1;
export const BACKUP_KDF_ITERATIONS = 600_000;
const MAX_HEADER_BYTES = 64 * 1024;
const HKDF_INFO = new TextEncoder().encode("rekod-komuniti/envelope/wrap/v1");

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const passphraseKdfSchema = z.object({
  name: z.literal("PBKDF2-SHA256"),
  // Reading a file never costs more than ten times what this app spends on it.
  iterations: z
    .number()
    .int()
    .min(BACKUP_KDF_ITERATIONS)
    .max(BACKUP_KDF_ITERATIONS * 10),
  salt: b64,
});
/**
 * Where the file's key comes from: a passphrase (backups, the join file), or the office's random exchange key
 * (exchange files: it travels only inside the join file), named by an id so a PC can tell which key a file needs.
 */
export const kdfParamsSchema = z.discriminatedUnion("name", [
  passphraseKdfSchema,
  z.object({ name: z.literal("OFFICE-KEY"), keyId: z.string().regex(/^[0-9a-f]{16,64}$/) }),
]);
export type KdfParams = z.infer<typeof kdfParamsSchema>;
type PassphraseKdf = z.infer<typeof passphraseKdfSchema>;

export const envelopeHeaderSchema = z.object({
  format: z.number().int().min(1),
  /** What the sealed bytes hold: "backup" (shared/backup/archive.ts) or, later, an exchange file. */
  kind: z.string().min(1).max(40),
  appVersion: z.string().min(1).max(40),
  /** The database schema version (Dexie's verno) of the data inside. */
  schemaVersion: z.number().int().min(0),
  office: z.object({ id: z.string().max(100), name: z.string().max(300), createdAt: z.string().max(40) }),
  createdAt: z.string().max(40),
  kdf: kdfParamsSchema,
  /** HKDF salt of this file: the per-file wrapping key comes from the passphrase key and this salt. */
  hkdfSalt: b64,
  wrap: z.literal("AES-KW"),
  wrappedKey: b64,
  cipher: z.literal("AES-256-GCM"),
  nonce: b64,
  compression: z.literal("gzip"),
  /** An exchange file's sender, addressee and what the sender held (shared/exchange); authenticated like the rest. */
  exchange: exchangeHeaderSchema.optional(),
});
export type EnvelopeHeader = z.infer<typeof envelopeHeaderSchema>;
/** What the caller says about a file; the envelope adds the cryptographic fields. */
export type HeaderInfo = Pick<
  EnvelopeHeader,
  "kind" | "appVersion" | "schemaVersion" | "office" | "createdAt" | "exchange"
>;

/**
 * The passphrase's key: PBKDF2-SHA256 bits imported as a non-extractable HKDF key. It is what the app keeps (in memory,
 * or as a CryptoKey in IndexedDB); the passphrase itself is never kept.
 */
export type PassphraseKey = { base: CryptoKey; kdf: KdfParams };

/** Derives the passphrase key (the slow step: 600,000 PBKDF2 rounds); a new random salt unless `kdf` is given. */
export async function derivePassphraseKey(passphrase: string, kdf?: KdfParams): Promise<PassphraseKey> {
  if (kdf?.name === "OFFICE-KEY") throw new BackupError("wrongPassphrase", "file sealed with an office key");
  const params: PassphraseKdf = kdf ?? {
    name: "PBKDF2-SHA256",
    iterations: BACKUP_KDF_ITERATIONS,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
  };
  const material = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(passphrase.normalize("NFC")),
    "PBKDF2",
    false,
    ["deriveBits"],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: fromBase64(params.salt), iterations: params.iterations },
    material,
    256,
  );
  const base = await crypto.subtle.importKey("raw", bits, "HKDF", false, ["deriveKey", "deriveBits"]);
  return { base, kdf: params };
}

/** True when `key` was derived with the same parameters as the file's header asks for. */
export function sameKdf(a: KdfParams, b: KdfParams): boolean {
  if (a.name === "OFFICE-KEY" || b.name === "OFFICE-KEY")
    return a.name === "OFFICE-KEY" && b.name === "OFFICE-KEY" && a.keyId === b.keyId;
  return a.iterations === b.iterations && a.salt === b.salt;
}

/** A key made of 32 random bytes (the office exchange key) in the form the envelope takes; `keyId` names it. */
export async function importRawKey(raw: Uint8Array<ArrayBuffer>, keyId: string): Promise<PassphraseKey> {
  if (raw.byteLength !== 32) throw new BackupError("damaged", "key length");
  const base = await crypto.subtle.importKey("raw", raw, "HKDF", false, ["deriveKey", "deriveBits"]);
  return { base, kdf: { name: "OFFICE-KEY", keyId } };
}

function wrappingKey(key: PassphraseKey, hkdfSalt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: hkdfSalt, info: HKDF_INFO },
    key.base,
    { name: "AES-KW", length: 256 },
    false,
    ["wrapKey", "unwrapKey"],
  );
}

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, false);
  return out;
}

/** Compresses `plain` (given as chunks, never joined) with gzip. */
export function gzip(plain: readonly Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  return readStream(
    streamOf(plain).pipeThrough(
      new CompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>,
    ),
  );
}

export function gunzip(packed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return readStream(
    streamOf([packed]).pipeThrough(
      new DecompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>,
    ),
  );
}

/** Seals `plain`: gzip, a fresh data key and nonce, AES-256-GCM with the magic and header as additional data. */
export async function seal(
  plain: readonly Uint8Array[],
  key: PassphraseKey,
  info: HeaderInfo,
): Promise<Uint8Array<ArrayBuffer>> {
  const packed = await gzip(plain);
  const dataKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]);
  const hkdfSalt = crypto.getRandomValues(new Uint8Array(16));
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = new Uint8Array(
    await crypto.subtle.wrapKey("raw", dataKey, await wrappingKey(key, hkdfSalt), "AES-KW"),
  );
  const header: EnvelopeHeader = {
    format: ENVELOPE_FORMAT,
    ...info,
    kdf: key.kdf,
    hkdfSalt: toBase64(hkdfSalt),
    wrap: "AES-KW",
    wrappedKey: toBase64(wrapped),
    cipher: "AES-256-GCM",
    nonce: toBase64(nonce),
    compression: "gzip",
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = concatBytes([ENVELOPE_MAGIC, u32(headerBytes.byteLength), headerBytes]);
  const cipher = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: nonce, additionalData: prefix },
    dataKey,
    packed,
  );
  return concatBytes([prefix, new Uint8Array(cipher)]);
}

type Parsed = { header: EnvelopeHeader; prefix: Uint8Array<ArrayBuffer>; body: Uint8Array<ArrayBuffer> };

function parse(file: Uint8Array<ArrayBuffer>): Parsed {
  const magic = ENVELOPE_MAGIC.byteLength;
  if (ENVELOPE_MAGIC.some((b, i) => file[i] !== b)) throw new BackupError("notBackup", "no magic");
  if (file.byteLength < magic + 4) throw new BackupError("damaged", "truncated");
  const length = new DataView(file.buffer, file.byteOffset + magic, 4).getUint32(0, false);
  if (length > MAX_HEADER_BYTES) throw new BackupError("notBackup", "header too long");
  if (file.byteLength < magic + 4 + length) throw new BackupError("damaged", "truncated header");
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(file.subarray(magic + 4, magic + 4 + length)),
    );
  } catch {
    throw new BackupError("notBackup", "header is not JSON");
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === "number" && format > ENVELOPE_FORMAT)
    throw new BackupError("newerFormat", String(format));
  const header = envelopeHeaderSchema.safeParse(raw);
  if (!header.success) throw new BackupError("notBackup", "header fields");
  return {
    header: header.data,
    prefix: file.subarray(0, magic + 4 + length),
    body: file.subarray(magic + 4 + length),
  };
}

/** The file's plain header, read without the passphrase (office, date, versions); throws for a file that is not one. */
export function readHeader(file: Uint8Array<ArrayBuffer>): EnvelopeHeader {
  return parse(file).header;
}

/** The passphrase key for this file (derived with the file's own KDF parameters). */
export function keyForFile(file: Uint8Array<ArrayBuffer>, passphrase: string): Promise<PassphraseKey> {
  return derivePassphraseKey(passphrase, parse(file).header.kdf);
}

/**
 * Opens a sealed file: `wrongPassphrase` when the data key cannot be unwrapped, `damaged` when the contents or header
 * fail authentication (a truncated or changed file), then gunzip.
 */
export async function unseal(
  file: Uint8Array<ArrayBuffer>,
  key: PassphraseKey,
): Promise<{ header: EnvelopeHeader; plain: Uint8Array<ArrayBuffer> }> {
  const { header, prefix, body } = parse(file);
  if (!sameKdf(key.kdf, header.kdf)) throw new BackupError("wrongPassphrase", "key made for another salt");
  let dataKey: CryptoKey;
  try {
    dataKey = await crypto.subtle.unwrapKey(
      "raw",
      fromBase64(header.wrappedKey),
      await wrappingKey(key, fromBase64(header.hkdfSalt)),
      "AES-KW",
      { name: "AES-GCM", length: 256 },
      false,
      ["decrypt"],
    );
  } catch {
    throw new BackupError("wrongPassphrase");
  }
  let packed: ArrayBuffer;
  try {
    packed = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(header.nonce), additionalData: prefix },
      dataKey,
      body,
    );
  } catch {
    throw new BackupError("damaged", "authentication failed");
  }
  try {
    return { header, plain: await gunzip(new Uint8Array(packed)) };
  } catch {
    throw new BackupError("damaged", "not gzip");
  }
}
