// Why: the booklet's own choices (kinds, active only, paper), kept in the Laporan screen's address like its other choices.
import { organisationKinds, type OrganisationKind } from "../../../../shared/domain/directory";
import { DEFAULT_KINDS } from "../../../../shared/reports/direktori/model";
import type { DirektoriPaper } from "../../../../shared/reports/direktori/pages";

/** "cbo-ngo" (the default), "semua", or one kind. */
export const KIND_PRESETS = ["cbo-ngo", "semua", ...organisationKinds] as const;
export type KindPreset = (typeof KIND_PRESETS)[number];

export type DirektoriOptions = {
  preset: KindPreset;
  kinds: OrganisationKind[];
  activeOnly: boolean;
  paper: DirektoriPaper;
};

/** The address parameters (`jenis`, `aktif`, `kertas`) as options; anything unknown falls back to the default. */
export function direktoriOptions(params: Readonly<Record<string, string>> | undefined): DirektoriOptions {
  const p = params ?? {};
  const preset = (KIND_PRESETS as readonly string[]).includes(p.jenis ?? "")
    ? (p.jenis as KindPreset)
    : "cbo-ngo";
  const kinds: OrganisationKind[] =
    preset === "cbo-ngo" ? [...DEFAULT_KINDS] : preset === "semua" ? [...organisationKinds] : [preset];
  return { preset, kinds, activeOnly: p.aktif !== "0", paper: p.kertas === "a5" ? "a5" : "a4" };
}
