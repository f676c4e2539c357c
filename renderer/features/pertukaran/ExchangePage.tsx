// Why: "Pertukaran data": the office's other PCs with when this PC last read a file from and wrote one for each, and
// from here "Hantar perubahan", "Terima perubahan" and the records waiting in "Perlu diselesaikan".
import { Alert, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconDownload, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AppError } from "../../db/errors";
import { exchangeIdentity, readContacts, type Peer } from "../../db/exchange/files";
import { listWaiting } from "../../db/exchange/settle";
import { db } from "../../db/instance";
import { formatDateTime } from "../../app/format";
import { LoadError } from "../../app/guards";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { ReceivePanel } from "./ReceivePanel";
import { SendPanel } from "./SendPanel";
import { HubSection } from "../pelayan/HubSection";

/** The office's PCs other than this one, when this PC last exchanged with each, and what waits to be settled. */
async function load(actor: Parameters<typeof listWaiting>[1]) {
  const waiting = (await listWaiting(db, actor)).length;
  try {
    const me = await exchangeIdentity(db);
    const contacts = await readContacts(db);
    const sites = new Map((await db.sites.toArray()).map((s) => [s.id, s.code]));
    return {
      joined: true as const,
      me,
      peers: me.pcs.filter((p) => p.id !== me.pc),
      contacts,
      sites,
      waiting,
    };
  } catch (e) {
    if (e instanceof AppError && e.key === "e.exchange.notJoined") return { joined: false as const, waiting };
    throw e;
  }
}

export function ExchangePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [sending, setSending] = useState<Peer | null>(null);
  const live = useLive(() => load(actor), [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const data = live.data;
  const sitesOf = (p: Peer) =>
    p.scopes === "all"
      ? t("pertukaran.allSites")
      : p.scopes.map((s) => (data.joined ? data.sites.get(s) : s) ?? s).join(", ");
  return (
    <Stack>
      <Title order={3}>{t("pertukaran.title")}</Title>
      <Text size="sm" c="dimmed">
        {t("pertukaran.intro")}
      </Text>
      {data.waiting > 0 && (
        <Group>
          <Button
            component={Link}
            to="/pertukaran/selesaikan"
            color="orange"
            variant="light"
            data-testid="conflicts-link"
          >
            {t("pertukaran.conflictsLink", { count: data.waiting })}
          </Button>
        </Group>
      )}
      {!data.joined ? (
        <Alert color="gray" data-testid="exchange-not-joined">
          {t("pertukaran.notJoined")}
        </Alert>
      ) : (
        <>
          <Text fw={600}>
            {t("pertukaran.thisPc", { name: data.me.name || data.me.pc, number: data.me.number })}
          </Text>
          <Title order={5}>{t("pertukaran.pcs")}</Title>
          <Table withTableBorder data-testid="exchange-pcs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("pertukaran.pc")}</Table.Th>
                <Table.Th>{t("pertukaran.sites")}</Table.Th>
                <Table.Th>{t("pertukaran.lastReceived")}</Table.Th>
                <Table.Th>{t("pertukaran.lastSent")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.peers.map((p) => {
                const c = data.contacts[p.id] ?? {};
                return (
                  <Table.Tr key={p.id} data-testid="exchange-pc">
                    <Table.Td>
                      {p.name} (No. {p.number})
                    </Table.Td>
                    <Table.Td>{sitesOf(p)}</Table.Td>
                    <Table.Td>{c.receivedAt ? formatDateTime(c.receivedAt) : t("pertukaran.never")}</Table.Td>
                    <Table.Td>{c.sentAt ? formatDateTime(c.sentAt) : t("pertukaran.never")}</Table.Td>
                    <Table.Td>
                      <Button size="xs" leftSection={<IconUpload size={14} />} onClick={() => setSending(p)}>
                        {t("pertukaran.send")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {sending && (
            <SendPanel key={sending.id} peer={sending} me={data.me} onClose={() => setSending(null)} />
          )}
          <Group>
            <IconDownload size={18} />
            <Title order={5}>{t("pertukaran.receive")}</Title>
          </Group>
          <ReceivePanel />
        </>
      )}
      {/* The office hub, for every PC that exchanges (a site's PC too: its officer has no Tetapan). */}
      <HubSection />
    </Stack>
  );
}
