// Why: the service counter: pick sex and age band, then tap (or key) a service to count one person served; each tap is
// written at once as its own row, undo takes back the last; the counts are read back live from the rows.
import { Button, Group, Kbd, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ageBands, type AgeBand } from "../../../../shared/domain/kpn/codes";
import { notifyError } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useKeptValue } from "../../../app/use-kept-value";
import { useLive } from "../../../app/use-live";
import type { CheckpointRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import {
  countService,
  serviceCounts,
  serviceTypesAt,
  undoLastService,
} from "../../../db/repositories/kpn/services";

const ageKeys: Record<string, AgeBand> = { k: "kanak-kanak", b: "belia", d: "dewasa", w: "warga-emas" };
const ageKeyOf = (a: AgeBand) =>
  Object.keys(ageKeys)
    .find((k) => ageKeys[k] === a)!
    .toUpperCase();

/** A key pressed while typing in a field belongs to the field. */
const typing = (e: KeyboardEvent) =>
  e.target instanceof HTMLElement &&
  (e.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(e.target.tagName));

export function ServiceCounter({ checkpoint }: { checkpoint: CheckpointRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const services = serviceTypesAt(checkpoint);
  // The person being counted (sex and age band), kept like a typed value until their service is tapped.
  const [picked, setPicked] = useKeptValue(`kpn:lawatan:${checkpoint.id}:tally`);
  const [sex = "", age = ""] = picked.split("|");
  // Keys come faster than renders: each key reads and writes the latest pick, not the one last drawn.
  const latest = useRef(picked);
  latest.current = picked;
  const pick = useCallback(
    (s: string | null, a: string | null) => {
      const [ls = "", la = ""] = latest.current.split("|");
      latest.current = `${s ?? ls}|${a ?? la}`;
      setPicked(latest.current);
    },
    [setPicked],
  );
  const counts = useLive(() => serviceCounts(db, checkpoint.id), [checkpoint.id]);

  const count = useCallback(
    async (service: string) => {
      const [s = "", a = ""] = latest.current.split("|");
      if ((s !== "L" && s !== "P") || !a)
        return notifyError(t, new Error(t("kpnLawatan.services.pickFirst")));
      // The pick is cleared at once, so a second tap for the same person asks for a new pick instead of counting twice.
      latest.current = "";
      setPicked("");
      try {
        await countService(db, actor, checkpoint, { service, sex: s, ageBand: a as AgeBand });
      } catch (e) {
        notifyError(t, e);
      }
    },
    [actor, checkpoint, t, setPicked],
  );
  const undo = useCallback(async () => {
    try {
      await undoLastService(db, actor, checkpoint.id);
    } catch (e) {
      notifyError(t, e);
    }
  }, [actor, checkpoint.id, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e) || e.altKey || e.metaKey) return;
      const k = e.key.toLowerCase();
      if (e.ctrlKey) {
        if (k === "z") {
          e.preventDefault();
          void undo();
        }
        return;
      }
      if (k === "l" || k === "p") pick(k.toUpperCase(), null);
      else if (ageKeys[k]) pick(null, ageKeys[k]);
      else if (/^[1-9]$/.test(k) && services[Number(k) - 1]) void count(services[Number(k) - 1]!);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [services, count, undo, pick]);

  const c = counts.loading || counts.error ? null : counts.data;
  const label = (s: string) => t(`kpnLawatan.agency.${s}`, { defaultValue: s });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("kpnLawatan.services.keysHint")}
      </Text>
      <Group align="flex-start" grow>
        <Paper withBorder p="sm">
          <Text fw={700} mb="xs">
            {t("kpnLawatan.services.sex")}
          </Text>
          <Group grow>
            {(["L", "P"] as const).map((s) => (
              <Button
                key={s}
                size="xl"
                variant={sex === s ? "filled" : "default"}
                onClick={() => pick(s, null)}
                aria-pressed={sex === s}
                data-testid={`sex-${s}`}
              >
                <Kbd mr="sm">{s}</Kbd> {t(`kpnLawatan.sex.${s}`)}
              </Button>
            ))}
          </Group>
        </Paper>
        <Paper withBorder p="sm">
          <Text fw={700} mb="xs">
            {t("kpnLawatan.services.ageBand")}
          </Text>
          <SimpleGrid cols={2}>
            {ageBands.map((a) => (
              <Button
                key={a}
                size="lg"
                variant={age === a ? "filled" : "default"}
                onClick={() => pick(null, a)}
                aria-pressed={age === a}
                data-testid={`age-${a}`}
              >
                <Kbd mr="sm">{ageKeyOf(a)}</Kbd> {t(`kpnLawatan.age.${a}`)}
              </Button>
            ))}
          </SimpleGrid>
        </Paper>
      </Group>
      <Paper withBorder p="sm">
        <Text fw={700} mb="xs">
          {t("kpnLawatan.services.service")}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {services.map((s, i) => (
            <Button
              key={s}
              h={96}
              color="teal"
              disabled={(sex !== "L" && sex !== "P") || !age}
              onClick={() => void count(s)}
              data-testid={`service-${s}`}
            >
              <Stack gap={2} align="center">
                <Group gap={6}>
                  <Kbd>{i + 1}</Kbd>
                  <Text fw={700} c="white" size="lg">
                    {label(s)}
                  </Text>
                </Group>
                <Text c="white" size="sm" data-testid={`service-count-${s}`}>
                  {c?.byService[s] ?? 0}
                </Text>
              </Stack>
            </Button>
          ))}
        </SimpleGrid>
      </Paper>
      <Group justify="space-between">
        <Group>
          <Title order={2} data-testid="service-total">
            {t("kpnLawatan.services.total")}: {c?.total ?? 0}
          </Title>
          {c?.last && (
            <Text c="dimmed" data-testid="service-last">
              {t("kpnLawatan.services.last", {
                text: `${label(c.last.service)}, ${t(`kpnLawatan.sex.${c.last.sex}`)}, ${t(`kpnLawatan.age.${c.last.ageBand}`)}`,
              })}
            </Text>
          )}
        </Group>
        <Button
          size="lg"
          variant="light"
          color="red"
          disabled={!c?.total}
          onClick={() => void undo()}
          data-testid="undo-tap"
        >
          <Kbd mr="sm">Ctrl+Z</Kbd> {t("kpnLawatan.services.undo")}
        </Button>
      </Group>
      {c && c.total > 0 && (
        <Table withTableBorder withColumnBorders striped data-testid="service-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("kpnLawatan.services.byService")}</Table.Th>
              {(["L", "P"] as const).flatMap((s) =>
                ageBands.map((a) => (
                  <Table.Th key={`${s}${a}`} fz="xs">
                    {s} · {t(`kpnLawatan.age.${a}`)}
                  </Table.Th>
                )),
              )}
              <Table.Th>{t("kpnLawatan.services.total")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.map((s) => (
              <Table.Tr key={s}>
                <Table.Td>{label(s)}</Table.Td>
                {(["L", "P"] as const).flatMap((x) =>
                  ageBands.map((a) => <Table.Td key={`${x}${a}`}>{c.grid[s]?.[`${x}|${a}`] ?? 0}</Table.Td>),
                )}
                <Table.Td fw={700}>{c.byService[s] ?? 0}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={700}>{t("kpnLawatan.services.total")}</Table.Td>
              {(["L", "P"] as const).flatMap((x) =>
                ageBands.map((a) => (
                  <Table.Td key={`${x}${a}`} fw={700}>
                    {services.reduce((n, s) => n + (c.grid[s]?.[`${x}|${a}`] ?? 0), 0)}
                  </Table.Td>
                )),
              )}
              <Table.Td fw={700}>{c.total}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
