// Why: the one list of tables kept on each PC only; every other table travels between PCs and to the office hub (a
// table added later travels without new code), so the PCs and the hub agree on what may travel.

/** Tables that never travel, each with why. */
export const LOCAL_TABLES: Readonly<Record<string, string>> = {
  loginAttempts: "lockout counts belong to the PC the passwords were typed on",
  drafts: "unsaved form values of a user on this PC",
  counters: "per-PC running numbers (each PC numbers in its own blocks)",
  statTallies: "derived from the records, recounted on each PC",
  importMappings: "column choices remembered for files imported on this PC",
  exchange: "this PC's book: its id, its last change number, what it and its peers hold",
  versionsApart: "versions made apart on another PC, waiting for a user of this PC",
  hubSync: "this PC's transfers with the office hub in flight (resumed after a cut or a restart)",
};

/** True when rows of `table` travel to other PCs (and so carry a version stamp). */
export function travels(table: string): boolean {
  return !Object.hasOwn(LOCAL_TABLES, table);
}

/** The shape of a table name that may travel: what a file or a hub accepts before looking further. */
export const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
