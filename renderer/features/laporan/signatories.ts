// Why: reads the officers a document's signature names (the sites' PPKs, a record's author or decider) and hands them to the one signatory rule.
import type { Actor } from "../../../shared/domain/access";
import { signatories } from "../../../shared/reports/frame/signatories";
import type { SignatureInput } from "../../../shared/reports/frame/text";
import type { AppDB } from "../../db/app-db";
import type { ReportContext } from "./context";
import { postOf } from "./figures";

export type SignatoryChoice = {
  /** The sites the document covers; more than one makes it a district document. */
  siteIds: readonly string[];
  /** The user whose own record the document is (investigating officer, profile author). */
  authorId?: string | null;
  /** The user who decided, checking instead of the PKMD named in Tetapan. */
  reviewerId?: string | null;
  /** The preparer's and reviewer's dates, when the record knows them. */
  preparedDate?: string;
  reviewedDate?: string;
};

/** Who prepares and who checks the document `actor` makes now for `choice` (shared/reports/frame/signatories.ts). */
export async function documentSignatories(
  db: AppDB,
  context: Pick<ReportContext, "signature">,
  actor: Actor,
  choice: SignatoryChoice,
): Promise<SignatureInput> {
  const users = (await db.users.toArray()).filter((u) => !u.deletedAt);
  const byId = new Map(users.map((u) => [u.id, u]));
  const signer = (id: string | null | undefined) => {
    const u = id ? byId.get(id) : undefined;
    return u ? { id: u.id, name: u.name, jawatan: postOf(u) } : null;
  };
  const covered = new Set(choice.siteIds);
  const sitePpks = users
    .filter((u) => u.role === "ppk" && !u.disabled && u.siteIds.some((s) => covered.has(s)))
    .sort((a, b) => a.name.localeCompare(b.name, "ms"))
    .map((u) => ({ id: u.id, name: u.name, jawatan: postOf(u) }));
  const office = context.signature.reviewedBy;
  const decider = signer(choice.reviewerId);
  const maker = byId.get(actor.userId);
  return signatories({
    scope: choice.siteIds.length === 1 ? "site" : "district",
    maker: {
      id: actor.userId,
      role: actor.role,
      name: actor.name,
      jawatan: postOf(maker ?? { role: actor.role }),
    },
    sitePpks,
    author: signer(choice.authorId),
    reviewer: {
      ...(decider
        ? { ...decider, jawatan: office.jawatan ?? decider.jawatan }
        : { name: office.name, jawatan: office.jawatan ?? "" }),
      ...(choice.reviewedDate ? { date: choice.reviewedDate } : {}),
    },
    ...(choice.preparedDate ? { preparedDate: choice.preparedDate } : {}),
  });
}
