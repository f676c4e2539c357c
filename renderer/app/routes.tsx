// Why: the hash routes of the app (hash routing works under app:// and in tests): the screens every pack shares, and
// the office's programmes' own (a route of another pack does not exist: "Tidak dijumpai"); each screen checks its
// permission.
import type { RouteObject } from "react-router";
import type { CountryPack } from "../../shared/domain/codes";
import { Shell } from "./Shell";
import { Guard, NotFoundPage, RouteError } from "./guards";
import { programmesOf } from "./programmes";
import { SitesPage } from "../features/tapak/SitesPage";
import { SitePage } from "../features/tapak/SitePage";
import { NewSitePage } from "../features/tapak/NewSitePage";
import { UsersPage } from "../features/pengguna/UsersPage";
import { UserPage } from "../features/pengguna/UserPage";
import { NewUserPage } from "../features/pengguna/NewUserPage";
import { SettingsPage } from "../features/tetapan/SettingsPage";
import { RecycleBinPage } from "../features/tong-sampah/RecycleBinPage";
import { AuditPage } from "../features/audit/AuditPage";
import { ImportOrganisationsPage } from "../features/import/ImportOrganisationsPage";
import { LaporanPage } from "../features/laporan/LaporanPage";
import { DirectoryPage } from "../features/direktori/DirectoryPage";
import { NewEntryPage } from "../features/direktori/NewEntryPage";
import { EntryPage } from "../features/direktori/EntryPage";
import { ReviewPage } from "../features/direktori/semak/ReviewPage";
import { DuplicatesPage } from "../features/direktori/pendua/DuplicatesPage";
import { MergePage } from "../features/direktori/pendua/MergePage";
import { ExchangePage } from "../features/pertukaran/ExchangePage";
import { ConflictsPage } from "../features/pertukaran/ConflictsPage";
import { ConflictPage } from "../features/pertukaran/ConflictPage";

export function routesFor(pack: CountryPack): RouteObject[] {
  const programmes = programmesOf(pack);
  const home = programmes.find((p) => p.home)?.home;
  return [
    {
      path: "/",
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        ...(home ? [{ index: true, element: home }] : []),
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
        ...programmes.flatMap((p) => p.routes),
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ];
}
