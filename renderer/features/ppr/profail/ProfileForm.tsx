// Why: the community profile form: site identity, population (with the register's figures on offer), facilities, organisations, risks, assets.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { profileSchema, type ProfileInput } from "../../../../shared/domain/community";
import type { SiteRecord } from "../../../db/app-db";
import { DateField } from "../../../app/DateField";
import { handleSaveError, useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { notifyError } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { DraftRestored } from "../../../app/DraftRestored";
import { registerOffer } from "./data";
import { PopulationFields, RegisterBar } from "./PopulationFields";
import { applyOffer, offerRows, registerSource, textKeys, type RegisterOffer } from "./profile-fields";

type Props = {
  draftKey: string;
  site: SiteRecord;
  initial: ProfileInput;
  /** Saves and returns where to go next, called once the draft is cleared. */
  onSave: (values: ProfileInput) => Promise<() => void>;
};

export function ProfileForm({ draftKey, site, initial, onSave }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<ProfileInput>(draftKey, initial, profileSchema);
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  const [register, setRegister] = useState<{ offer: RegisterOffer; persons: number; asOf: string } | null>(
    null,
  );
  const [loadingRegister, setLoadingRegister] = useState(false);
  if (!draft.ready) return null;
  const values = form.getValues();

  const loadRegister = async () => {
    setLoadingRegister(true);
    try {
      const asOf = values.asOf;
      const r = await registerOffer(actor, site.id, asOf);
      setRegister({ ...r, asOf });
    } catch (e) {
      notifyError(t, e);
    } finally {
      setLoadingRegister(false);
    }
  };
  const pending = register ? offerRows(values.population, register.offer).filter((r) => !r.same).length : 0;

  const submit = form.onSubmit(
    async (v) => {
      setBusy(true);
      try {
        const fromRegister = registerSource(v.population, register, initial);
        const { fromRegister: _old, ...rest } = v;
        const next = await onSave(fromRegister ? { ...rest, fromRegister } : rest);
        await draft.saved();
        next();
      } catch (e) {
        handleSaveError(t, form, e, () => void draft.discard());
      } finally {
        setBusy(false);
      }
    },
    // The first field in error may be far up the page: bring it into view, its message beside it.
    () =>
      requestAnimationFrame(() =>
        document
          .querySelector('[data-testid="profile-form"] [aria-invalid="true"]')
          ?.scrollIntoView({ block: "center" }),
      ),
  );

  const yearBuilt = form.getInputProps("identity.yearBuilt");
  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <Stack>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}

        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t("profail.section.identity")}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" mb="md" data-testid="site-identity">
            <ReadOnly label={t("profail.siteName")} value={site.name} />
            <ReadOnly label={t("profail.siteType")} value={t(`siteType.${site.type}`)} />
            <ReadOnly label={t("profail.address")} value={site.address} />
            <ReadOnly label={t("profail.districtState")} value={`${site.district}, ${site.state}`} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mb="sm">
            {t("profail.siteHint")}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <DateField label={t("profail.f.asOf")} withAsterisk {...field("asOf")} />
            <NumberInput
              label={t("profail.f.identity.blocks")}
              allowDecimal={false}
              hideControls
              {...field("identity.blocks")}
            />
            <NumberInput
              label={t("profail.f.identity.units")}
              allowDecimal={false}
              hideControls
              {...field("identity.units")}
            />
            <NumberInput
              label={t("profail.f.identity.yearBuilt")}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              placeholder={t("profail.unknownYear")}
              {...field("identity.yearBuilt")}
              value={yearBuilt.value === 0 ? "" : (yearBuilt.value as number | string)}
              onChange={(v) => form.setFieldValue("identity.yearBuilt", v === "" ? 0 : (v as number))}
            />
          </SimpleGrid>
          <TextInput
            mt="sm"
            label={t("profail.f.identity.managingBody")}
            placeholder={t("profail.managingBodyPlaceholder")}
            {...field("identity.managingBody")}
          />
        </Paper>

        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={5}>{t("profail.section.population")}</Title>
            <RegisterBar
              offer={register?.offer ?? null}
              persons={register?.persons ?? 0}
              asOf={formatDate(register?.asOf)}
              loading={loadingRegister}
              onLoad={() => void loadRegister()}
              onUseAll={() =>
                register && form.setFieldValue("population", applyOffer(values.population, register.offer))
              }
              pending={pending}
            />
            {register && (
              <Text size="xs" c="dimmed">
                {t("profail.register.hint")}
              </Text>
            )}
            <PopulationFields form={form} offer={register?.offer ?? null} />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {textKeys.map((k) => (
              <Textarea
                key={k}
                label={t(`profail.section.${k}`)}
                description={t(`profail.hint.${k}`)}
                autosize
                minRows={3}
                {...field(k)}
              />
            ))}
          </SimpleGrid>
        </Paper>

        {Object.keys(form.errors).length > 0 && (
          <Alert color="red" p="xs" data-testid="form-errors">
            {t("e.validation")}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={16} />}>
            {t("profail.saveVersion")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReadOnly({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </div>
  );
}
