// Why: the official documents in the order the Laporan screen lists them, and the monthly pack's members.
import { bukuRekodDoc } from "./buku-rekod";
import { direktoriDoc } from "./direktori";
import { jadualPelaksanaanDoc } from "./jadual-pelaksanaan";
import { kpnStatusDoc } from "./kpn-status";
import { minitMesyuaratDoc } from "./minit-mesyuarat";
import { pelaksanaanProgramDoc } from "./pelaksanaan-program";
import { profailKomunitiDoc } from "./profail-komuniti";
import { siasatanDoc } from "./siasatan";
import { statistikKesDoc } from "./statistik-kes";
import { statusRujukanDoc } from "./status-rujukan";
import type { AnyDocDef } from "./types";

/** The pseudo-document code of the monthly pack. */
export const PACK = "pakej-bulanan";

export const documents: readonly AnyDocDef[] = [
  statistikKesDoc,
  pelaksanaanProgramDoc,
  bukuRekodDoc,
  profailKomunitiDoc,
  siasatanDoc,
  statusRujukanDoc,
  minitMesyuaratDoc,
  jadualPelaksanaanDoc,
  kpnStatusDoc,
  direktoriDoc,
];

export function documentByCode(code: string): AnyDocDef | undefined {
  return documents.find((d) => d.code === code);
}

/** What the monthly pack to the PKMD holds, in order. */
export const packDocuments: readonly AnyDocDef[] = [statistikKesDoc, pelaksanaanProgramDoc, statusRujukanDoc];
