// Why: decides what the shared PC shows: first-run setup, the login or lock screen, or the working app.
import { Center, Loader } from "@mantine/core";
import { useIdle } from "@mantine/hooks";
import { useLiveQuery } from "dexie-react-hooks";
import { lazy, Suspense, useEffect, useLayoutEffect } from "react";
import { db } from "../db/instance";
import { getOffice } from "../db/repositories/office";
import { SetupScreen } from "../features/persediaan/SetupScreen";
import { LoginScreen } from "../features/log-masuk/LoginScreen";
import { ChangePasswordScreen } from "../features/pengguna/ChangePasswordScreen";
import { OfficeContext } from "./office-context";
import { SessionProvider, useSession } from "./session";
import { BackupScheduler } from "../features/sandaran/BackupScheduler";
import { followOffice } from "../i18n";

const MainRouter = lazy(() => import("./MainRouter"));

export function App() {
  const office = useLiveQuery(async () => (await getOffice(db)) ?? null, [], "loading" as const);
  const pack = office && office !== "loading" ? office.countryPack : null;
  const language = office && office !== "loading" ? office.language : null;
  // The office's pack brings its own words (and, until someone picks one, its language) before the first screen.
  useLayoutEffect(() => {
    if (pack && language) followOffice(pack, language);
  }, [pack, language]);
  if (office === "loading") {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!office) return <SetupScreen />;
  return (
    <OfficeContext.Provider value={office}>
      <SessionProvider>
        <BackupScheduler />
        <Gate lockMinutes={office.autoLockMinutes} />
      </SessionProvider>
    </OfficeContext.Provider>
  );
}

function Gate({ lockMinutes }: { lockMinutes: number }) {
  const { state, lock } = useSession();
  const idle = useIdle(lockMinutes * 60_000, { initialState: false });
  useEffect(() => {
    if (idle && state.status === "active") void lock();
  }, [idle, state.status, lock]);
  if (state.status !== "active") return <LoginScreen />;
  if (state.user.mustChangePassword) return <ChangePasswordScreen />;
  return (
    <Suspense
      fallback={
        <Center h="100vh">
          <Loader />
        </Center>
      }
    >
      <MainRouter />
    </Suspense>
  );
}
