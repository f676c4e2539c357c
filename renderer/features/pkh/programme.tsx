// Why: Program Keluarga Harapan (Indonesia's pack): the KPM register, groups, P2K2 sessions, commitments, payments,
// complaints, the pendamping's reports and the coordinator's supervision; a PKH office sees only these and the shared
// screens.
import type { Programme } from "../../app/programme";
import { PkhHomePage } from "./beranda/PkhHomePage";
import { daftarPenyediaDoc } from "./laporan/daftar-penyedia";
import { AgendaPage } from "./agenda/AgendaPage";
import {
  IconCalendarTime,
  IconUsersGroup,
  IconHomeHeart,
  IconSchool,
  IconFileText,
  IconCash,
  IconMessageReport,
  IconChecklist,
  IconUserCheck,
} from "@tabler/icons-react";
import { KpmListPage } from "./kpm/KpmListPage";
import { KpmPage } from "./kpm/KpmPage";
import { GroupListPage } from "./kelompok/GroupListPage";
import { GroupPage } from "./kelompok/GroupPage";
import { KpmSearchBox } from "./carian/KpmSearchBox";
import { P2k2Page } from "./p2k2/P2k2Page";
import { SessionPage } from "./p2k2/SessionPage";
import { ProgressPage } from "./p2k2/ProgressPage";
import { daftarHadirDoc } from "./p2k2/daftar-hadir";
import { ReportsPage } from "./laporan/ReportsPage";
import { ReportPage } from "./laporan/ReportPage";
import { laporanPendampingDoc } from "./laporan/laporan-pendamping";
import { daftarRtsmDoc } from "./laporan/daftar-rtsm";
import { daftarKetuaDoc } from "./laporan/daftar-ketua";
import { PaymentsPage } from "./pembayaran/PaymentsPage";
import { VerificationPage } from "./komitmen/VerificationPage";
import { SupervisionPage } from "./supervisi/SupervisionPage";
import { lembarEvaluasiDoc } from "./supervisi/lembar-evaluasi";
import { ComplaintsPage } from "./pengaduan/ComplaintsPage";
import { ComplaintPage } from "./pengaduan/ComplaintPage";

export const pkhProgramme: Programme = {
  routes: [
    { path: "agenda", element: <AgendaPage /> },
    { path: "kpm", element: <KpmListPage /> },
    { path: "kpm/:id", element: <KpmPage /> },
    { path: "kelompok", element: <GroupListPage /> },
    { path: "kelompok/:id", element: <GroupPage /> },
    { path: "p2k2", element: <P2k2Page /> },
    { path: "p2k2/kemajuan", element: <ProgressPage /> },
    { path: "p2k2/:id", element: <SessionPage /> },
    { path: "komitmen", element: <VerificationPage /> },
    { path: "pembayaran", element: <PaymentsPage /> },
    { path: "pengaduan", element: <ComplaintsPage /> },
    { path: "pengaduan/:id", element: <ComplaintPage /> },
    { path: "laporan-pendamping", element: <ReportsPage /> },
    { path: "supervisi", element: <SupervisionPage /> },
    { path: "laporan-pendamping/:id", element: <ReportPage /> },
  ],
  nav: [
    { to: "/kpm", key: "pkh.kpm.nav", icon: IconHomeHeart },
    { to: "/kelompok", key: "pkh.kelompok.nav", icon: IconUsersGroup },
    { to: "/p2k2", key: "pkh.p2k2.nav", icon: IconSchool },
    { to: "/komitmen", key: "pkh.komitmen.nav", icon: IconChecklist },
    { to: "/pembayaran", key: "pkh.bayar.nav", icon: IconCash },
    { to: "/pengaduan", key: "pkh.aduan.nav", icon: IconMessageReport },
    { to: "/agenda", key: "pkh.agenda.nav", icon: IconCalendarTime },
    { to: "/laporan-pendamping", key: "pkh.laporan.pendamping.nav", icon: IconFileText },
    { to: "/supervisi", key: "pkh.supervisi.nav", icon: IconUserCheck, allSites: true },
  ],
  search: KpmSearchBox,
  home: <PkhHomePage />,
  documents: [
    laporanPendampingDoc,
    daftarRtsmDoc,
    daftarKetuaDoc,
    daftarHadirDoc,
    daftarPenyediaDoc,
    lembarEvaluasiDoc,
  ],
};
