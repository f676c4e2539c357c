// Why: Program Keluarga Harapan (Indonesia's pack): the KPM register, groups, P2K2 sessions, commitments, payments,
// complaints, the pendamping's reports and the coordinator's supervision; a PKH office sees only these and the shared
// screens.
import type { Programme } from "../../app/programme";
import { PkhHomePage } from "./beranda/PkhHomePage";
import { daftarPenyediaDoc } from "./laporan/daftar-penyedia";
import { AgendaPage } from "./agenda/AgendaPage";
import { IconCalendarTime } from "@tabler/icons-react";

export const pkhProgramme: Programme = {
  routes: [{ path: "agenda", element: <AgendaPage /> }],
  nav: [{ to: "/agenda", key: "pkh.agenda.nav", icon: IconCalendarTime }],
  home: <PkhHomePage />,
  documents: [daftarPenyediaDoc],
};
