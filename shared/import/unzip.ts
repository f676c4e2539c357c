// Why: the entries of a zip file (an .xlsx) inflated by the platform's own DecompressionStream: a 50,000-row sheet is
// tens of megabytes of XML, and a JavaScript inflater that yields between small chunks takes many seconds for it.
import { ImportFileError } from "./sheet";

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

export type ZipEntries = Map<string, { method: number; data: Uint8Array }>;

/** The entries of a zip archive by name, still compressed; ImportFileError when the bytes are no zip archive. */
export function zipEntries(bytes: Uint8Array): ZipEntries {
  const bad = () => new ImportFileError("imp.notSpreadsheet");
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw bad();
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names = new TextDecoder();
  const out: ZipEntries = new Map();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw bad();
    const method = u16(bytes, at + 10);
    const size = u32(bytes, at + 20);
    const nameLen = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    at += 46 + nameLen + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw bad();
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + size > bytes.length) throw bad();
    out.set(name, { method, data: bytes.subarray(start, start + size) });
  }
  return out;
}

/** One entry as text (UTF-8), or null when the archive has no such entry. */
export async function zipText(entries: ZipEntries, name: string): Promise<string | null> {
  const e = entries.get(name);
  if (!e) return null;
  if (e.method === 0) return new TextDecoder().decode(e.data);
  if (e.method !== 8) throw new ImportFileError("imp.notSpreadsheet");
  try {
    const stream = new Blob([e.data as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw"));
    return await new Response(stream).text();
  } catch {
    throw new ImportFileError("imp.notSpreadsheet");
  }
}
