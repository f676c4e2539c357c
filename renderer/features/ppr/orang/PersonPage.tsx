// Why: one resident: their particulars, their household and every case about them.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useSensitiveView } from "../../audit/use-sensitive-view";
import { can } from "../../../../shared/domain/roles";
import type { PersonRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { personsRepo } from "../../../db/repositories/persons";
import { sitesRepo } from "../../../db/repositories/sites";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { statusColor } from "../buku-rekod/status";
import { HouseholdPanel } from "./HouseholdPanel";
import { PersonForm } from "./PersonForm";

function inputOf(p: PersonRecord) {
  const {
    id: _i,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    rev: _r,
    deletedAt: _d,
    mykad: _m,
    nameTokens: _n,
    phoneDigits: _p,
    householdId: _h,
    ...input
  } = p;
  return input;
}

export function PersonPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useSensitiveView("persons", id);
  const { actor } = useActor();
  const live = useLive(async () => {
    const person = await personsRepo(db).get(actor, id);
    const [sites, cases] = await Promise.all([
      sitesRepo(db).list(actor),
      db.cases
        .where("personId")
        .equals(id)
        .filter((c) => !c.deletedAt)
        .toArray(),
    ]);
    return { person, sites, cases: cases.sort((a, b) => b.date.localeCompare(a.date)) };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { person, sites, cases } = live.data;
  const canWrite = can(actor.role, "records.write");
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <div>
          <Title order={3} data-testid="person-title">
            {person.name}
          </Title>
          <Text c="dimmed" size="sm">
            {person.docNo || t(`code.docType.${person.docType}`)} ·{" "}
            {sites.find((s) => s.id === person.siteId)?.name}
          </Text>
        </div>
        {canWrite && (
          <Button
            component={Link}
            to={`/buku-rekod/baru?orang=${person.id}`}
            leftSection={<IconPlus size={16} />}
          >
            {t("bukuRekod.newCase")}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <PersonForm
          key={person.id}
          draftKey={`person:${person.id}`}
          initial={inputOf(person)}
          rev={person.rev}
          personId={person.id}
          sites={sites}
          readOnly={!canWrite}
          submitLabel={t("common.save")}
          onSave={async (values, baseRev) => {
            const saved = await personsRepo(db).update(actor, person.id, baseRev ?? person.rev, values);
            notifySaved(t);
            return { rev: saved.rev };
          }}
        />
      </Paper>
      <HouseholdPanel person={person} canWrite={canWrite} />
      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          {t("orang.cases", { count: cases.length })}
        </Title>
        {cases.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("orang.noCases")}
          </Text>
        ) : (
          <Table fz="sm" data-testid="person-cases">
            <Table.Tbody>
              {cases.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td ff="monospace">
                    <Anchor component={Link} to={`/kes/${c.id}`}>
                      {c.recordNo}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(c.date)}</Table.Td>
                  <Table.Td>{c.problem}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statusColor(c.status)}>
                      {t(`code.caseStatus.${c.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
