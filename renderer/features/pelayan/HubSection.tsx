// Why: Tetapan > Pelayan pejabat: the administrator (or the officer at a site's PC) connects this PC to the office
// hub by its address and the certificate fingerprint the hub printed, signing in with their own password (and, for a
// new hub, the claim code it printed); then sees how the PC is syncing, syncs at once, or disconnects.
import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { modals } from "@mantine/modals";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fingerprintSchema, hubAddressSchema } from "../../../shared/hub/protocol";
import { can } from "../../../shared/domain/roles";
import { formatDateTime } from "../../app/format";
import { errorMessage } from "../../app/messages";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { db } from "../../db/instance";
import { forgetLink, readLink } from "../../db/hub/link";
import { HubFailure, changesWaiting, connectHub } from "../../db/hub/sync";
import { host } from "../../host";
import { hubLine, problemText } from "./hub-words";
import { hubConnected, hubDisconnected, syncSoon, useHubRunner } from "./runner";

export function HubSection() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const runner = useHubRunner();
  const live = useLive(async () => ({ link: await readLink(db), waiting: await changesWaiting(db) }), []);
  if (live.loading || live.error) return null;
  const { link, waiting } = live.data;
  const mayConnect = can(actor.role, "exchange.run");
  return (
    <Paper withBorder p="lg" id="pelayan" data-testid="hub-section">
      <Title order={4}>{t("hub.title")}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("hub.intro")}
      </Text>
      {link ? (
        <Stack gap="sm">
          <Table withTableBorder variant="vertical" maw={720} data-testid="hub-link">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={220}>{t("hub.address")}</Table.Th>
                <Table.Td>{link.address}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("hub.fingerprint")}</Table.Th>
                <Table.Td>
                  <Code fz="xs">{link.fingerprint}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("hub.connected")}</Table.Th>
                <Table.Td>
                  {t("hub.connectedBy", { at: formatDateTime(link.connectedAt), by: link.connectedBy })}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("hub.state")}</Table.Th>
                <Table.Td data-testid="hub-section-state">{hubLine(t, link, runner, waiting).text}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("hub.media")}</Table.Th>
                <Table.Td>{link.media ? t("hub.mediaYes") : t("hub.mediaNo")}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {mayConnect && (
            <Group>
              <Button onClick={() => syncSoon(true)} loading={runner.busy} data-testid="hub-sync-now">
                {t("hub.syncNow")}
              </Button>
              <Button
                variant="default"
                color="red"
                data-testid="hub-disconnect"
                onClick={() =>
                  modals.openConfirmModal({
                    title: t("hub.disconnectTitle"),
                    children: <Text size="sm">{t("hub.disconnectBody", { count: waiting })}</Text>,
                    labels: { confirm: t("hub.disconnect"), cancel: t("common.cancel") },
                    confirmProps: { color: "red", "data-testid": "hub-disconnect-confirm" },
                    onConfirm: () => {
                      hubDisconnected();
                      void forgetLink(db);
                    },
                  })
                }
              >
                {t("hub.disconnect")}
              </Button>
            </Group>
          )}
        </Stack>
      ) : mayConnect ? (
        <ConnectForm />
      ) : (
        <Alert color="blue">{t("hub.notConnected")}</Alert>
      )}
    </Paper>
  );
}

type Field = "address" | "fingerprint" | "password" | "claimCode";

function ConnectForm() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [values, setValues] = useState<Record<Field, string>>({
    address: "",
    fingerprint: "",
    password: "",
    claimCode: "",
  });
  const [media, setMedia] = useState(true);
  const [needClaim, setNeedClaim] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: Field) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
      setErrors((x) => ({ ...x, [name]: undefined }));
    },
    "data-testid": `hub-${name}`,
  });

  const submit = async () => {
    setError(null);
    const address = hubAddressSchema.safeParse(values.address);
    const fingerprint = fingerprintSchema.safeParse(values.fingerprint);
    const next: Partial<Record<Field, string>> = {};
    if (!address.success) next.address = t("v.hubAddress");
    if (!fingerprint.success) next.fingerprint = t("v.fingerprint");
    if (!values.password) next.password = t("v.required");
    if (needClaim && !values.claimCode.trim()) next.claimCode = t("v.required");
    setErrors(next);
    if (!address.success || !fingerprint.success || Object.keys(next).length) return;
    setBusy(true);
    try {
      const session = await connectHub(db, (args) => host.hubRequest(args), actor, {
        address: address.data,
        fingerprint: fingerprint.data,
        password: values.password,
        claimCode: needClaim ? values.claimCode : undefined,
        media,
      });
      hubConnected(session);
    } catch (e) {
      if (e instanceof HubFailure) {
        if (e.code === "notClaimed") setNeedClaim(true);
        if (e.code === "badCredentials") setErrors({ password: problemText(t, e.code) });
        else if (e.code === "badClaimCode") setErrors({ claimCode: problemText(t, e.code) });
        else setError(problemText(t, e.code, { retryAfter: e.retryAfter, office: e.office?.name }));
      } else setError(errorMessage(t, e));
    } finally {
      setBusy(false);
      setValues((v) => ({ ...v, password: "" }));
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="sm" maw={640}>
        <TextInput
          label={t("hub.address")}
          description={t("hub.addressHint")}
          placeholder="https://192.168.1.10:8443"
          withAsterisk
          {...field("address")}
        />
        <TextInput
          label={t("hub.fingerprint")}
          description={t("hub.fingerprintHint")}
          placeholder="AB:CD:…"
          withAsterisk
          ff="monospace"
          {...field("fingerprint")}
        />
        <PasswordInput
          label={t("hub.password")}
          description={t("hub.passwordHint", { username: actor.username })}
          withAsterisk
          autoComplete="current-password"
          {...field("password")}
        />
        {needClaim && (
          <TextInput
            label={t("hub.claimCode")}
            description={t("hub.claimCodeHint")}
            withAsterisk
            {...field("claimCode")}
          />
        )}
        <Checkbox
          label={t("hub.mediaLabel")}
          description={t("hub.mediaHint")}
          checked={media}
          onChange={(e) => setMedia(e.currentTarget.checked)}
          data-testid="hub-media"
        />
        {error && (
          <Alert color="red" data-testid="hub-error">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy} data-testid="hub-connect">
            {t("hub.connect")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
