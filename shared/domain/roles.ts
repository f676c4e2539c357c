// Why: one table of who may do what, used by the data layer (enforcement) and the UI (what to show).
export const roles = ["pentadbir", "pkmd", "ppk", "pemerhati"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "office.manage",
  "users.manage",
  "sites.manage",
  "records.write",
  "records.restore",
  "audit.view",
  "demo.manage",
  "aid.decide",
  "rates.manage",
  "sulit.release",
  /** Merging duplicate directory entries (moves every reference). */
  "directory.merge",
  /** Planning Kembara Prihatin Negara tours (the district's roadmap). */
  "kpn.plan",
  /** Assigning a welfare case met on a tour to a site's PPK. */
  "kpn.assign",
  /** Writing and reading exchange files with the office's other PCs, and settling versions made apart. */
  "exchange.run",
  /** Reviewing the sites' monthly packs on the PKMD desk: return with comments, or sign (disahkan). */
  "pack.review",
  /** Recording and following up a PKH pendamping's violations (the koordinator's supervision). */
  "supervision.write",
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  pentadbir: [
    "office.manage",
    "users.manage",
    "sites.manage",
    "records.write",
    "records.restore",
    "audit.view",
    "demo.manage",
    "rates.manage",
    "sulit.release",
    "directory.merge",
    "kpn.plan",
    "exchange.run",
  ],
  pkmd: [
    "records.write",
    "records.restore",
    "audit.view",
    "aid.decide",
    "sulit.release",
    "directory.merge",
    "kpn.plan",
    "kpn.assign",
    "exchange.run",
    "pack.review",
    "supervision.write",
  ],
  ppk: ["records.write", "records.restore", "sulit.release", "exchange.run"],
  pemerhati: [],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** Roles that see every site in the district; the rest see only their assigned sites. */
export function seesAllSites(role: Role): boolean {
  return role === "pentadbir" || role === "pkmd" || role === "pemerhati";
}
