// Why: a site's PC takes only its own sites' records (and the district's); every record says which by its `siteId`,
// so which PCs a record travels to is one rule for every table, present and future.

/** The scope of records of the whole district: office, sites, users, the directory, KPN. */
export const DISTRICT = "district";

/**
 * Tables whose rows carry photos or files: they travel in their own scopes (`<scope>#media`), so a file sent without
 * them over a slow line leaves them owed, and the next file with photos brings them.
 */
export const MEDIA_TABLES: ReadonlySet<string> = new Set(["photos", "attachments"]);
const MEDIA = "#media";

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
  const scope = typeof siteId === "string" && siteId ? siteId : DISTRICT;
  return MEDIA_TABLES.has(table) ? scope + MEDIA : scope;
}

/** The site (or district) a scope is of, media or not. */
function baseOf(scope: string): string {
  return scope.endsWith(MEDIA) ? scope.slice(0, -MEDIA.length) : scope;
}

/** True when a PC with `scopes` takes records of `scope`. */
export function takes(scopes: Scopes, scope: string): boolean {
  const base = baseOf(scope);
  return base === DISTRICT || scopes === "all" || scopes.includes(base);
}

/** The scopes two PCs share among the office's sites: what a file between them covers (with photos or without). */
export function sharedScopes(a: Scopes, b: Scopes, sites: readonly string[], media: boolean): string[] {
  const bases = [DISTRICT, ...sites].filter(
    (s, i, all) => all.indexOf(s) === i && takes(a, s) && takes(b, s),
  );
  return media ? bases.flatMap((s) => [s, s + MEDIA]) : bases;
}
