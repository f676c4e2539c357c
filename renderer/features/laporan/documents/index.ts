// Why: JKM's official documents (the PPR sites' and KPN's, and the CBO directory) and the monthly pack's members; each
// programme names its own on the Laporan screen (features/<programme>/programme.tsx).
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

/** The PPR sites' documents (and the CBO directory, JKM's), in the order the Laporan screen lists them. */
export const pprDocuments: AnyDocDef[] = [
  statistikKesDoc,
  pelaksanaanProgramDoc,
  bukuRekodDoc,
  profailKomunitiDoc,
  siasatanDoc,
  statusRujukanDoc,
  minitMesyuaratDoc,
  direktoriDoc,
];

/** Kembara Prihatin Negara's documents. */
export const kpnDocuments: AnyDocDef[] = [jadualPelaksanaanDoc, kpnStatusDoc];

/** Every JKM document. */
export const documents: readonly AnyDocDef[] = [...pprDocuments, ...kpnDocuments];

export function documentByCode(code: string): AnyDocDef | undefined {
  return documents.find((d) => d.code === code);
}

/** What the monthly pack to the PKMD holds, in order. */
export const packDocuments: readonly AnyDocDef[] = [statistikKesDoc, pelaksanaanProgramDoc, statusRujukanDoc];
