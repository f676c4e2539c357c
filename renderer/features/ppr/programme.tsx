// Why: the PPR sites' work (JKM): the Buku Rekod, persons, referrals, investigations, community work and the PKMD desk.
import {
  IconAddressBook,
  IconBook,
  IconCalendarCheck,
  IconCalendarEvent,
  IconClipboardCheck,
  IconCoin,
  IconDesk,
  IconListCheck,
  IconMap2,
  IconMessages,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { Programme } from "../../app/programme";
import { pprDocuments } from "../laporan/documents";
import { HomePage } from "./utama/HomePage";
import { SearchBox } from "../carian/SearchBox";
import { Guard } from "../../app/guards";
import { RegisterPage } from "./buku-rekod/RegisterPage";
import { NewCasePage } from "./buku-rekod/NewCasePage";
import { CasePage } from "./buku-rekod/CasePage";
import { ImportBukuRekodPage } from "../import/ImportBukuRekodPage";
import { NewPersonPage } from "./orang/NewPersonPage";
import { PersonPage } from "./orang/PersonPage";
import { PersonsPage } from "./orang/PersonsPage";
import { WeeklyBoardPage } from "./rujukan/WeeklyBoardPage";
import { InvestigationPage } from "./siasatan/InvestigationPage";
import { InvestigationsPage } from "./siasatan/InvestigationsPage";
import { RatesPage } from "./siasatan/RatesPage";
import { ProfilesPage } from "./profail/ProfilesPage";
import { NewProfilePage } from "./profail/NewProfilePage";
import { ProfilePage } from "./profail/ProfilePage";
import { ComparePage } from "./profail/ComparePage";
import { StakeholdersPage } from "./pihak/StakeholdersPage";
import { StakeholderPage } from "./pihak/StakeholderPage";
import { MeetingsPage } from "./perjumpaan/MeetingsPage";
import { NewMeetingPage } from "./perjumpaan/NewMeetingPage";
import { MeetingPage } from "./perjumpaan/MeetingPage";
import { NeedsPage } from "./keperluan/NeedsPage";
import { NeedPage } from "./keperluan/NeedPage";
import { ProgrammesPage } from "./program/ProgrammesPage";
import { NewProgrammePage } from "./program/NewProgrammePage";
import { ProgrammePage } from "./program/ProgrammePage";
import { PackPage } from "./meja/pek/PackPage";
import { DeskPage } from "./meja/DeskPage";

export const pprProgramme: Programme = {
  routes: [
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
    { path: "meja", element: <DeskPage /> },
    { path: "meja/pek/:id", element: <PackPage /> },
  ],
  documents: pprDocuments,
  monthlyPack: true,
  nav: [
    { to: "/meja", key: "meja.nav", icon: IconDesk, allSites: true },
    { to: "/buku-rekod", key: "nav.register", icon: IconBook },
    { to: "/orang", key: "orang.nav", icon: IconUsersGroup },
    { to: "/semakan", key: "nav.weeklyChecks", icon: IconCalendarCheck, permission: "records.write" },
    { to: "/siasatan", key: "siasatan.nav", icon: IconClipboardCheck },
    { to: "/profail", key: "nav.profiles", icon: IconMap2 },
    { to: "/pihak", key: "nav.stakeholders", icon: IconAddressBook },
    { to: "/perjumpaan", key: "nav.meetings", icon: IconMessages },
    { to: "/keperluan", key: "nav.needs", icon: IconListCheck },
    { to: "/program", key: "nav.programmes", icon: IconCalendarEvent },
    { to: "/tetapan/kadar", key: "nav.rates", icon: IconCoin },
  ],
  home: <HomePage />,
  search: SearchBox,
  navParents: { "/kes/": "/buku-rekod" },
};
