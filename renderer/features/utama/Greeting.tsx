// Why: every pack's home opens the same way: a greeting by the time of day and how many sites the user works on.
import { Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useActor } from "../../app/session";

function greetingKey(hour: number): string {
  if (hour < 12) return "home.morning";
  if (hour < 14) return "home.noon";
  if (hour < 19) return "home.afternoon";
  return "home.evening";
}

export function Greeting({ siteCount, children }: { siteCount: number; children?: ReactNode }) {
  const { t } = useTranslation();
  const { user, actor } = useActor();
  return (
    <div>
      <Title order={2} data-testid="greeting">
        {t(greetingKey(new Date().getHours()), { name: user.name })}
      </Title>
      <Text c="dimmed">
        {actor.role === "ppk"
          ? t("home.introPpk", { count: siteCount })
          : t("home.introAll", { count: siteCount })}
      </Text>
      {children}
    </div>
  );
}
