// Why: a meeting's attendees are stakeholders of the site and people named freely; these rules keep the two kinds together.
import type { MeetingInput } from "../../../../shared/domain/community";

export type Attendee = MeetingInput["attendees"][number];

const orgOf = (a: Attendee | undefined) => (a?.organisationId ? { organisationId: a.organisationId } : {});

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Replaces the stakeholder attendees with the chosen ones (in the order chosen); free names stay. */
export function withStakeholders(
  attendees: readonly Attendee[],
  chosenIds: readonly string[],
  stakeholders: readonly { id: string; name: string }[],
): Attendee[] {
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const kept = new Map(attendees.filter((a) => a.stakeholderId).map((a) => [a.stakeholderId!, a]));
  const chosen = chosenIds.flatMap((id) => {
    const s = byId.get(id);
    const was = kept.get(id);
    const name = s?.name ?? was?.name;
    // A stakeholder still chosen keeps the directory organisation already tied to them.
    return name ? [{ stakeholderId: id, name, ...orgOf(was) }] : [];
  });
  return [...chosen, ...attendees.filter((a) => !a.stakeholderId)];
}

/** Adds a freely named attendee; a name already on the list (any kind, any case) is not added twice. */
export function addFreeName(attendees: readonly Attendee[], name: string): Attendee[] {
  const n = name.trim().replace(/\s+/g, " ");
  if (!n || attendees.some((a) => same(a.name, n))) return [...attendees];
  return [...attendees, { stakeholderId: null, name: n }];
}

export function stakeholderIds(attendees: readonly Attendee[]): string[] {
  return attendees.flatMap((a) => (a.stakeholderId ? [a.stakeholderId] : []));
}

/** Ties the attendee at `index` to a directory organisation, or unties them (null); the others are unchanged. */
export function withOrganisation(
  attendees: readonly Attendee[],
  index: number,
  organisationId: string | null,
): Attendee[] {
  return attendees.map((a, i) => {
    if (i !== index) return a;
    const { organisationId: _old, ...rest } = a;
    return organisationId ? { ...rest, organisationId } : rest;
  });
}
