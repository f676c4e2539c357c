// Why: the team rows of a tour: an app user picked (grade remembered from their last tour) or a name typed (a driver),
// each with a role and a grade; the leader's override reason appears when the leader is below S29.
import {
  ActionIcon,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { teamRoles } from "../../../../shared/domain/kpn/codes";
import { gradeNumber, LEADER_MIN_GRADE, TEAM_MAX } from "../../../../shared/domain/kpn/team";
import type { UserRecord } from "../../../db/app-db";
import type { PartProps } from "./form-bind";
import { emptyMember } from "./tour-form";

type Props = PartProps & {
  users: readonly UserRecord[];
  /** The grade each user had on their latest tour. */
  gradeOf: ReadonlyMap<string, string>;
};

export function TeamFields({ form, bind, message, users, gradeOf }: Props) {
  const { t } = useTranslation();
  const team = form.getValues().team;
  const leader = team.find((m) => m.role === "ketua");
  const leaderGrade = gradeNumber(leader?.grade);
  const needsReason =
    (leaderGrade !== null && leaderGrade < LEADER_MIN_GRADE) || !!form.getValues().leaderOverrideReason;
  const pick = (i: number, userId: string | null) => {
    const user = users.find((u) => u.id === userId);
    form.setFieldValue(`team.${i}.userId`, userId);
    if (user) {
      form.setFieldValue(`team.${i}.name`, user.name);
      const grade = gradeOf.get(user.id);
      if (grade) form.setFieldValue(`team.${i}.grade`, grade);
    }
  };
  return (
    <Stack gap="xs" data-testid="team">
      <Title order={5}>{t("kpnJadual.form.sectionTeam")}</Title>
      {team.map((m, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" data-testid={`member-${i}`}>
          <SimpleGrid cols={{ base: 1, md: 4 }} style={{ flex: 1 }}>
            <Select
              label={t("kpnJadual.form.memberUser")}
              placeholder={t("kpnJadual.form.memberUserHint")}
              searchable
              clearable
              data={users.map((u) => ({ value: u.id, label: u.name }))}
              value={m.userId}
              onChange={(v) => pick(i, v)}
            />
            <TextInput label={t("kpnJadual.form.memberName")} withAsterisk {...bind(`team.${i}.name`)} />
            <Select
              label={t("kpnJadual.form.memberRole")}
              withAsterisk
              allowDeselect={false}
              data={teamRoles.map((r) => ({ value: r, label: t(`kpn.teamRole.${r}`) }))}
              {...bind(`team.${i}.role`)}
              value={m.role || null}
            />
            <TextInput
              label={t("kpnJadual.form.memberGrade")}
              placeholder={t("kpnJadual.form.gradePlaceholder")}
              {...bind(`team.${i}.grade`)}
            />
          </SimpleGrid>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={t("kpnJadual.form.removeMember")}
            onClick={() => form.removeListItem("team", i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {message("team") && (
        <Text c="red" size="sm" data-testid="team-problem">
          {message("team")}
        </Text>
      )}
      <Button
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={16} />}
        disabled={team.length >= TEAM_MAX + 1}
        onClick={() => form.insertListItem("team", emptyMember("petugas"))}
      >
        {t("kpnJadual.form.addMember")}
      </Button>
      {needsReason && (
        <Textarea
          label={t("kpnJadual.form.overrideReason")}
          description={t("kpnJadual.form.overrideHint")}
          autosize
          minRows={2}
          {...bind("leaderOverrideReason")}
        />
      )}
    </Stack>
  );
}
