// Why: the frame every signed-in screen sits in: navigation by role, who is signed in, language, lock and log out.
import { AppShell, Badge, Button, Group, NavLink, ScrollArea, Text, Title } from "@mantine/core";
import {
  IconHome,
  IconAddressBookOff,
  IconArrowsJoin,
  IconReport,
  IconBuildingCommunity,
  IconUsers,
  IconSettings,
  IconTrash,
  IconHistory,
  IconLock,
  IconLogout,
  IconBuildings,
  IconArrowsExchange,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { can, seesAllSites } from "../../shared/domain/roles";
import { LanguagePicker } from "./LanguagePicker";
import { HubStatus } from "../features/pelayan/HubStatus";
import { ReadOnlyBanner } from "../features/peranan/ReadOnlyBanner";
import { StorageWarning } from "../features/pemulihan/StorageWarning";
import { useOffice } from "./office-context";
import { useActor, useSession } from "./session";
import type { NavEntry } from "./programme";
import { programmesOf } from "./programmes";

/** The entries every pack shares, after the programmes' own. */
const sharedNav: NavEntry[] = [
  { to: "/direktori", key: "direktori.nav", icon: IconBuildings },
  { to: "/direktori/semak", key: "direktoriLinks.navReview", icon: IconAddressBookOff },
  { to: "/direktori/pendua", key: "direktoriLinks.navDuplicates", icon: IconArrowsJoin },
  { to: "/laporan", key: "nav.reports", icon: IconReport },
  { to: "/tapak", key: "nav.sites", icon: IconBuildingCommunity },
  { to: "/pengguna", key: "nav.users", icon: IconUsers, permission: "users.manage" },
  { to: "/tetapan", key: "nav.settings", icon: IconSettings, permission: "office.manage" },
  { to: "/tong-sampah", key: "nav.bin", icon: IconTrash, permission: "records.restore" },
  { to: "/audit", key: "nav.audit", icon: IconHistory, permission: "audit.view" },
  { to: "/pertukaran", key: "pertukaran.nav", icon: IconArrowsExchange, permission: "exchange.run" },
];

export function Shell() {
  const { t } = useTranslation();
  const { user, actor } = useActor();
  const { lock, logout } = useSession();
  const office = useOffice();
  const location = useLocation();
  const banner = office.demo ? 28 : 0;
  const programmes = programmesOf(office.countryPack);
  const nav: NavEntry[] = [
    { to: "/", key: "nav.home", icon: IconHome },
    ...programmes.flatMap((p) => p.nav),
    ...sharedNav,
  ];
  const Search = programmes.find((p) => p.search)?.search;
  // A page may belong to another entry (a case to the register); otherwise the longest matching entry is current.
  const parents = Object.entries(
    Object.assign({}, ...programmes.map((p) => p.navParents ?? {})) as Record<string, string>,
  );
  const path = parents.find(([prefix]) => location.pathname.startsWith(prefix))?.[1] ?? location.pathname;
  const activeTo = [...nav]
    .sort((a, b) => b.to.length - a.to.length)
    .find((n) => path === n.to || (n.to !== "/" && path.startsWith(`${n.to}/`)))?.to;
  return (
    <AppShell header={{ height: 56 + banner }} navbar={{ width: 220, breakpoint: "xs" }} padding="md">
      <AppShell.Header className="no-print">
        {office.demo && (
          <div className="demo-ribbon" data-testid="demo-ribbon">
            {t("demo.ribbon")}
          </div>
        )}
        <Group h={56} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={4}>{t("app.name")}</Title>
            <Text size="sm" c="dimmed" truncate maw={360}>
              {office.officeName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <HubStatus />
            {Search && <Search />}
            <LanguagePicker />
            <Text size="sm" fw={600} data-testid="current-user">
              {user.name}
            </Text>
            <Badge variant="light">{t(`role.${actor.role}`)}</Badge>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLock size={14} />}
              onClick={() => void lock()}
            >
              {t("session.lock")}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLogout size={14} />}
              onClick={() => void logout()}
            >
              {t("session.logout")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print">
        {/* Scrolls when the menu is taller than the window, so the last entries stay reachable. */}
        <AppShell.Section grow component={ScrollArea}>
          {nav
            .filter(
              (n) =>
                (!n.permission || can(actor.role, n.permission)) && (!n.allSites || seesAllSites(actor.role)),
            )
            .map((n) => (
              <NavLink
                key={n.to}
                // A plain link: the router's NavLink would also mark a parent entry (Tetapan under Kadar) as current.
                component={Link}
                to={n.to}
                label={t(n.key)}
                leftSection={<n.icon size={18} />}
                active={n.to === activeTo}
                aria-current={n.to === activeTo ? "page" : undefined}
              />
            ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <StorageWarning />
        <ReadOnlyBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
