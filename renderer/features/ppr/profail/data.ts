// Why: what the profile screens read: the user's sites, a site's versions with who prepared them, and the register's figures.
import type { Actor } from "../../../../shared/domain/access";
import { figuresFromRegister } from "../../../../shared/domain/community";
import type { ProfileRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { profilesRepo } from "../../../db/repositories/community";
import { sitesRepo } from "../../../db/repositories/sites";
import type { RegisterOffer } from "./profile-fields";

/** A site's live versions, newest first; refused (AccessError) for a site the user is not assigned to. */
export async function siteProfiles(actor: Actor, siteId: string): Promise<ProfileRecord[]> {
  await sitesRepo(db).get(actor, siteId);
  const rows = await db.profiles
    .where("[siteId+asOf]")
    .between([siteId, ""], [siteId, "\uffff"])
    .filter((p) => !p.deletedAt)
    .toArray();
  return rows.sort((a, b) => b.version - a.version);
}

/** A version through the repository (so access is checked), with the site it belongs to. */
export async function profileWithSite(actor: Actor, id: string) {
  const profile = await profilesRepo(db).get(actor, id);
  const site = await sitesRepo(db).get(actor, profile.siteId);
  return { profile, site };
}

/** Names of users by id, for "prepared by". */
export async function userNames(ids: readonly string[]): Promise<Map<string, string>> {
  const users = await db.users.bulkGet([...new Set(ids)]);
  return new Map(users.filter((u) => !!u).map((u) => [u.id, u.name]));
}

/**
 * What the Buku Rekod knows about a site's population on `asOf`: persons by age band, sex, ethnic group, OKU and so on.
 * Households are offered only when the register holds some for the site (none recorded is not "zero households").
 */
export async function registerOffer(
  actor: Actor,
  siteId: string,
  asOf: string,
): Promise<{ offer: RegisterOffer; persons: number }> {
  await sitesRepo(db).get(actor, siteId);
  const persons = await db.persons
    .where("siteId")
    .equals(siteId)
    .filter((p) => !p.deletedAt)
    .toArray();
  const households = await db.households
    .where("siteId")
    .equals(siteId)
    .filter((h) => !h.deletedAt)
    .count();
  const figures = figuresFromRegister(persons, households, asOf);
  if (households === 0) delete figures.households;
  return { offer: figures, persons: persons.length };
}
