// Why: who is at the shared PC right now, and the lock that keeps their place and drafts while they are away.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Actor } from "../../shared/domain/access";
import type { UserRecord } from "../db/app-db";
import { auditSession, login as dbLogin } from "../db/auth";
import { db } from "../db/instance";
import { clearDraft, loadDraft, ROUTE_DRAFT_KEY, saveDraft } from "../db/drafts";
import { toActor } from "../db/repositories/users";
import { hubUserSignedIn, hubUserSignedOut } from "../features/pelayan/runner";

export type SessionState =
  | { status: "out" }
  | { status: "active"; user: UserRecord; actor: Actor }
  | { status: "locked"; user: UserRecord; actor: Actor };

type SessionApi = {
  state: SessionState;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  lock(): Promise<void>;
  /** Reloads the signed-in user after their own account changed (role, sites, name). */
  refreshUser(): Promise<void>;
};

const SessionContext = createContext<SessionApi | null>(null);

function currentRoute(): string {
  return location.hash.replace(/^#/, "") || "/";
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "out" });

  const login = useCallback(
    async (username: string, password: string) => {
      const user = await dbLogin(db, username, password);
      const actor = toActor(user);
      if (state.status === "locked" && state.user.id !== user.id) {
        // Someone else takes the PC: the first user's place is kept for them, the new user starts at home.
        location.hash = "#/";
      }
      const savedRoute = await loadDraft<string>(db, user.id, ROUTE_DRAFT_KEY);
      if (savedRoute) {
        await clearDraft(db, user.id, ROUTE_DRAFT_KEY);
        location.hash = `#${savedRoute}`;
      }
      setState({ status: "active", user, actor });
      // A PC connected to the office hub signs in there with the same name and password (in the background).
      hubUserSignedIn(user.username, password);
    },
    [state],
  );

  const lock = useCallback(async () => {
    if (state.status !== "active") return;
    await saveDraft(db, state.user.id, ROUTE_DRAFT_KEY, currentRoute());
    await auditSession(db, state.actor, "lock");
    setState({ status: "locked", user: state.user, actor: state.actor });
  }, [state]);

  const logout = useCallback(async () => {
    if (state.status === "out") return;
    await auditSession(db, state.actor, "logout");
    await clearDraft(db, state.user.id, ROUTE_DRAFT_KEY);
    location.hash = "#/";
    hubUserSignedOut();
    setState({ status: "out" });
  }, [state]);

  const refreshUser = useCallback(async () => {
    if (state.status !== "active") return;
    const user = await db.users.get(state.user.id);
    if (!user || user.disabled) {
      setState({ status: "out" });
      return;
    }
    setState({ status: "active", user, actor: toActor(user) });
  }, [state]);

  const api = useMemo(
    () => ({ state, login, logout, lock, refreshUser }),
    [state, login, logout, lock, refreshUser],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error("useSession outside SessionProvider");
  return ctx;
}

/** The signed-in actor; only used inside the shell, where a session is active. */
export function useActor(): { user: UserRecord; actor: Actor } {
  const { state } = useSession();
  if (state.status !== "active") throw new Error("no active session");
  return { user: state.user, actor: state.actor };
}
