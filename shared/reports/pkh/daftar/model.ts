// Why: PKH's Daftar lists (RTSM, Ketua Kelompok, service providers, Daftar Hadir) are one kind of document: a framed
// table of rows with a signature block; each list builds this model and the same writers lay it out.
import type { Classification, Letterhead, SignatureBlock } from "../../frame/text";

export type DaftarColumn = {
  header: string;
  /** Relative width (Excel units; the Word table is scaled to the page). */
  width: number;
  /** Text columns are left-aligned and wrap; the others are centred. */
  text?: true;
  /** A numeric column (stored as a number in Excel). */
  numeric?: true;
};

export type DaftarModel = {
  code: string;
  letterhead: Letterhead;
  title: string;
  subtitle: string[];
  classification: Classification;
  stamp: string;
  signature: SignatureBlock;
  orientation: "portrait" | "landscape";
  columns: DaftarColumn[];
  /** One row per entry; the first cell is the running number "No". */
  rows: (string | number)[][];
  /** The least row height in points, for lists people sign on (the Daftar Hadir); rows fit their text otherwise. */
  rowHeight?: number;
  /** Lines under the table (e.g. "Belum ada penyedia yang tercatat."). */
  notes: string[];
  fileNames: { docx: string; xlsx: string };
};
