// Why: HSDS wants UUIDs; the app's ids are ULIDs. Name-based UUIDs (RFC 9562 version 5) of the entry's id keep every
// row's id the same from one export to the next, so a state or NGO directory can update what it took before.

/** The namespace of Rekod Komuniti's HSDS ids (a fixed random UUID). */
export const HSDS_NAMESPACE = "8f3b6c1e-2a4d-4e7f-9b0c-5d6e7f8a9b10";

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

function uuidBytes(uuid: string): Uint8Array {
  const h = uuid.replace(/-/g, "");
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(h.slice(i * 2, i * 2 + 2), 16));
}

/** The version 5 UUID of `name` in `namespace` (SHA-1, as RFC 9562 section 5.5). */
export async function uuidV5(name: string, namespace = HSDS_NAMESPACE): Promise<string> {
  const ns = uuidBytes(namespace);
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-1", input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hex(hash);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
