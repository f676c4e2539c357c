// Why: who came to a meeting: the site's stakeholders picked from a list and anyone else typed in by name, each
// possibly tied to the directory organisation they came for.
import { ActionIcon, Anchor, Button, Group, Input, MultiSelect, Stack, Text, TextInput } from "@mantine/core";
import { IconUserPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { StakeholderRecord } from "../../../db/app-db";
import { tKey } from "../../../app/messages";
import { DirectoryPicker } from "../../direktori/DirectoryPicker";
import { addFreeName, stakeholderIds, withOrganisation, withStakeholders, type Attendee } from "./attendees";

type Props = {
  value: Attendee[];
  onChange: (value: Attendee[]) => void;
  stakeholders: StakeholderRecord[];
  siteId: string;
  readOnly?: boolean;
  error?: string;
};

export function AttendeesField({ value, onChange, stakeholders, siteId, readOnly, error }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);

  const add = () => {
    const n = name.trim();
    if (n.length < 2) {
      setNameError("v.minLength:2");
      return;
    }
    if (n.length > 150) {
      setNameError("v.maxLength:150");
      return;
    }
    onChange(addFreeName(value, n));
    setName("");
    setNameError(null);
  };

  return (
    <Input.Wrapper
      label={t("perjumpaan.attendees", { count: value.length })}
      error={tKey(t, error)}
      data-testid="attendees"
    >
      <Stack gap="xs" mt={4}>
        <MultiSelect
          aria-label={t("perjumpaan.pickStakeholders")}
          placeholder={
            stakeholders.length ? t("perjumpaan.pickStakeholders") : t("perjumpaan.noStakeholders")
          }
          searchable
          clearable
          readOnly={readOnly}
          disabled={stakeholders.length === 0 && stakeholderIds(value).length === 0}
          data={stakeholders.map((s) => ({
            value: s.id,
            label: s.organisation ? `${s.name} (${s.role}, ${s.organisation})` : `${s.name} (${s.role})`,
          }))}
          value={stakeholderIds(value)}
          onChange={(ids) => onChange(withStakeholders(value, ids, stakeholders))}
        />
        {stakeholders.length === 0 && (
          <Text size="xs" c="dimmed">
            <Anchor component={Link} to={`/pihak?tapak=${siteId}`} size="xs">
              {t("perjumpaan.manageStakeholders")}
            </Anchor>
          </Text>
        )}
        {value.length > 0 && (
          <Stack gap={4} data-testid="attendee-rows">
            <Text size="xs" c="dimmed">
              {t("direktori.attendeeOrg")}
            </Text>
            {value.map((a, i) => (
              <Group
                key={a.stakeholderId ?? `nama:${a.name}`}
                gap="xs"
                wrap="nowrap"
                data-testid="attendee-row"
              >
                <Text size="sm" w={260} truncate="end" title={a.name}>
                  {a.name}
                </Text>
                <DirectoryPicker
                  aria-label={t("direktori.attendeeOrgFor", { name: a.name })}
                  size="xs"
                  w={320}
                  readOnly={readOnly}
                  value={a.organisationId ?? null}
                  onChange={(id) => onChange(withOrganisation(value, i, id))}
                />
                {!readOnly && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={t("perjumpaan.removeAttendee", { name: a.name })}
                    onClick={() => onChange(value.filter((x) => x !== a))}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {!readOnly && (
          <Group align="start" gap="xs">
            <TextInput
              aria-label={t("perjumpaan.freeName")}
              placeholder={t("perjumpaan.freeNamePlaceholder")}
              w={320}
              value={name}
              error={tKey(t, nameError)}
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <Button variant="default" leftSection={<IconUserPlus size={16} />} onClick={add}>
              {t("perjumpaan.addAttendee")}
            </Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
