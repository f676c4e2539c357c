// Why: "Kemungkinan pendua" (#/direktori/pendua): pairs of directory entries that look like one organisation (an alike
// name in the same area, or the same phone), each opened side by side to be merged.
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconArrowsJoin } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { findDuplicates } from "../../../../shared/domain/directory-duplicates";
import { joinParts } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useLive } from "../../../app/use-live";
import type { AppDB, OrganisationRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";

/** Every live entry (the whole district's directory is compared) and the likely pairs among them. */
async function duplicates(db: AppDB) {
  const live = (await db.organisations.toArray()).filter((o) => !o.deletedAt);
  const byId = new Map(live.map((o) => [o.id, o]));
  return findDuplicates(live).map((p) => ({ ...p, x: byId.get(p.a)!, y: byId.get(p.b)! }));
}

function Entry({ o }: { o: OrganisationRecord }) {
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={`/direktori/${o.id}`} fw={600} size="sm">
        {o.name}
      </Anchor>
      <Text size="xs" c="dimmed">
        {joinParts(o.area, o.phone, o.mobile)}
      </Text>
    </Stack>
  );
}

export function DuplicatesPage() {
  const { t } = useTranslation();
  const live = useLive(() => duplicates(db), []);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const pairs = live.data;
  return (
    <Stack>
      <div>
        <Anchor component={Link} to="/direktori" size="sm">
          ← {t("direktoriSemak.back")}
        </Anchor>
        <Title order={3}>{t("direktoriPendua.title")}</Title>
        <Text c="dimmed" size="sm" maw={820}>
          {t("direktoriPendua.intro")}
        </Text>
      </div>
      {pairs.length === 0 ? (
        <Alert color="green" icon={<IconCircleCheck />} maw={640} data-testid="duplicates-empty">
          {t("direktoriPendua.empty")}
        </Alert>
      ) : (
        <Table withTableBorder verticalSpacing="xs" data-testid="duplicates-table">
          <Table.Tbody>
            {pairs.map((p) => (
              <Table.Tr key={`${p.a}|${p.b}`} data-testid="duplicate-row">
                <Table.Td>
                  <Entry o={p.x} />
                </Table.Td>
                <Table.Td>
                  <Entry o={p.y} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {p.reasons.map((r) => (
                      <Badge key={r} variant="light" color={r === "name" ? "orange" : "grape"}>
                        {t(`direktoriPendua.reason.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    component={Link}
                    to={`/direktori/pendua/${p.a}/${p.b}`}
                    leftSection={<IconArrowsJoin size={14} />}
                  >
                    {t("direktoriPendua.compare")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
