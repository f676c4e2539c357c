// Why: the KPN status report is always written in Malay (an official JKM document), whatever the reader's language;
// its code labels are fixed here once.
import type { AgeBand, BasketItem } from "../../../domain/kpn/codes";

export const AGE_LABEL: Record<AgeBand, string> = {
  "kanak-kanak": "Kanak-kanak",
  belia: "Belia",
  dewasa: "Dewasa",
  "warga-emas": "Warga emas",
};

export const ITEM_LABEL: Record<BasketItem, string> = {
  beras: "Beras",
  minyak: "Minyak",
  tepung: "Tepung",
  gula: "Gula",
};

export const AGENCY_LABEL: Record<string, string> = {
  "ziarah-prihatin": "Ziarah Prihatin",
  "pembangunan-keluarga": "Pembangunan Keluarga",
  "pemerkasaan-wanita": "Pemerkasaan Wanita",
  "kajian-kapasiti": "Kajian Kapasiti",
};

export const LOCATION_LABEL: Record<string, string> = {
  pasar: "Pasar Pagi / Pasar Tani / Pasar Malam",
  "kompleks-niaga": "Kompleks Niaga",
  "tempat-ibadah": "Tempat Ibadah",
  "pengangkutan-awam": "Kompleks Pengangkutan Awam",
  "pusat-komuniti": "Pusat Komuniti Setempat",
  "perumahan-awam": "Projek Perumahan Awam",
  ppr: "Projek Perumahan Rakyat",
};

export const ROLE_LABEL: Record<string, string> = {
  ketua: "Ketua Pasukan",
  petugas: "Petugas",
  pembantu: "Pembantu Kebajikan Masyarakat",
  pemandu: "Pemandu",
};

export const STATUS_LABEL: Record<string, string> = {
  dirancang: "Dirancang",
  dilaksanakan: "Dilaksanakan",
  ditangguhkan: "Ditangguhkan",
  dibatalkan: "Dibatalkan",
};

const WEEKDAYS = ["Ahad", "Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu"];

/** "Rabu" for a yyyy-mm-dd date. */
export function weekdayName(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/** A figure as printed: a shortfall with a true minus sign (−1), which no line break separates from its digits. */
export function figureText(n: number | null): string {
  return n === null ? "" : n < 0 ? `\u2212${-n}` : String(n);
}
