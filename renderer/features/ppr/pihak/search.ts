// Why: the stakeholder list is searched by part of a name or an organisation, whatever the case.
import type { StakeholderRecord } from "../../../db/app-db";

export function matchesSearch(s: StakeholderRecord, query: string): boolean {
  const q = query.trim().toLocaleLowerCase("ms");
  if (!q) return true;
  return [s.name, s.organisation].some((x) => x.toLocaleLowerCase("ms").includes(q));
}
