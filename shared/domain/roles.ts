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
  ],
  pkmd: ["records.write", "records.restore", "audit.view", "aid.decide", "sulit.release"],
  ppk: ["records.write", "records.restore", "sulit.release"],
  pemerhati: [],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** Roles that see every site in the district; the rest see only their assigned sites. */
export function seesAllSites(role: Role): boolean {
  return role === "pentadbir" || role === "pkmd" || role === "pemerhati";
}
