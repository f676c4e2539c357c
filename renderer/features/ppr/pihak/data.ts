// Why: what the stakeholder screens read: a site's stakeholders with how often they were contacted, and one with its history.
import type { Actor } from "../../../../shared/domain/access";
import type { ContactRecord, StakeholderRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { stakeholdersRepo } from "../../../db/repositories/community";
import { sitesRepo } from "../../../db/repositories/sites";

export type StakeholderRow = {
  stakeholder: StakeholderRecord;
  contacts: number;
  lastContact: string | null;
};

/** A site's live stakeholders by name, each with its number of contacts and the last contact date. */
export async function siteStakeholders(actor: Actor, siteId: string): Promise<StakeholderRow[]> {
  await sitesRepo(db).get(actor, siteId);
  const people = await db.stakeholders
    .where("siteId")
    .equals(siteId)
    .filter((s) => !s.deletedAt)
    .toArray();
  const contacts = await db.contacts
    .where("stakeholderId")
    .anyOf(people.map((s) => s.id))
    .filter((c) => !c.deletedAt)
    .toArray();
  const byPerson = new Map<string, ContactRecord[]>();
  for (const c of contacts) byPerson.set(c.stakeholderId, [...(byPerson.get(c.stakeholderId) ?? []), c]);
  return people
    .map((s) => {
      const mine = byPerson.get(s.id) ?? [];
      const last = mine.reduce<string | null>((m, c) => (m === null || c.date > m ? c.date : m), null);
      return { stakeholder: s, contacts: mine.length, lastContact: last };
    })
    .sort((a, b) => a.stakeholder.name.localeCompare(b.stakeholder.name, "ms"));
}

/** One stakeholder (access checked), its site and its contacts newest first, with the names of who recorded them. */
export async function stakeholderWithContacts(actor: Actor, id: string) {
  const stakeholder = await stakeholdersRepo(db).get(actor, id);
  const site = await sitesRepo(db).get(actor, stakeholder.siteId);
  const contacts = (
    await db.contacts
      .where("stakeholderId")
      .equals(id)
      .filter((c) => !c.deletedAt)
      .toArray()
  ).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const users = await db.users.bulkGet([...new Set(contacts.map((c) => c.createdBy))]);
  const names = new Map(users.filter((u) => !!u).map((u) => [u.id, u.name]));
  return { stakeholder, site, contacts, names };
}
