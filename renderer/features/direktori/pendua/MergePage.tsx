// Why: two likely duplicates side by side, field by field with the differences marked; the user picks the entry to
// keep and, where they differ, which value it keeps, and one action merges the other into it (every reference moved;
// undone from the Tong Sampah).
import { Alert, Anchor, Badge, Button, Radio, Stack, Table, Text, Title } from "@mantine/core";
import { IconArrowsJoin } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifyError, notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import type { OrganisationRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { mergeOrganisations, mergePair, referenceCounts } from "../../../db/repositories/directory-merge";
import { fieldLabel, valueLabel } from "../../audit/changes";

const FIELDS = [
  "name",
  "kind",
  "registrationNo",
  "area",
  "address",
  "head",
  "headPost",
  "phone",
  "mobile",
  "email",
  "targetGroups",
  "services",
  "members",
  "active",
  "confirmedAt",
  "notes",
] as const;
type Field = (typeof FIELDS)[number];

const isEmpty = (v: unknown) => v === null || v === "" || (Array.isArray(v) && v.length === 0);

function shown(t: TFunction, o: OrganisationRecord, f: Field): string {
  const v = o[f];
  if (f === "confirmedAt") return o.confirmedAt ? formatDate(o.confirmedAt) : t("direktoriSemak.never");
  if (f === "active") return t(o.active ? "common.yes" : "common.no");
  if (Array.isArray(v)) return v.map((x) => valueLabel(t, "organisations", f, String(x))).join(", ");
  if (v === null || v === undefined) return "";
  return valueLabel(t, "organisations", f, String(v));
}

async function load(a: string, b: string) {
  const pair = await mergePair(db, a, b);
  const counts = await Promise.all(pair.map((o) => referenceCounts(db, o.id)));
  return { pair, counts };
}

export function MergePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const { a = "", b = "" } = useParams();
  const live = useLive(() => load(a, b), [a, b]);
  const [keepId, setKeepId] = useState(a);
  /** Which entry's value each differing detail takes (absent: the kept one's, or the other's when the kept's is empty). */
  const [chosen, setChosen] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { pair, counts } = live.data;
  const kept = pair.find((o) => o.id === keepId) ?? pair[0];
  const merged = pair.find((o) => o.id !== kept.id)!;
  const allowed = can(actor.role, "directory.merge");
  const rows = FIELDS.map((f) => {
    const values = pair.map((o) => shown(t, o, f));
    const differs = values[0] !== values[1];
    const from = chosen[f] ?? (isEmpty(kept[f]) && !isEmpty(merged[f]) ? merged.id : kept.id);
    return { f, values, differs, from };
  });
  const take = rows.filter((r) => r.differs && r.from === merged.id).map((r) => r.f);

  const merge = async () => {
    setBusy(true);
    try {
      await mergeOrganisations(db, actor, kept, merged, take);
      notifySaved(t, t("direktoriPendua.merged", { kept: kept.name, merged: merged.name }));
      void navigate("/direktori/pendua");
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={1100}>
      <div>
        <Anchor component={Link} to="/direktori/pendua" size="sm">
          ← {t("direktoriPendua.back")}
        </Anchor>
        <Title order={3}>{t("direktoriPendua.mergeTitle")}</Title>
        <Text c="dimmed" size="sm">
          {t("direktoriPendua.fieldHint")}
        </Text>
      </div>
      <Table withTableBorder withColumnBorders verticalSpacing={6} data-testid="merge-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t("direktoriPendua.field")}</Table.Th>
            {pair.map((o) => (
              <Table.Th key={o.id} bg={o.id === kept.id ? "teal.0" : undefined}>
                <Radio
                  name="keep"
                  checked={o.id === kept.id}
                  onChange={() => setKeepId(o.id)}
                  label={`${t("direktoriPendua.keep")}: ${o.name}`}
                  disabled={!allowed}
                  data-testid={`keep-${o.id}`}
                />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ f, values, differs, from }) => (
            <Table.Tr key={f} data-testid={`merge-field-${f}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {fieldLabel(t, "organisations", f)}
                </Text>
                {differs && (
                  <Badge size="xs" color="orange" variant="light">
                    {t("direktoriPendua.differs")}
                  </Badge>
                )}
              </Table.Td>
              {pair.map((o, i) =>
                differs ? (
                  <Table.Td key={o.id} bg={from === o.id ? "teal.0" : "orange.0"}>
                    <Radio
                      size="sm"
                      name={`field-${f}`}
                      checked={from === o.id}
                      disabled={!allowed}
                      onChange={() => setChosen((c) => ({ ...c, [f]: o.id }))}
                      label={values[i] || "—"}
                      aria-label={`${fieldLabel(t, "organisations", f)}: ${values[i] || "—"}`}
                      styles={{ label: { whiteSpace: "pre-wrap" } }}
                    />
                  </Table.Td>
                ) : (
                  <Table.Td key={o.id}>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {values[i]}
                    </Text>
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>
              <Text size="sm" fw={500}>
                {t("direktoriPendua.references")}
              </Text>
            </Table.Td>
            {counts.map((c, i) => (
              <Table.Td key={pair[i]!.id} data-testid="merge-refs">
                <Text size="sm">{t("direktoriPendua.refCounts", c)}</Text>
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {allowed ? (
        <Alert color="orange" variant="light">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t("direktoriPendua.explain", { kept: kept.name, merged: merged.name })}</Text>
            <Button
              color="orange"
              leftSection={<IconArrowsJoin size={16} />}
              loading={busy}
              onClick={() => void merge()}
            >
              {t("direktoriPendua.mergeButton")}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Alert color="gray">{t("direktoriPendua.noPermission")}</Alert>
      )}
    </Stack>
  );
}
