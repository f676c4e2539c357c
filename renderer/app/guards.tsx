// Why: screens a role may not use say so plainly instead of half-rendering; unknown routes say where to go.
import { Alert, Button, Stack } from "@mantine/core";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useRouteError } from "react-router";
import { can, type Permission } from "../../shared/domain/roles";
import { AccessError, NotFoundError } from "../db/errors";
import { useActor } from "./session";
import { reportStorageFailure } from "../features/pemulihan/storage-failure";

export function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { actor } = useActor();
  if (!can(actor.role, permission)) return <Forbidden />;
  return <>{children}</>;
}

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Stack maw={560}>
      <Alert color="red" title={t("e.forbiddenTitle")} data-testid="forbidden">
        {t("e.forbidden")}
      </Alert>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t("common.backHome")}
      </Button>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={560}>
      <Alert color="yellow" title={t("e.notFoundTitle")} data-testid="not-found">
        {t("e.notFound")}
      </Alert>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t("common.backHome")}
      </Button>
    </Stack>
  );
}

/** Shows what a failed data load means: not allowed, gone, or unexpected. */
export function LoadError({ error }: { error: unknown }) {
  if (error instanceof AccessError) return <Forbidden />;
  if (error instanceof NotFoundError) return <NotFoundPage />;
  throw error;
}

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  // A table that fails to read under a route leads to the recovery screen (the window switches after this render).
  useEffect(() => {
    if (!reportStorageFailure(error)) console.error(error);
  }, [error]);
  return (
    <Alert color="red" title={t("e.title")} m="xl">
      {t("e.unexpected")}
    </Alert>
  );
}
