// Why: an investigation starts from the applicant's household as registered in the Buku Rekod, not retyped.
import { orderMembers, type InvestigationMember } from "../../../../shared/domain/aid";
import { ageOn, isValidIsoDate } from "../../../../shared/domain/dates";
import type { AppDB, PersonRecord } from "../../../db/app-db";

/** One registered person as an investigation's household member, aged on the investigation date. */
function memberOf(p: PersonRecord, relationship: InvestigationMember["relationship"], date: string) {
  const age = isValidIsoDate(p.birthDate) ? ageOn(p.birthDate, date) : 0;
  return {
    personId: p.id,
    name: p.name.slice(0, 150),
    relationship,
    docNo: p.docNo.slice(0, 20),
    age: Math.min(130, Math.max(0, age)),
    occupation: p.occupation.slice(0, 100),
    income: p.income,
  } satisfies InvestigationMember;
}

/**
 * The applicant's registered household (members, relationships to its head, ages from their birth dates) in report
 * order, the applicant first; an applicant in no household comes alone, as the head.
 */
export async function registeredHousehold(
  db: AppDB,
  applicant: PersonRecord,
  date: string,
): Promise<InvestigationMember[]> {
  const household = applicant.householdId ? await db.households.get(applicant.householdId) : undefined;
  if (!household || household.deletedAt) return [memberOf(applicant, "ketua", date)];
  const persons = await db.persons.bulkGet(household.members.map((m) => m.personId));
  const members = household.members.flatMap((m, i) => {
    const p = m.personId === applicant.id ? applicant : persons[i];
    return p && !p.deletedAt ? [memberOf(p, m.relationship, date)] : [];
  });
  if (!members.some((m) => m.personId === applicant.id)) members.unshift(memberOf(applicant, "ketua", date));
  return orderMembers(members, { personId: applicant.id });
}
