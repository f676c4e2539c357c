// Why: the pure rules behind every action-item list: what is still open, what comes first, what a meeting still owes.
import { isActionItemOverdue, type ActionItemInput } from "../../../../shared/domain/community";

type ItemLike = Pick<ActionItemInput, "dueDate" | "status">;

/** The statuses of an item that still needs doing (the [ownerId+status] index is queried with these). */
export const openStatuses = ["belum", "dalam-tindakan"] as const;

export function isOpen(item: Pick<ActionItemInput, "status">): boolean {
  return item.status !== "selesai";
}

/** Overdue items first, then the earliest due date; items due the same day keep their order. */
export function byUrgency<T extends ItemLike>(items: readonly T[], today: string): T[] {
  return items
    .map((item, i) => ({ item, i, late: isActionItemOverdue(item, today) }))
    .sort(
      (a, b) => Number(b.late) - Number(a.late) || a.item.dueDate.localeCompare(b.item.dueDate) || a.i - b.i,
    )
    .map((x) => x.item);
}

export type ItemCounts = { open: number; overdue: number };

/** Open and overdue item counts per meeting. */
export function countsByMeeting(
  items: readonly (ItemLike & { meetingId: string })[],
  today: string,
): Map<string, ItemCounts> {
  const out = new Map<string, ItemCounts>();
  for (const item of items) {
    if (!isOpen(item)) continue;
    const c = out.get(item.meetingId) ?? { open: 0, overdue: 0 };
    c.open += 1;
    if (isActionItemOverdue(item, today)) c.overdue += 1;
    out.set(item.meetingId, c);
  }
  return out;
}
