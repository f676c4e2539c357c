// Why: a few Kembara Prihatin Negara tours around the demo's "today" (one today, one next week, one done last month),
// so the roadmap, the outreach mode and the status report have something real to show.
import { addDays } from "../domain/dates";
import { tourFields, checkpointFields, type CheckpointInput, type TourInput } from "../domain/kpn/records";
import type { CheckpointLocationType } from "../domain/kpn/codes";
import { weekdayOf } from "../domain/kpn/roadmap";
import type { RecordMeta } from "../domain/record";

export type DemoKpnUser = { id: string; name: string; username: string };
export type DemoKpn = {
  tours: (TourInput & RecordMeta)[];
  checkpoints: (CheckpointInput & RecordMeta)[];
};

type Stop = [name: string, type: CheckpointLocationType, address: string, start: string, end: string];

/**
 * Tours of the demo district: `today` (planned, two checkpoints), the Wednesday of next week (planned, three) and a
 * Wednesday of last month (done, two). Team members are the demo PPKs plus typed staff.
 */
export function generateDemoKpn(opts: {
  today: string;
  users: readonly DemoKpnUser[];
  organisationIds: readonly string[];
  ids: () => string;
  by?: string;
}): DemoKpn {
  const by = opts.by ?? "system";
  const at = `${opts.today}T08:00:00.000Z`;
  const meta = (): RecordMeta => ({
    id: opts.ids(),
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    rev: 1,
    deletedAt: null,
  });
  const user = (username: string) => opts.users.find((u) => u.username === username);
  const aminah = user("ppk.aminah");
  const kumar = user("ppk.kumar");
  const member = (u: DemoKpnUser | undefined, fallback: string) => ({
    userId: u?.id ?? null,
    name: u?.name ?? fallback,
  });
  const nextWeek = addDays(opts.today, 7 - weekdayOf(opts.today) + 2);
  const firstOfMonth = `${opts.today.slice(0, 8)}01`;
  const back = addDays(firstOfMonth, -14);
  const lastMonth = addDays(back, -((weekdayOf(back) - 2 + 7) % 7));
  const partners = (n: number, from: number) =>
    opts.organisationIds.slice(from, from + n).filter((id): id is string => Boolean(id));
  const out: DemoKpn = { tours: [], checkpoints: [] };
  const add = (tour: Partial<TourInput> & Pick<TourInput, "date" | "team">, stops: Stop[]) => {
    const t = { ...tourFields.parse({ ...tour }), ...meta() };
    out.tours.push(t);
    stops.forEach(([name, locationType, address, start, end], i) =>
      out.checkpoints.push({
        ...checkpointFields.parse({
          tourId: t.id,
          order: i + 1,
          name,
          locationType,
          address,
          date: t.date,
          start,
          end,
        }),
        ...meta(),
      }),
    );
  };
  const stock = { beras: 40, minyak: 40, tepung: 30, gula: 30 };
  add(
    {
      date: opts.today,
      team: [
        { ...member(aminah, "Aminah binti Said"), role: "ketua", grade: "S29" },
        { userId: null, name: "Mohd Faizal bin Ahmad", role: "pembantu", grade: "S19" },
        { userId: null, name: "Rosli bin Hassan", role: "pemandu", grade: "H11" },
      ],
      vehicle: { kind: "ukp", registration: "WXY 1234" },
      partnerIds: partners(1, 0),
      stockLoaded: stock,
    },
    [
      ["Pasar Tani Kerinchi", "pasar", "Jalan Kerinchi, 59200 Kuala Lumpur", "09:00", "11:00"],
      ["PPR Seri Pantai", "ppr", "Jalan Pantai Permai, 59200 Kuala Lumpur", "11:00", "13:00"],
    ],
  );
  add(
    {
      date: nextWeek,
      team: [
        { ...member(kumar, "Kumar a/l Subramaniam"), role: "ketua", grade: "S32" },
        { ...member(aminah, "Aminah binti Said"), role: "petugas", grade: "S29" },
        { userId: null, name: "Siti Rohani binti Musa", role: "pembantu", grade: "S19" },
        { userId: null, name: "Rosli bin Hassan", role: "pemandu", grade: "H11" },
      ],
      vehicle: { kind: "ukp", registration: "WXY 1234" },
      partnerIds: partners(2, 1),
      stockLoaded: stock,
    },
    [
      [
        "Masjid Saidina Abu Bakar As-Siddiq",
        "tempat-ibadah",
        "Jalan Bangsar, 59100 Kuala Lumpur",
        "09:00",
        "11:00",
      ],
      [
        "Stesen LRT Universiti",
        "pengangkutan-awam",
        "Jalan Pantai Baharu, 59200 Kuala Lumpur",
        "11:00",
        "13:00",
      ],
      [
        "Pusat Komuniti Pantai Dalam",
        "pusat-komuniti",
        "Kampung Pantai Dalam, 59200 Kuala Lumpur",
        "14:00",
        "16:00",
      ],
    ],
  );
  add(
    {
      date: lastMonth,
      status: "dilaksanakan",
      team: [
        { ...member(kumar, "Kumar a/l Subramaniam"), role: "ketua", grade: "S32" },
        { userId: null, name: "Siti Rohani binti Musa", role: "pembantu", grade: "S19" },
        { userId: null, name: "Rosli bin Hassan", role: "pemandu", grade: "H11" },
      ],
      vehicle: { kind: "lain", registration: "VBK 5521" },
      partnerIds: partners(1, 3),
      stockLoaded: stock,
      issues: "Barisan panjang di kaunter perkhidmatan; tambah seorang petugas pada jelajah seterusnya.",
    },
    [
      ["Kompleks Niaga Bangsar", "kompleks-niaga", "Jalan Telawi, 59100 Kuala Lumpur", "09:00", "11:00"],
      ["PPR Taman Putra Damai", "ppr", "Jalan Pantai Dalam, 59200 Kuala Lumpur", "11:30", "13:30"],
    ],
  );
  return out;
}
