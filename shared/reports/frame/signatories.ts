// Why: who signs an official document is one rule (the officer who owns the work prepares it, the PKMD checks it), not whoever pressed the button.
import type { Role } from "../../domain/roles";
import type { SignatureInput } from "./text";

/** An officer as a signature names them. */
export type Signer = { id?: string; name: string; jawatan: string };

export type SignatoryFacts = {
  /** One site's document, or a district document covering several sites. */
  scope: "site" | "district";
  /** The user making the document now. */
  maker: Signer & { id: string; role: Role };
  /** The active PPKs assigned to the sites the document covers, in the order to prefer them (by name). */
  sitePpks: readonly (Signer & { id: string })[];
  /**
   * The officer whose own record the document is (the investigating officer of a Siasatan, the author of a
   * profile version): they prepare it, whoever prints it.
   */
  author?: Signer | null;
  /** Who checks it: the PKMD named in Tetapan, or the PKMD who decided. */
  reviewer: Signer & { date?: string };
  /** When the preparer's part was done (e.g. the investigation was sent), if known. */
  preparedDate?: string;
};

/**
 * "Disediakan oleh" is the officer who owns the work:
 * 1. the record's author when the document is about one record (Siasatan, a profile version);
 * 2. the maker, when the maker is a PPK of the sites covered (their own work);
 * 3. for one site, the site's PPK (the first, by name);
 * 4. otherwise (a district document, or a site with no PPK) the district's officer: the PKMD, who then both prepares
 *    and checks it, and the block says so in one column (`signatureBlock`).
 * "Disemak / Disahkan oleh" is always the reviewer.
 */
export function signatories(f: SignatoryFacts): SignatureInput {
  const ppk = f.sitePpks.find((p) => p.id === f.maker.id);
  const owner =
    f.author ??
    (f.maker.role === "ppk" && ppk ? ppk : null) ??
    (f.scope === "site" ? (f.sitePpks[0] ?? null) : null) ??
    f.reviewer;
  const preparedBy: SignatureInput["preparedBy"] = { name: owner.name, jawatan: owner.jawatan };
  if (owner.id) preparedBy.id = owner.id;
  if (f.preparedDate) preparedBy.date = f.preparedDate;
  return { preparedBy, reviewedBy: { ...f.reviewer } };
}

const personKey = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The same officer on both sides of the block: the same user, or (the PKMD is named in Tetapan as text) the same name. */
export function samePerson(s: SignatureInput): boolean {
  const a = s.preparedBy;
  const b = s.reviewedBy;
  if (a.id && b.id) return a.id === b.id;
  return personKey(a.name) !== "" && personKey(a.name) === personKey(b.name);
}

/** The post written under a signature in a JKM document (always in Malay). */
export const JAWATAN: Record<Role, string> = {
  ppk: "Pekerja Pembangunan Komuniti",
  pkmd: "Pegawai Kebajikan Masyarakat Daerah",
  pentadbir: "Pentadbir Sistem",
  pemerhati: "Pemerhati",
};

/** The same roles' posts in a PKH document (Indonesian). */
export const JABATAN_PKH: Record<Role, string> = {
  ppk: "Pendamping PKH",
  pkmd: "Koordinator PKH Kabupaten/Kota",
  pentadbir: "Administrator Sistem",
  pemerhati: "Pemantau",
};

/** A user's post under their signature: the one the administrator wrote, else the role's usual post in the pack. */
export function postOf(user: { role: Role; jawatan?: string }, pack: "jkm" | "pkh" = "jkm"): string {
  return user.jawatan?.trim() || (pack === "pkh" ? JABATAN_PKH : JAWATAN)[user.role];
}
