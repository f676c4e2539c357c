// Why: a monthly pack keeps each document's model as it was sent, so the figures the PKMD signs never move after; the
// bytes that already travel on their own (the office logo, programme photos) are left out to keep the pack small on
// a slow email line, found again when shown, and the signature is the one the pack's steps name.
import type { MonthlyPackData } from "../domain/monthly-pack";
import { signatureBlock, type LetterheadLogo, type SignatureBlock } from "./frame/text";

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/** Walks a model, letting `visit` replace an object (return undefined to keep walking into it). */
function mapObjects(v: unknown, visit: (o: Plain, key: string | null) => unknown): unknown {
  const walk = (x: unknown, key: string | null): unknown => {
    if (Array.isArray(x)) return x.map((e) => walk(e, key)).filter((e) => e !== DROP);
    if (!isPlain(x)) return x;
    const replaced = visit(x, key);
    if (replaced !== undefined) return replaced;
    return Object.fromEntries(Object.entries(x).map(([k, e]) => [k, walk(e, k)]));
  };
  return walk(v, null);
}

const DROP = Symbol("drop");

/** The model as a pack keeps it: the letterhead without its logo, each photo without its bytes (its id kept). */
export function packSnapshot(model: unknown): Plain {
  const out = mapObjects(model, (o, key) => {
    if (key === "letterhead") return { ...o, logo: null };
    if (typeof o.photoId === "string" && o.data instanceof Uint8Array) return { ...o, data: null };
    return undefined;
  });
  if (!isPlain(out)) throw new Error("A document model is an object");
  return out;
}

export type SnapshotBytes = {
  /** The office logo as the letterhead now has it. */
  logo: LetterheadLogo | null;
  /** A photo's bytes by its id; undefined when it has not reached this PC (the photo is then left out). */
  photo: (id: string) => Uint8Array | undefined;
};

/** Every photo id a kept model needs, to read them in one go. */
export function snapshotPhotoIds(model: unknown): string[] {
  const ids: string[] = [];
  mapObjects(model, (o) => {
    if (typeof o.photoId === "string" && o.data === null) ids.push(o.photoId);
    return undefined;
  });
  return ids;
}

/** A kept model made whole again to be shown, printed or saved. */
export function fromSnapshot<M>(model: Plain, bytes: SnapshotBytes): M {
  return mapObjects(model, (o, key) => {
    if (key === "letterhead") return { ...o, logo: bytes.logo };
    if (typeof o.photoId === "string" && o.data === null) {
      const data = bytes.photo(o.photoId);
      return data ? { ...o, data } : DROP;
    }
    return undefined;
  }) as M;
}

/**
 * The signature a pack's documents carry: prepared by the officer who sent the last round, on the day sent; checked by
 * the PKMD named in Tetapan with no date while it waits, and by the PKMD who signed it, on that day, once disahkan.
 */
export function packSignature(
  pack: Pick<MonthlyPackData, "preparedBy" | "sentOn" | "signedBy">,
  reviewer: { name: string; jawatan?: string },
): SignatureBlock {
  const preparedBy = { ...pack.preparedBy, date: pack.sentOn };
  return signatureBlock({
    preparedBy,
    reviewedBy: pack.signedBy
      ? {
          id: pack.signedBy.id,
          name: pack.signedBy.name,
          jawatan: pack.signedBy.jawatan,
          date: pack.signedBy.date,
        }
      : { name: reviewer.name, ...(reviewer.jawatan ? { jawatan: reviewer.jawatan } : {}) },
  });
}

/** A kept model with the pack's signature in place of the one it was made with. */
export function withPackSignature<M>(model: M, signature: SignatureBlock): M {
  return isPlain(model) && "signature" in model ? ({ ...model, signature } as M) : model;
}
