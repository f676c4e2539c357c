// Why: group residents into a household under one head, each with their relationship to the head.
import { ActionIcon, Anchor, Button, Group, Paper, Select, Table, Text, Title } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { relationships, type Relationship } from "../../../../shared/domain/codes";
import type { HouseholdRecord, PersonRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { householdsRepo } from "../../../db/repositories/households";
import { notifyError, notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";

export function HouseholdPanel({ person, canWrite }: { person: PersonRecord; canWrite: boolean }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(async () => {
    const household = person.householdId ? await householdsRepo(db).get(actor, person.householdId) : null;
    const members = household ? await db.persons.bulkGet(household.members.map((m) => m.personId)) : [];
    const candidates = (await db.persons.where("siteId").equals(person.siteId).toArray()).filter(
      (p) => !p.deletedAt && !p.householdId && p.id !== person.id,
    );
    return { household, members, candidates };
  }, [actor, person.householdId, person.siteId, person.id]);
  const [newMember, setNewMember] = useState<string | null>(null);
  const [relationship, setRelationship] = useState<Relationship>("anak");
  if (live.loading || live.error) return null;
  const { household, members, candidates } = live.data;

  const save = async (h: HouseholdRecord | null, list: HouseholdRecord["members"]) => {
    try {
      const head = list.find((m) => m.relationship === "ketua")?.personId ?? "";
      if (h)
        await householdsRepo(db).update(actor, h.id, h.rev, {
          siteId: h.siteId,
          headPersonId: head,
          members: list,
        });
      else
        await householdsRepo(db).create(actor, { siteId: person.siteId, headPersonId: head, members: list });
      notifySaved(t);
    } catch (e) {
      notifyError(t, e);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="household">
      <Title order={5} mb="xs">
        {t("orang.household")}
      </Title>
      {!household ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("orang.noHousehold")}
          </Text>
          {canWrite && (
            <Button
              size="xs"
              variant="light"
              onClick={() => void save(null, [{ personId: person.id, relationship: "ketua" }])}
            >
              {t("orang.createHousehold", { name: person.name })}
            </Button>
          )}
        </Group>
      ) : (
        <>
          <Table fz="sm">
            <Table.Tbody>
              {household.members.map((m, i) => (
                <Table.Tr key={m.personId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orang/${m.personId}`}>
                      {members[i]?.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`code.relationship.${m.relationship}`)}</Table.Td>
                  <Table.Td w={40}>
                    {canWrite && m.relationship !== "ketua" && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("orang.removeMember")}
                        onClick={() =>
                          void save(
                            household,
                            household.members.filter((x) => x.personId !== m.personId),
                          )
                        }
                      >
                        <IconX size={14} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {canWrite && (
            <Group mt="sm" align="end">
              <Select
                size="xs"
                label={t("orang.addMember")}
                searchable
                w={280}
                value={newMember}
                onChange={setNewMember}
                data={candidates.map((p) => ({ value: p.id, label: `${p.name} (${p.unit || "-"})` }))}
              />
              <Select
                size="xs"
                label={t("orang.relationship")}
                w={180}
                allowDeselect={false}
                value={relationship}
                onChange={(v) => v && setRelationship(v as Relationship)}
                data={relationships
                  .filter((r) => r !== "ketua")
                  .map((r) => ({ value: r, label: t(`code.relationship.${r}`) }))}
              />
              <Button
                size="xs"
                disabled={!newMember}
                onClick={() => {
                  if (!newMember) return;
                  void save(household, [...household.members, { personId: newMember, relationship }]);
                  setNewMember(null);
                }}
              >
                {t("orang.add")}
              </Button>
            </Group>
          )}
        </>
      )}
    </Paper>
  );
}
