// Why: which programmes an office runs follows from its country pack: JKM runs PPR and KPN, PKH runs PKH.
import type { CountryPack } from "../../shared/domain/codes";
import type { Programme } from "./programme";
import { pprProgramme } from "../features/ppr/programme";
import { kpnProgramme } from "../features/kpn/programme";
import { pkhProgramme } from "../features/pkh/programme";

export function programmesOf(pack: CountryPack): Programme[] {
  return pack === "pkh" ? [pkhProgramme] : [pprProgramme, kpnProgramme];
}
