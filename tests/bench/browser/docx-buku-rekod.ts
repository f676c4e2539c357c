// Why: the Buku Rekod docx writer in a bundle of its own, so the reports bench still runs while that writer is unfinished.
import type { BukuRekodModel } from "../../../shared/reports/buku-rekod";
import { bukuRekodDocx } from "../../../shared/reports/buku-rekod-docx";

window.benchDocxBukuRekod = (model: BukuRekodModel) => bukuRekodDocx(model);
