// Why: the PC syncs with the office hub by itself, in the background, while someone is signed in: soon after each
// change and every few seconds for others' changes, backing off while the hub cannot be reached. Nothing on screen
// waits for it. The hub session lives in memory only; the password typed at sign-in is kept only until the hub has
// answered once (a PC that starts offline signs in to the hub when it comes back).
import { useSyncExternalStore } from "react";
import type { HubSession } from "../../../shared/hub/protocol";
import { db } from "../../db/instance";
import { readLink, updateLink } from "../../db/hub/link";
import { HubFailure, hubSignIn, syncRound, type RoundResult } from "../../db/hub/sync";
import { schemaVersion } from "../../db/migrations";
import { host } from "../../host";

/** How often a PC asks for others' changes when all is well (a LAN: within seconds). */
export const POLL_MS = 5_000;
/** The longest wait between attempts while the hub cannot be reached. */
export const MAX_BACKOFF_MS = 60_000;
/** A change is sent this soon after it is saved (several saves in a row go together). */
const SOON_MS = 1_000;

export type HubRunnerState = {
  /** A round is under way. */
  busy: boolean;
  /** Signed in to the hub. */
  signedIn: boolean;
  /** The last round's result, or the problem that stopped it (a hub code or a host key). */
  last: { at: string; result?: RoundResult; problem?: string; retryAfter?: number } | null;
};

const transport = (args: Parameters<typeof host.hubRequest>[0]) => host.hubRequest(args);

let state: HubRunnerState = { busy: false, signedIn: false, last: null };
const listeners = new Set<() => void>();
function set(change: Partial<HubRunnerState>) {
  state = { ...state, ...change };
  for (const l of listeners) l();
}

let session: HubSession | null = null;
let pending: { username: string; password: string } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let failures = 0;
let running = false;
let again = false;
let active = false;

/** Problems a new attempt cannot mend by itself: the user (or administrator) must act first. */
const STOPPING = new Set([
  "badCredentials",
  "otherOffice",
  "newerHub",
  "olderHub",
  "notClaimed",
  "host.hubFingerprint",
]);

function schedule(ms: number) {
  if (timer) clearTimeout(timer);
  timer = active ? setTimeout(() => void round(), ms) : null;
}

async function ensureSession(): Promise<HubSession | null> {
  if (session) return session;
  const link = await readLink(db);
  if (!link || !pending) return null;
  session = await hubSignIn(db, transport, link, pending.username, pending.password);
  pending = null;
  if (link.hubPc !== session.hub.pc) await updateLink(db, { hubPc: session.hub.pc });
  set({ signedIn: true });
  return session;
}

async function round(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    const link = await readLink(db);
    if (!link || !active) return;
    set({ busy: true });
    const s = await ensureSession();
    if (!s) {
      set({ busy: false, last: { at: new Date().toISOString(), problem: "signIn" } });
      return;
    }
    const result = await syncRound(db, transport, s, schemaVersion());
    failures = 0;
    set({ busy: false, last: { at: new Date().toISOString(), result } });
    schedule(POLL_MS);
  } catch (e) {
    const problem = e instanceof HubFailure ? e.code : "host.hubUnreachable";
    const retryAfter = e instanceof HubFailure ? e.retryAfter : undefined;
    if (problem === "sessionExpired") {
      session = null;
      set({ signedIn: false });
    }
    failures += 1;
    set({ busy: false, last: { at: new Date().toISOString(), problem, retryAfter } });
    if (!STOPPING.has(problem) && problem !== "sessionExpired")
      schedule(
        Math.max((retryAfter ?? 0) * 1000, Math.min(MAX_BACKOFF_MS, POLL_MS * 2 ** Math.min(failures, 4))),
      );
  } finally {
    running = false;
    if (again) {
      again = false;
      schedule(0);
    }
  }
}

/** The app's user signed in (or unlocked): the hub is signed in to with the same name and password. */
export function hubUserSignedIn(username: string, password: string): void {
  if (session && session.user.username !== username) session = null;
  if (!session) pending = { username, password };
  active = true;
  failures = 0;
  schedule(0);
}

/** Logged out: the hub session and any kept password are forgotten, and syncing stops. */
export function hubUserSignedOut(): void {
  session = null;
  pending = null;
  active = false;
  schedule(0);
  set({ signedIn: false, busy: false, last: null });
}

/** The PC was just connected (Tetapan): the session the connection gave is used from now on. */
export function hubConnected(given: HubSession): void {
  session = given;
  pending = null;
  active = true;
  failures = 0;
  set({ signedIn: true });
  schedule(0);
}

/** Disconnected (Tetapan): syncing stops. */
export function hubDisconnected(): void {
  session = null;
  pending = null;
  set({ signedIn: false, busy: false, last: null });
  schedule(0);
}

/** Something was saved here, or someone asked: a round soon. */
export function syncSoon(now = false): void {
  if (!active) return;
  schedule(now ? 0 : SOON_MS);
}

export function useHubRunner(): HubRunnerState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
