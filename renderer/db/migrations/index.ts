// Why: the ordered, append-only list of schema versions; never edit a shipped one, add the next file.
import type Dexie from "dexie";
import { migration0001 } from "./0001-initial";
import { migration0002 } from "./0002-buku-rekod";

export const migrations: ReadonlyArray<(db: Dexie) => void> = [migration0001, migration0002];
