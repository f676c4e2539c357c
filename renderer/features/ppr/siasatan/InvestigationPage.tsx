// Why: one aid investigation (#/siasatan/:id): the officer's draft, then the submitted report, then the PKMD's decision.
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconFileTypeDocx } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useSensitiveView } from "../../audit/use-sensitive-view";
import { isEditableStatus } from "../../../../shared/domain/aid";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { casesRepo } from "../../../db/repositories/cases";
import { investigationsRepo, ratesRepo } from "../../../db/repositories/investigations";
import { formatDateTime } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { Attachments } from "./Attachments";
import { DecisionForm } from "./DecisionForm";
import { formatMoney } from "./format";
import { InvestigationForm } from "./InvestigationForm";
import { InvestigationView } from "./InvestigationView";
import { DecisionBadge, nameOf, StatusBadge, userNames } from "./labels";

export function InvestigationPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useSensitiveView("investigations", id);
  const { actor } = useActor();
  const live = useLive(async () => {
    const inv = await investigationsRepo(db).get(actor, id);
    const caseRecord = await casesRepo(db)
      .get(actor, inv.caseId)
      .catch(() => null);
    const person = caseRecord ? await db.persons.get(caseRecord.personId) : undefined;
    const names = await userNames(db, [
      inv.officerId,
      inv.submittedBy,
      inv.decidedBy,
      ...(inv.returns ?? []).map((r) => r.by),
    ]);
    return { inv, caseRecord, person, names };
  }, [actor, id]);
  const rates = useLive(() => ratesRepo(db).list(actor), [actor]);
  if (live.loading || rates.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  if (rates.error) return <LoadError error={rates.error} />;
  const { inv, caseRecord, person, names } = live.data;
  const editable = isEditableStatus(inv.status) && can(actor.role, "records.write");
  const returns = inv.returns ?? [];
  const lastReturn = returns.at(-1);
  const deciding = inv.status === "dihantar" && can(actor.role, "aid.decide");

  return (
    <Stack maw={1100} gap="md">
      {caseRecord && (
        <Breadcrumbs>
          <Anchor component={Link} to="/buku-rekod" size="sm">
            {t("siasatan.register")}
          </Anchor>
          <Anchor component={Link} to={`/kes/${caseRecord.id}`} size="sm" data-testid="case-link">
            {caseRecord.recordNo}
          </Anchor>
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3} data-testid="investigation-title">
            {t("siasatan.title")}
          </Title>
          {inv.refNo && (
            <Text fw={600} ff="monospace" data-testid="investigation-refno">
              {inv.refNo}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {person ? `${t("siasatan.applicant")}: ${person.name}` : ""}
            {person && caseRecord ? " · " : ""}
            {caseRecord ? `${t("siasatan.case")}: ${caseRecord.recordNo}` : ""}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            size="xs"
            variant="default"
            leftSection={<IconFileTypeDocx size={14} />}
            to={`/laporan?dokumen=siasatan&tapak=${inv.siteId}&tahun=${inv.date.slice(0, 4)}&bulan=${Number(inv.date.slice(5, 7))}&item=${inv.id}`}
            data-testid="investigation-report"
          >
            {t("siasatan.officialReport")}
          </Button>
          <StatusBadge status={inv.status} />
          <DecisionBadge decision={inv.decision} />
        </Group>
      </Group>

      <Paper withBorder p="sm" data-testid="investigation-trail">
        <Stack gap={2}>
          <Text size="sm">
            {t("siasatan.openedBy", {
              name: nameOf(t, names, inv.officerId),
              at: formatDateTime(inv.createdAt),
            })}
          </Text>
          {/* Returns and the latest sending, in the order they happened. */}
          {[
            ...returns.map((r, i) => ({
              at: r.at,
              node: (
                <Text size="sm" key={`r${i}`} data-testid="returned-by">
                  {t("siasatan.returnedBy", { name: nameOf(t, names, r.by), at: formatDateTime(r.at) })}
                </Text>
              ),
            })),
            ...(inv.submittedAt
              ? [
                  {
                    at: inv.submittedAt,
                    node: (
                      <Text size="sm" key="sent" data-testid="submitted-by">
                        {t("siasatan.submittedBy", {
                          name: nameOf(t, names, inv.submittedBy),
                          at: formatDateTime(inv.submittedAt),
                        })}
                      </Text>
                    ),
                  },
                ]
              : []),
          ]
            .sort((a, b) => a.at.localeCompare(b.at))
            .map((e) => e.node)}
          {inv.decidedAt && (
            <Text size="sm" fw={600} data-testid="decided-by">
              {t("siasatan.decidedBy", {
                name: nameOf(t, names, inv.decidedBy),
                at: formatDateTime(inv.decidedAt),
              })}
            </Text>
          )}
        </Stack>
      </Paper>

      {inv.status === "diputuskan" && (
        <Alert
          color={inv.decision === "lulus" ? "teal" : "red"}
          title={t("siasatan.decide.title")}
          data-testid="decision-result"
        >
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {inv.decision === "lulus"
                ? t("siasatan.decisionLulus", {
                    scheme: t(`siasatan.schemeName.${inv.recommendedScheme ?? inv.scheme}`),
                    amount: formatMoney(inv.decisionAmount),
                  })
                : t("siasatan.decisionValue.tidak-lulus")}
            </Text>
            {inv.decisionNote && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {inv.decisionNote}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      {inv.status === "dikembalikan" && lastReturn && (
        <Alert color="orange" title={t("siasatan.returnedTitle")} data-testid="returned-note">
          <Stack gap={4}>
            <Text size="sm">
              {t("siasatan.returnedBy", {
                name: nameOf(t, names, lastReturn.by),
                at: formatDateTime(lastReturn.at),
              })}
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: "pre-wrap" }}>
              {lastReturn.note}
            </Text>
            <Text size="sm">
              {editable && actor.userId === inv.officerId
                ? t("siasatan.returnedYou")
                : t("siasatan.returnedOther")}
            </Text>
          </Stack>
        </Alert>
      )}
      {inv.status === "dihantar" && (
        <Alert color="blue" data-testid="awaiting-decision">
          {deciding ? t("siasatan.awaitingYou") : t("siasatan.awaiting")}
        </Alert>
      )}

      {editable ? (
        <InvestigationForm key={inv.id} inv={inv} rates={rates.data} />
      ) : (
        <InvestigationView inv={inv} rates={rates.data} applicant={person} />
      )}

      <Attachments inv={inv} />

      {deciding && <DecisionForm key={`${inv.id}:${inv.rev}`} inv={inv} />}
    </Stack>
  );
}
