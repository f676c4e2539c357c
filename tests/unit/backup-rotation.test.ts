// Why: rotation deletes files, so the rule is proven over a simulated year of backups (several a day) before it runs.
import { describe, expect, it } from "vitest";
import { backupsToDelete, backupsToKeep, type RotationEntry } from "../../shared/backup/rotation";
import { backupFileName, parseBackupFileName } from "../../shared/backup/names";
import { todayIn } from "../../shared/domain/dates";

const TZ = "Asia/Kuala_Lumpur";

describe("backup rotation", () => {
  it("over a simulated year keeps exactly the last 10, the newest of each of 30 days and of each of 12 months", () => {
    let files: RotationEntry[] = [];
    const start = Date.UTC(2026, 0, 1, 0, 30);
    // A year of office days: backups at 08:30, 11:00, 13:15 and 16:45 local time (00:30, 03:00, 05:15, 08:45 UTC).
    for (let day = 0; day < 366; day++) {
      for (const minutes of [0, 150, 285, 495]) {
        const at = new Date(start + day * 86_400_000 + minutes * 60_000);
        files.push({ name: backupFileName(at, "auto"), createdAt: at.toISOString() });
        const gone = new Set(backupsToDelete(files, at, TZ).map((f) => f.name));
        files = files.filter((f) => !gone.has(f.name));
      }
    }
    const now = new Date(
      files
        .map((f) => f.createdAt)
        .sort()
        .at(-1)!,
    );
    const newestFirst = [...files].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const expected = new Set<string>(newestFirst.slice(0, 10).map((f) => f.name));
    const days = new Map<string, string>();
    const months = new Map<string, string>();
    // Every backup of the year (re-made) grouped by local day and month: the newest of each is the one kept.
    const all: RotationEntry[] = [];
    for (let day = 0; day < 366; day++)
      for (const minutes of [0, 150, 285, 495]) {
        const at = new Date(start + day * 86_400_000 + minutes * 60_000);
        all.push({ name: backupFileName(at, "auto"), createdAt: at.toISOString() });
      }
    for (const f of all.sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
      const d = todayIn(TZ, new Date(f.createdAt));
      if (!days.has(d)) days.set(d, f.name);
      if (!months.has(d.slice(0, 7))) months.set(d.slice(0, 7), f.name);
    }
    const today = todayIn(TZ, now);
    const lastDays = [...days.entries()].filter(
      ([d]) => (Date.parse(today) - Date.parse(d)) / 86_400_000 < 30,
    );
    expect(lastDays).toHaveLength(30);
    for (const [, n] of lastDays) expected.add(n);
    const lastMonths = [...months.entries()].sort().slice(-12);
    for (const [, n] of lastMonths) expected.add(n);
    expect(new Set(files.map((f) => f.name))).toEqual(expected);
    // The year ends on 1 January 2027 (16:45). The last 10 span 1 January, 31 and 30 December; 27 more days reach
    // back to 3 December; 10 more months (February to November 2026): January 2026 is the 13th month back.
    expect(files.length).toBe(10 + 27 + 10);
  });

  it("keeps everything when there are 10 or fewer, and never a file dated in the future", () => {
    const now = new Date("2026-11-18T02:00:00Z");
    const few = Array.from({ length: 10 }, (_, i) => ({
      name: `f${i}`,
      createdAt: new Date(now.getTime() - i * 400 * 86_400_000).toISOString(),
    }));
    expect(backupsToKeep(few, now, TZ).size).toBe(10);
    const future = [...few, { name: "later", createdAt: "2027-01-01T00:00:00Z" }];
    expect(backupsToKeep(future, now, TZ).has("later")).toBe(true);
  });

  it("names files by their time and reason, and ignores any other name", () => {
    const at = new Date("2026-12-04T10:30:12.345Z");
    const name = backupFileName(at, "lock");
    expect(name).toBe("rekod-sandaran-20261204T103012345Z-lock.rkbak");
    expect(parseBackupFileName(name)).toEqual({ createdAt: at.toISOString(), reason: "lock" });
    expect(parseBackupFileName("laporan.xlsx")).toBeNull();
    expect(parseBackupFileName("rekod-sandaran-20261204T103012345Z-other.rkbak")).toBeNull();
  });
});
