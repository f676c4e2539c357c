// Why: what a clerk sees when the records cannot be opened: what happened in plain words, what to do (restore the
// newest backup, save what still reads, try again), and the technical message folded away for the IT person.
import {
  Accordion,
  Alert,
  Button,
  Center,
  Code,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { technicalDetail, type StorageFailure } from "../../db/storage-errors";
import { LanguagePicker } from "../../app/LanguagePicker";
import { SalvagePanel } from "./SalvagePanel";
import { RestorePanel } from "./RestorePanel";

export function RecoveryScreen({ failure }: { failure: StorageFailure }) {
  const { t } = useTranslation();
  const versions = failure.versions;
  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Stack w={720} data-testid="recovery-screen">
        <Paper withBorder shadow="sm" p="xl">
          <Group justify="space-between" mb="md" wrap="nowrap">
            <Title order={2}>{t("pemulihan.title")}</Title>
            <LanguagePicker />
          </Group>
          <Alert
            color={failure.problem === "newerSchema" ? "yellow" : "red"}
            icon={<IconAlertTriangle size={20} />}
            title={t(`pemulihan.problem.${failure.problem}.title`)}
            data-testid="recovery-problem"
          >
            {t(`pemulihan.problem.${failure.problem}.text`, versions ?? {})}
          </Alert>
          <Text mt="md" size="sm">
            {t("pemulihan.safe")}
          </Text>
          <Text mt="md" fw={600}>
            {t("pemulihan.whatToDo")}
          </Text>
          <List size="sm" mt={4} spacing={4}>
            {failure.problem === "diskFull" && <List.Item>{t("pemulihan.stepFreeSpace")}</List.Item>}
            {failure.problem === "newerSchema" && <List.Item>{t("pemulihan.stepNewerApp")}</List.Item>}
            <List.Item>{t("pemulihan.stepSalvage")}</List.Item>
            <List.Item>{t("pemulihan.stepRestore")}</List.Item>
            <List.Item>{t("pemulihan.stepCallIt")}</List.Item>
          </List>
        </Paper>
        <SalvagePanel />
        <RestorePanel />
        <Paper withBorder p="lg">
          <Group justify="space-between">
            <Text size="sm">{t("pemulihan.retryText")}</Text>
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => location.reload()}
            >
              {t("pemulihan.reload")}
            </Button>
          </Group>
          <Accordion mt="sm" variant="contained">
            <Accordion.Item value="detail">
              <Accordion.Control>{t("pemulihan.technical")}</Accordion.Control>
              <Accordion.Panel>
                <Code block data-testid="recovery-technical">
                  {`${t("pemulihan.problemCode")}: ${failure.problem}\n${technicalDetail(failure)}\n${navigator.userAgent}`}
                </Code>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Paper>
      </Stack>
    </Center>
  );
}
