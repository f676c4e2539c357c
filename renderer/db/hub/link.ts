// Why: what this PC keeps of its link to the office hub (table `hubSync`, never travels): where the hub is and its
// pinned fingerprint, what was last heard, and the transfers in flight, so a cut or a switched-off PC resumes.
import type { Holdings } from "../../../shared/exchange/book";
import type { PullReady, PushHeader } from "../../../shared/hub/protocol";
import type { AppDB } from "../app-db";

export const LINK_ID = "link";
export const PUSH_ID = "push";
export const PULL_ID = "pull";
const PIECE_PREFIX = "piece:";

/** Why the last attempt failed: a hub code (`badCredentials`…) or a host key (`host.hubUnreachable`…). */
export type HubProblem = { code: string; at: string; retryAfter?: number };

export type HubLinkRow = {
  id: typeof LINK_ID;
  address: string;
  fingerprint: string;
  officeId: string;
  /** The hub's id in the office's exchange. */
  hubPc: string;
  connectedAt: string;
  connectedBy: string;
  /** When a whole round (push and pull) last finished. */
  lastSyncAt?: string;
  lastProblem?: HubProblem | null;
  /** What the hub took in from this PC's pushes (beyond what its batches said it held). */
  pushed?: Holdings;
  /** This PC's own last change number the hub has. */
  ackedSeq?: number;
  /** Photos and attachments go too (off on a slow link: they wait for the LAN). */
  media: boolean;
};

/** A push in flight: its batch as made (so a resumed push sends the same bytes) and the change number it covers. */
export type PushRow = {
  id: typeof PUSH_ID;
  transferId: string;
  header: PushHeader;
  sha256: string;
  bytes: Uint8Array;
  /** This PC's own last change number when the batch was made. */
  ownSeq: number;
  records: number;
};

/** A pull in flight: what the hub prepared and how much of it is here. */
export type PullRow = { id: typeof PULL_ID; transferId: string; ready: PullReady; received: number };
/** One piece of a pull, kept as it arrives. */
export type PullPieceRow = { id: string; transferId: string; offset: number; bytes: Uint8Array };

export type HubSyncRow = HubLinkRow | PushRow | PullRow | PullPieceRow;

export const pieceId = (offset: number) => `${PIECE_PREFIX}${String(offset).padStart(12, "0")}`;

export async function readLink(db: AppDB): Promise<HubLinkRow | null> {
  return ((await db.hubSync.get(LINK_ID)) as HubLinkRow | undefined) ?? null;
}

export async function updateLink(db: AppDB, change: Partial<Omit<HubLinkRow, "id">>): Promise<void> {
  await db.transaction("rw", [db.hubSync], async () => {
    const link = (await db.hubSync.get(LINK_ID)) as HubLinkRow | undefined;
    if (link) await db.hubSync.put({ ...link, ...change });
  });
}

/** The pieces of the pull in flight, in order. */
export async function pullPieces(db: AppDB): Promise<PullPieceRow[]> {
  return (await db.hubSync
    .where("id")
    .between(PIECE_PREFIX, `${PIECE_PREFIX}\uffff`)
    .toArray()) as PullPieceRow[];
}

/** Forgets the pull in flight and its pieces. */
export async function clearPull(db: AppDB): Promise<void> {
  await db.transaction("rw", [db.hubSync], async () => {
    await db.hubSync.delete(PULL_ID);
    await db.hubSync.where("id").between(PIECE_PREFIX, `${PIECE_PREFIX}\uffff`).delete();
  });
}

/** Disconnects: the link and anything in flight are forgotten (the records stay). */
export async function forgetLink(db: AppDB): Promise<void> {
  await db.hubSync.clear();
}
