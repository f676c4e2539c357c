// Why: the frame every signed-in screen sits in: navigation by role, who is signed in, language, lock and log out.
import { AppShell, Badge, Button, Group, NavLink, ScrollArea, Text, Title } from "@mantine/core";
import {
  IconDesk,
  IconHome,
  IconAddressBookOff,
  IconArrowsJoin,
  IconReport,
  IconMap2,
  IconAddressBook,
  IconMessages,
  IconListCheck,
  IconCalendarEvent,
  IconBuildingCommunity,
  IconUsers,
  IconSettings,
  IconTrash,
  IconHistory,
  IconBook,
  IconCalendarCheck,
  IconCoin,
  IconClipboardCheck,
  IconLock,
  IconLogout,
  IconUsersGroup,
  IconMessageReport,
  IconRoute,
  IconBuildings,
  IconArrowsExchange,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { can, seesAllSites, type Permission } from "../../shared/domain/roles";
import { LanguagePicker } from "./LanguagePicker";
import { ReadOnlyBanner } from "../features/peranan/ReadOnlyBanner";
import { SearchBox } from "../features/carian/SearchBox";
import { StorageWarning } from "../features/pemulihan/StorageWarning";
import { useOffice } from "./office-context";
import { useActor, useSession } from "./session";

/** `allSites`: only for the roles that see every site (the district's desk). */
const nav: { to: string; key: string; icon: typeof IconHome; permission?: Permission; allSites?: true }[] = [
  { to: "/", key: "nav.home", icon: IconHome },
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
  { to: "/direktori", key: "direktori.nav", icon: IconBuildings },
  { to: "/direktori/semak", key: "direktoriLinks.navReview", icon: IconAddressBookOff },
  { to: "/direktori/pendua", key: "direktoriLinks.navDuplicates", icon: IconArrowsJoin },
  { to: "/kpn", key: "nav.kpn", icon: IconRoute },
  { to: "/kpn/aduan", key: "kpnAduan.nav", icon: IconMessageReport },
  { to: "/laporan", key: "nav.reports", icon: IconReport },
  { to: "/tapak", key: "nav.sites", icon: IconBuildingCommunity },
  { to: "/pengguna", key: "nav.users", icon: IconUsers, permission: "users.manage" },
  { to: "/tetapan", key: "nav.settings", icon: IconSettings, permission: "office.manage" },
  { to: "/tetapan/kadar", key: "nav.rates", icon: IconCoin },
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
  // Case pages belong to the register; otherwise the longest matching menu entry is the current one.
  const path = location.pathname.startsWith("/kes/") ? "/buku-rekod" : location.pathname;
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
            <SearchBox />
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
