// Why: a site's PC takes only its own sites' records (and the district's); every record says which by its `siteId`,
// so which PCs a record travels to is one rule for every table, present and future.

/** The scope of records of the whole district: office, sites, users, the directory, KPN. */
export const DISTRICT = "district";

/** Which PCs a PC exchanges records with: all sites (the PKMD's and clerks' PCs) or the listed ones. */
export type Scopes = "all" | readonly string[];

/**
 * A row's scope: its site, or the district. An audit row goes where the record it describes goes (its before/after
 * copy names the site); a site's own row is the district's, so every PC knows every site.
 */
export function scopeOf(table: string, row: Record<string, unknown>): string {
  if (table === "sites") return DISTRICT;
  const source =
    table === "audit" ? ((row.after ?? row.before) as Record<string, unknown> | null | undefined) : row;
  const siteId = source && typeof source === "object" ? source.siteId : undefined;
  return typeof siteId === "string" && siteId ? siteId : DISTRICT;
}

/** True when a PC with `scopes` takes records of `scope`. */
export function takes(scopes: Scopes, scope: string): boolean {
  return scope === DISTRICT || scopes === "all" || scopes.includes(scope);
}

/** The scopes two PCs share: what a file between them covers. */
export function sharedScopes(a: Scopes, b: Scopes, known: readonly string[]): string[] {
  return [DISTRICT, ...known].filter((s, i, all) => all.indexOf(s) === i && takes(a, s) && takes(b, s));
}
