// Why: on the home screen, the monthly packs waiting for someone: for the PKMD those sent for review, for the site's
// officer those the PKMD returned, with the comment (seen as soon as the exchange brings the verdict).
import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { lastReturnNote } from "../../../../../shared/domain/monthly-pack";
import { can, seesAllSites } from "../../../../../shared/domain/roles";
import { formatDate } from "../../../../app/format";
import { useActor } from "../../../../app/session";
import { useLive } from "../../../../app/use-live";
import { db } from "../../../../db/instance";
import { packsInStatus } from "../../../../db/repositories/monthly-packs";
import { useMonthName } from "../../../laporan/month-name";

export function PacksNotice() {
  const { actor } = useActor();
  if (can(actor.role, "pack.review")) return <Waiting status="dihantar" />;
  if (can(actor.role, "records.write") && !seesAllSites(actor.role)) return <Waiting status="dikembalikan" />;
  return null;
}

function Waiting({ status }: { status: "dihantar" | "dikembalikan" }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const monthName = useMonthName();
  const live = useLive(async () => {
    const packs = await packsInStatus(db, actor, status);
    const sites = await db.sites.bulkGet(packs.map((p) => p.siteId));
    return packs.map((pack, i) => ({ pack, site: sites[i] }));
  }, [actor, status]);
  if (live.loading || live.error || live.data.length === 0) return null;
  const returned = status === "dikembalikan";
  return (
    <Card
      withBorder
      data-testid={`packs-${status}`}
      style={returned ? { borderColor: "var(--mantine-color-orange-4)" } : undefined}
    >
      <Title order={5} mb="xs">
        {t(returned ? "pek.home.returned" : "pek.home.waiting", { count: live.data.length })}
      </Title>
      <Stack gap={6}>
        {live.data.map(({ pack, site }) => {
          const year = Number(pack.month.slice(0, 4));
          const month = Number(pack.month.slice(5, 7));
          const href = returned
            ? `#/laporan?dokumen=pakej-bulanan&tapak=${pack.siteId}&tahun=${year}&bulan=${month}`
            : `#/meja/pek/${encodeURIComponent(pack.id)}`;
          return (
            <div key={pack.id}>
              <Anchor href={href} size="sm" fw={600}>
                {site?.name ?? pack.siteId} · {monthName(month)} {year}
              </Anchor>
              <Text size="xs" c="dimmed">
                {returned
                  ? t("pek.home.returnedBy", {
                      name: lastReturnNote(pack)?.by.name ?? "",
                      date: formatDate(lastReturnNote(pack)?.at),
                    })
                  : t("pek.home.sentBy", {
                      name: pack.preparedBy.name,
                      date: formatDate(pack.sentOn),
                      round: pack.round,
                    })}
              </Text>
              {returned && <Text size="sm">{lastReturnNote(pack)?.note}</Text>}
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
