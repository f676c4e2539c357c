// Why: the hub keeps each version as a JSONB body, and JSON has no bytes: a photo, an attachment or the logo is kept
// as base64 with its type and given back as the same Blob or byte array, so a record comes down as it went up.
import { fromBase64, toBase64 } from "../backup/bytes";

type Tagged = { $rk: "b64"; kind: "blob" | "u8"; type?: string; d: string };

/** The version with every Blob and byte array replaced by tagged base64 (Dates as ISO text). */
export async function toStoredBody(value: unknown): Promise<unknown> {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Blob)
    return {
      $rk: "b64",
      kind: "blob",
      type: value.type,
      d: toBase64(new Uint8Array(await value.arrayBuffer())),
    } satisfies Tagged;
  if (value instanceof Uint8Array) return { $rk: "b64", kind: "u8", d: toBase64(value) } satisfies Tagged;
  if (value instanceof ArrayBuffer) return { $rk: "b64", kind: "u8", d: toBase64(new Uint8Array(value)) };
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return Promise.all(value.map(toStoredBody));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = await toStoredBody(v);
  return out;
}

/** The version as the PCs hold it: tagged base64 back to a Blob or byte array. */
export function fromStoredBody(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(fromStoredBody);
  const obj = value as Record<string, unknown>;
  if (obj.$rk === "b64" && typeof obj.d === "string") {
    const bytes = fromBase64(obj.d);
    return obj.kind === "blob" ? new Blob([bytes], { type: String(obj.type ?? "") }) : bytes;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = fromStoredBody(v);
  return out;
}
