// Why: Kembara Prihatin Negara (JKM): the district's outreach tours, their visits and the complaints they take.
import { IconMessageReport, IconRoute } from "@tabler/icons-react";
import type { Programme } from "../../app/programme";
import { kpnDocuments } from "../laporan/documents";
import { Guard } from "../../app/guards";
import { RoadmapPage } from "./jadual/RoadmapPage";
import { TourPage } from "./jadual/TourPage";
import { ComplaintsPage } from "./aduan/ComplaintsPage";
import { ComplaintPage } from "./aduan/ComplaintPage";
import { OutreachPage } from "./jangkauan/OutreachPage";

export const kpnProgramme: Programme = {
  routes: [
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
  ],
  documents: kpnDocuments,
  nav: [
    { to: "/kpn", key: "nav.kpn", icon: IconRoute },
    { to: "/kpn/aduan", key: "kpnAduan.nav", icon: IconMessageReport },
  ],
};
