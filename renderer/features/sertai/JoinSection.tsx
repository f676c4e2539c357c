// Why: Tetapan > PC pejabat: which PCs share the office's records, and on the office's first PC (number 0) the
// administrator's "Buat fail sertai" for a new PC (its name, its sites, a passphrase to read out), saved through the host.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { makeJoinPassphrase } from "../../../shared/exchange/passphrase";
import { formatDateTime } from "../../app/format";
import { errorMessage, tKey } from "../../app/messages";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { appVersions } from "../../backup/service";
import { ValidationError } from "../../db/errors";
import { readIdentity } from "../../db/exchange/identity";
import { issueJoinFile, JOIN_EXTENSION, MIN_JOIN_PASSPHRASE, type IssuedJoin } from "../../db/exchange/join";
import { db } from "../../db/instance";
import { host } from "../../host";

export function JoinSection() {
  const { t } = useTranslation();
  const live = useLive(async () => {
    const [identity, sites] = await Promise.all([readIdentity(db), db.sites.toArray()]);
    return {
      identity,
      sites: sites.filter((s) => !s.deletedAt).sort((a, b) => a.code.localeCompare(b.code)),
    };
  }, []);
  if (live.loading || live.error) return null;
  const { identity, sites } = live.data;
  const siteCodes = new Map(sites.map((s) => [s.id, s.code]));
  const scopesText = (pc: { scopes: "all" | readonly string[] }) =>
    pc.scopes === "all" ? t("sertai.allSites") : pc.scopes.map((id) => siteCodes.get(id) ?? "?").join(", ");
  return (
    <Paper withBorder p="lg" data-testid="join-section">
      <Title order={4}>{t("sertai.sectionTitle")}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("sertai.sectionIntro")}
      </Text>
      <Text size="sm" mb="sm" data-testid="join-this-pc">
        {t("sertai.thisPc", {
          name: identity.name || t("sertai.unnamed"),
          number: identity.number,
          sites: scopesText(identity),
        })}
      </Text>
      {identity.pcs.length > 0 && (
        <Table withTableBorder mb="md" data-testid="join-pcs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("sertai.pcNumber")}</Table.Th>
              <Table.Th>{t("sertai.pcName")}</Table.Th>
              <Table.Th>{t("sertai.pcSites")}</Table.Th>
              <Table.Th>{t("sertai.pcJoined")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {identity.pcs.map((pc) => (
              <Table.Tr key={pc.id}>
                <Table.Td>{pc.number}</Table.Td>
                <Table.Td>
                  {pc.name}{" "}
                  {pc.id === identity.pc && (
                    <Badge size="xs" variant="light">
                      {t("sertai.thisPcBadge")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{scopesText(pc)}</Table.Td>
                <Table.Td>{formatDateTime(pc.joinedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {identity.number === 0 ? (
        <JoinFileForm sites={sites.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))} />
      ) : (
        <Alert color="blue" data-testid="join-not-office-pc">
          {t("e.sertai.notOfficePc")}
        </Alert>
      )}
    </Paper>
  );
}

type Errors = Partial<Record<"name" | "scopes" | "passphrase", string>>;

function JoinFileForm({ sites }: { sites: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [whole, setWhole] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ pc: IssuedJoin["pc"]; passphrase: string; fileName: string } | null>(
    null,
  );

  const start = () => {
    setOpen(true);
    setMade(null);
    setName("");
    setWhole(false);
    setChosen([]);
    setPassphrase(makeJoinPassphrase());
    setErrors({});
    setError(null);
  };
  const submit = async () => {
    setErrors({});
    setError(null);
    setBusy(true);
    try {
      const issued = await issueJoinFile(
        db,
        actor,
        { name, scopes: whole ? "all" : chosen, passphrase },
        appVersions(),
      );
      const saved = await host.saveFile({
        suggestedName: issued.fileName,
        data: issued.file,
        filters: [{ name: t("sertai.fileKind"), extensions: [JOIN_EXTENSION] }],
      });
      if (saved.status !== "saved") {
        setError(t("sertai.notSaved", { name: issued.pc.name, number: issued.pc.number }));
        return;
      }
      setMade({ pc: issued.pc, passphrase, fileName: saved.fileName });
      setOpen(false);
    } catch (e) {
      if (
        e instanceof ValidationError &&
        Object.keys(e.fields).every((k) => ["name", "scopes", "passphrase"].includes(k))
      )
        setErrors(Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, tKey(t, v)])));
      else setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      {made && (
        <Alert color="green" title={t("sertai.madeTitle", { name: made.pc.name })} data-testid="join-made">
          <Text size="sm">{t("sertai.made", { number: made.pc.number, file: made.fileName })}</Text>
          <Text size="sm" mt="xs">
            {t("sertai.readOut")}{" "}
            <Text span ff="monospace" fw={700} data-testid="join-made-passphrase">
              {made.passphrase}
            </Text>
          </Text>
        </Alert>
      )}
      {!open ? (
        <Group>
          <Button onClick={start} data-testid="join-start">
            {t("sertai.makeButton")}
          </Button>
        </Group>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack gap="sm" maw={640}>
            <TextInput
              label={t("sertai.newPcName")}
              description={t("sertai.newPcNameHint")}
              withAsterisk
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setErrors((x) => ({ ...x, name: undefined }));
              }}
              error={errors.name}
              data-testid="join-name"
            />
            <Checkbox
              label={t("sertai.wholeDistrict")}
              checked={whole}
              onChange={(e) => setWhole(e.currentTarget.checked)}
              data-testid="join-whole"
            />
            {!whole && (
              <MultiSelect
                label={t("sertai.sites")}
                description={t("sertai.sitesHint")}
                withAsterisk
                data={sites}
                value={chosen}
                onChange={setChosen}
                searchable
                error={errors.scopes}
                data-testid="join-sites"
              />
            )}
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label={t("sertai.passphrase")}
                description={t("sertai.passphraseHint", { min: MIN_JOIN_PASSPHRASE })}
                withAsterisk
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.currentTarget.value);
                  setErrors((x) => ({ ...x, passphrase: undefined }));
                }}
                error={errors.passphrase}
                styles={{ input: { fontFamily: "monospace" } }}
                style={{ flex: 1 }}
                autoComplete="off"
                data-testid="join-passphrase"
              />
              <Button variant="default" onClick={() => setPassphrase(makeJoinPassphrase())}>
                {t("sertai.newPassphrase")}
              </Button>
            </Group>
            {error && (
              <Alert color="red" data-testid="join-error">
                {error}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={busy} data-testid="join-make">
                {t("sertai.makeAndSave")}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)} disabled={busy}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
