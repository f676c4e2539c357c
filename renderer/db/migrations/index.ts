// Why: the ordered, append-only list of schema versions; never edit a shipped one, add the next file.
import Dexie from "dexie";
import { migration0001 } from "./0001-initial";
import { migration0002 } from "./0002-buku-rekod";
import { migration0003 } from "./0003-komuniti";
import { migration0004 } from "./0004-register-indexes";
import { migration0005 } from "./0005-audit-indexes";
import { migration0006 } from "./0006-stat-tallies";
import { migration0007 } from "./0007-case-index-entries";
import { migration0008 } from "./0008-follow-up-tallies";
import { migration0009 } from "./0009-import";
import { migration0010 } from "./0010-investigation-list";
import { migration0011 } from "./0011-meeting-minutes";
import { migration0012 } from "./0012-audit-filters";
import { migration0013 } from "./0013-direktori";
import { migration0014 } from "./0014-kpn";
import { migration0015 } from "./0015-direktori-semak";
import { migration0016 } from "./0016-kpn-list-keys";
import { migration0017 } from "./0017-exchange";
import { migration0018 } from "./0018-pkmd-desk";
import { migration0019 } from "./0019-pkh";
import { migration0020 } from "./0020-pkh-kpm-keys";
import { migration0021 } from "./0021-pkh-stages";
import { migration0022 } from "./0022-hub-sync";

export const migrations: ReadonlyArray<(db: Dexie) => void> = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
  migration0022,
];

let reached = 0;
/** The schema version the migrations reach: the highest declared (a number may be skipped, so not their count). */
export function schemaVersion(): number {
  if (!reached) {
    const probe = new Dexie("rekod-komuniti-schema-probe", { autoOpen: false });
    for (const apply of migrations) apply(probe);
    reached = probe.verno;
  }
  return reached;
}
