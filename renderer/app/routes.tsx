// Why: the hash routes of the app (hash routing works under app:// and in tests); each screen checks its permission.
import type { RouteObject } from "react-router";
import { Shell } from "./Shell";
import { Guard, NotFoundPage, RouteError } from "./guards";
import { HomePage } from "../features/utama/HomePage";
import { SitesPage } from "../features/tapak/SitesPage";
import { SitePage } from "../features/tapak/SitePage";
import { NewSitePage } from "../features/tapak/NewSitePage";
import { UsersPage } from "../features/pengguna/UsersPage";
import { UserPage } from "../features/pengguna/UserPage";
import { NewUserPage } from "../features/pengguna/NewUserPage";
import { SettingsPage } from "../features/tetapan/SettingsPage";
import { RecycleBinPage } from "../features/tong-sampah/RecycleBinPage";
import { AuditPage } from "../features/audit/AuditPage";
import { RegisterPage } from "../features/ppr/buku-rekod/RegisterPage";
import { NewCasePage } from "../features/ppr/buku-rekod/NewCasePage";
import { CasePage } from "../features/ppr/buku-rekod/CasePage";
import { ImportBukuRekodPage } from "../features/import/ImportBukuRekodPage";
import { ImportOrganisationsPage } from "../features/import/ImportOrganisationsPage";
import { NewPersonPage } from "../features/ppr/orang/NewPersonPage";
import { PersonPage } from "../features/ppr/orang/PersonPage";
import { PersonsPage } from "../features/ppr/orang/PersonsPage";
import { WeeklyBoardPage } from "../features/ppr/rujukan/WeeklyBoardPage";
import { InvestigationPage } from "../features/ppr/siasatan/InvestigationPage";
import { InvestigationsPage } from "../features/ppr/siasatan/InvestigationsPage";
import { RatesPage } from "../features/ppr/siasatan/RatesPage";
import { ProfilesPage } from "../features/ppr/profail/ProfilesPage";
import { NewProfilePage } from "../features/ppr/profail/NewProfilePage";
import { ProfilePage } from "../features/ppr/profail/ProfilePage";
import { ComparePage } from "../features/ppr/profail/ComparePage";
import { StakeholdersPage } from "../features/ppr/pihak/StakeholdersPage";
import { StakeholderPage } from "../features/ppr/pihak/StakeholderPage";
import { MeetingsPage } from "../features/ppr/perjumpaan/MeetingsPage";
import { NewMeetingPage } from "../features/ppr/perjumpaan/NewMeetingPage";
import { MeetingPage } from "../features/ppr/perjumpaan/MeetingPage";
import { NeedsPage } from "../features/ppr/keperluan/NeedsPage";
import { NeedPage } from "../features/ppr/keperluan/NeedPage";
import { ProgrammesPage } from "../features/ppr/program/ProgrammesPage";
import { NewProgrammePage } from "../features/ppr/program/NewProgrammePage";
import { ProgrammePage } from "../features/ppr/program/ProgrammePage";
import { LaporanPage } from "../features/laporan/LaporanPage";
import { DirectoryPage } from "../features/direktori/DirectoryPage";
import { NewEntryPage } from "../features/direktori/NewEntryPage";
import { EntryPage } from "../features/direktori/EntryPage";
import { RoadmapPage } from "../features/kpn/jadual/RoadmapPage";
import { TourPage } from "../features/kpn/jadual/TourPage";
import { ReviewPage } from "../features/direktori/semak/ReviewPage";
import { DuplicatesPage } from "../features/direktori/pendua/DuplicatesPage";
import { MergePage } from "../features/direktori/pendua/MergePage";
import { ComplaintsPage } from "../features/kpn/aduan/ComplaintsPage";
import { ComplaintPage } from "../features/kpn/aduan/ComplaintPage";
import { OutreachPage } from "../features/kpn/jangkauan/OutreachPage";
import { ExchangePage } from "../features/pertukaran/ExchangePage";
import { ConflictsPage } from "../features/pertukaran/ConflictsPage";
import { ConflictPage } from "../features/pertukaran/ConflictPage";
import { PackPage } from "../features/ppr/meja/pek/PackPage";
import { DeskPage } from "../features/ppr/meja/DeskPage";

export const routes: RouteObject[] = [
  {
    path: "/",
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "tapak", element: <SitesPage /> },
      {
        path: "tapak/baru",
        element: (
          <Guard permission="sites.manage">
            <NewSitePage />
          </Guard>
        ),
      },
      { path: "tapak/:id", element: <SitePage /> },
      {
        path: "pengguna",
        element: (
          <Guard permission="users.manage">
            <UsersPage />
          </Guard>
        ),
      },
      {
        path: "pengguna/baru",
        element: (
          <Guard permission="users.manage">
            <NewUserPage />
          </Guard>
        ),
      },
      {
        path: "pengguna/:id",
        element: (
          <Guard permission="users.manage">
            <UserPage />
          </Guard>
        ),
      },
      {
        path: "tetapan",
        element: (
          <Guard permission="office.manage">
            <SettingsPage />
          </Guard>
        ),
      },
      {
        path: "tong-sampah",
        element: (
          <Guard permission="records.restore">
            <RecycleBinPage />
          </Guard>
        ),
      },
      {
        path: "audit",
        element: (
          <Guard permission="audit.view">
            <AuditPage />
          </Guard>
        ),
      },
      { path: "buku-rekod", element: <RegisterPage /> },
      {
        path: "buku-rekod/baru",
        element: (
          <Guard permission="records.write">
            <NewCasePage />
          </Guard>
        ),
      },
      {
        path: "buku-rekod/import",
        element: (
          <Guard permission="records.write">
            <ImportBukuRekodPage />
          </Guard>
        ),
      },
      {
        path: "direktori/import",
        element: (
          <Guard permission="records.write">
            <ImportOrganisationsPage />
          </Guard>
        ),
      },
      { path: "direktori/semak", element: <ReviewPage /> },
      { path: "direktori/pendua", element: <DuplicatesPage /> },
      { path: "direktori/pendua/:a/:b", element: <MergePage /> },
      { path: "kes/:id", element: <CasePage /> },
      {
        path: "orang/baru",
        element: (
          <Guard permission="records.write">
            <NewPersonPage />
          </Guard>
        ),
      },
      { path: "orang", element: <PersonsPage /> },
      { path: "orang/:id", element: <PersonPage /> },
      { path: "semakan", element: <WeeklyBoardPage /> },
      { path: "siasatan", element: <InvestigationsPage /> },
      { path: "siasatan/:id", element: <InvestigationPage /> },
      { path: "tetapan/kadar", element: <RatesPage /> },
      { path: "profail", element: <ProfilesPage /> },
      {
        path: "profail/baru",
        element: (
          <Guard permission="records.write">
            <NewProfilePage />
          </Guard>
        ),
      },
      { path: "profail/banding", element: <ComparePage /> },
      { path: "profail/:id", element: <ProfilePage /> },
      { path: "pihak", element: <StakeholdersPage /> },
      { path: "pihak/:id", element: <StakeholderPage /> },
      { path: "perjumpaan", element: <MeetingsPage /> },
      {
        path: "perjumpaan/baru",
        element: (
          <Guard permission="records.write">
            <NewMeetingPage />
          </Guard>
        ),
      },
      { path: "perjumpaan/:id", element: <MeetingPage /> },
      { path: "keperluan", element: <NeedsPage /> },
      { path: "keperluan/:id", element: <NeedPage /> },
      { path: "program", element: <ProgrammesPage /> },
      {
        path: "program/baru",
        element: (
          <Guard permission="records.write">
            <NewProgrammePage />
          </Guard>
        ),
      },
      { path: "program/:id", element: <ProgrammePage /> },
      { path: "laporan", element: <LaporanPage /> },
      { path: "direktori", element: <DirectoryPage /> },
      {
        path: "direktori/baru",
        element: (
          <Guard permission="records.write">
            <NewEntryPage />
          </Guard>
        ),
      },
      { path: "direktori/:id", element: <EntryPage /> },
      { path: "kpn", element: <RoadmapPage /> },
      {
        path: "kpn/jelajah/baru",
        element: (
          <Guard permission="kpn.plan">
            <TourPage />
          </Guard>
        ),
      },
      {
        path: "kpn/jelajah/:id",
        element: (
          <Guard permission="kpn.plan">
            <TourPage />
          </Guard>
        ),
      },
      { path: "kpn/aduan", element: <ComplaintsPage /> },
      { path: "kpn/aduan/:id", element: <ComplaintPage /> },
      {
        path: "kpn/lawatan/:id",
        element: (
          <Guard permission="records.write">
            <OutreachPage />
          </Guard>
        ),
      },
      {
        path: "pertukaran",
        element: (
          <Guard permission="exchange.run">
            <ExchangePage />
          </Guard>
        ),
      },
      {
        path: "pertukaran/selesaikan",
        element: (
          <Guard permission="exchange.run">
            <ConflictsPage />
          </Guard>
        ),
      },
      {
        path: "pertukaran/selesaikan/:table/:id",
        element: (
          <Guard permission="exchange.run">
            <ConflictPage />
          </Guard>
        ),
      },
      { path: "meja", element: <DeskPage /> },
      { path: "meja/pek/:id", element: <PackPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
