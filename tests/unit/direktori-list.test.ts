// Why: the directory is found by name words, phone digits and service words, filtered by kind, area, target group
// and service through indexes, read a page at a time; meetings and programmes keep the entries they name indexed.
import { describe, expect, it } from "vitest";
import { emptyProgramme, meetingOrganisationIds } from "../../shared/domain/community";
import {
  DIRECTORY_SEARCH_LIMIT,
  directoryAreas,
  directoryCount,
  directoryPage,
  noDirectoryFilter,
  pickOrganisations,
  type DirectoryFilter,
} from "../../renderer/db/directory-list";
import { organisationsRepo } from "../../renderer/db/repositories/directory";
import { meetingsRepo, programmesRepo } from "../../renderer/db/repositories/community";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import type { AppDB } from "../../renderer/db/app-db";
import { actor, freshDb, siteInput } from "./helpers";

const ppk = actor("ppk");

async function seed(db: AppDB) {
  const repo = organisationsRepo(db);
  const add = (o: Record<string, unknown>) => repo.create(ppk, { kind: "ngo", phone: "", ...o });
  const klinik = await add({
    name: "Klinik Kesihatan Pantai",
    kind: "klinik",
    phone: "03-2282 5000",
    area: "Pantai Dalam",
    targetGroups: ["warga-emas", "oku"],
    services: ["Rawatan pesakit luar", "Kaunseling"],
  });
  const yayasan = await add({
    name: "Yayasan Kebajikan Negara",
    mobile: "012-330 4411",
    area: "Bangsar",
    targetGroups: ["kanak-kanak"],
    services: ["Bantuan makanan"],
  });
  const surau = await add({
    name: "Surau Al-Ikhlas PPR Seri Pantai",
    kind: "rumah-ibadat",
    area: "Pantai Dalam",
    targetGroups: ["miskin", "kanak-kanak"],
    services: ["Bantuan makanan", "Kelas mengaji"],
  });
  const gone = await add({ name: "Persatuan Pantai Lama", area: "Pantai Dalam" });
  await repo.softDelete(ppk, gone.id, gone.rev);
  return { klinik, yayasan, surau };
}

const page = (db: AppDB, f: Partial<DirectoryFilter>) =>
  directoryPage(db, { ...noDirectoryFilter, ...f }, null).then((p) => p.rows.map((o) => o.name));

describe("directory list", () => {
  it("finds entries by any word of the name (prefix, any case), by service words and by phone digits", async () => {
    const db = freshDb();
    await seed(db);
    expect(await page(db, { text: "pant" })).toEqual([
      "Klinik Kesihatan Pantai",
      "Surau Al-Ikhlas PPR Seri Pantai",
    ]);
    expect(await page(db, { text: "KESIHATAN klinik" })).toEqual(["Klinik Kesihatan Pantai"]);
    expect(await page(db, { text: "makanan" })).toEqual([
      "Surau Al-Ikhlas PPR Seri Pantai",
      "Yayasan Kebajikan Negara",
    ]);
    // A name word and a service word together.
    expect(await page(db, { text: "surau makanan" })).toEqual(["Surau Al-Ikhlas PPR Seri Pantai"]);
    expect(await page(db, { text: "03-2282 5000" })).toEqual(["Klinik Kesihatan Pantai"]);
    expect(await page(db, { text: "0123304" })).toEqual(["Yayasan Kebajikan Negara"]);
    expect(await page(db, { text: "+60 12-330 4411" })).toEqual(["Yayasan Kebajikan Negara"]);
    // The deleted entry is never found.
    expect(await page(db, { text: "lama" })).toEqual([]);
    expect(await page(db, { text: "zzz" })).toEqual([]);
  });

  it("filters by kind, area, target group and service, alone or together with typed words", async () => {
    const db = freshDb();
    await seed(db);
    expect(await page(db, { kind: "klinik" })).toEqual(["Klinik Kesihatan Pantai"]);
    expect(await page(db, { area: "Pantai Dalam" })).toEqual([
      "Klinik Kesihatan Pantai",
      "Surau Al-Ikhlas PPR Seri Pantai",
    ]);
    expect(await page(db, { targetGroup: "kanak-kanak" })).toEqual([
      "Surau Al-Ikhlas PPR Seri Pantai",
      "Yayasan Kebajikan Negara",
    ]);
    expect(await page(db, { service: "bantuan mak" })).toEqual([
      "Surau Al-Ikhlas PPR Seri Pantai",
      "Yayasan Kebajikan Negara",
    ]);
    expect(await page(db, { targetGroup: "kanak-kanak", area: "Bangsar" })).toEqual([
      "Yayasan Kebajikan Negara",
    ]);
    expect(await page(db, { text: "pantai", targetGroup: "oku" })).toEqual(["Klinik Kesihatan Pantai"]);
    // Typed words or digits with filters: the keys of each index intersected, then only the matches read.
    expect(await page(db, { text: "makanan", area: "Bangsar" })).toEqual(["Yayasan Kebajikan Negara"]);
    expect(await page(db, { text: "surau makanan", kind: "rumah-ibadat" })).toEqual([
      "Surau Al-Ikhlas PPR Seri Pantai",
    ]);
    expect(await page(db, { text: "surau makanan", kind: "ngo" })).toEqual([]);
    expect(await page(db, { text: "03-2282 5000", service: "kaunseling" })).toEqual([
      "Klinik Kesihatan Pantai",
    ]);
    expect(await page(db, { text: "03-2282 5000", kind: "ngo" })).toEqual([]);
    expect(await page(db, { text: "lama", area: "Pantai Dalam" })).toEqual([]);
    expect(await page(db, { kind: "sekolah" })).toEqual([]);
    expect(await directoryAreas(db)).toEqual(["Bangsar", "Pantai Dalam"]);
    expect(await directoryCount(db)).toBe(3);
  });

  it("reads page after page in name order, with or without filters, until the last", async () => {
    const db = freshDb();
    const repo = organisationsRepo(db);
    await repo.createMany(
      ppk,
      Array.from({ length: 23 }, (_, i) => ({
        name: `Pertubuhan ${String(22 - i).padStart(2, "0")}`,
        kind: i % 2 ? "cbo" : "ngo",
        phone: "",
        targetGroups: ["belia"],
      })),
    );
    for (const f of [noDirectoryFilter, { ...noDirectoryFilter, targetGroup: "belia" as const }]) {
      const names: string[] = [];
      let cursor = null;
      let pages = 0;
      do {
        const p = await directoryPage(db, f, cursor, 10);
        names.push(...p.rows.map((o) => o.name));
        cursor = p.next;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(names).toEqual(Array.from({ length: 23 }, (_, i) => `Pertubuhan ${String(i).padStart(2, "0")}`));
    }
    const odd = await directoryPage(db, { ...noDirectoryFilter, kind: "cbo" }, null, 10);
    expect(odd.rows).toHaveLength(10);
    expect(odd.next).not.toBeNull();
    expect((await directoryPage(db, { ...noDirectoryFilter, kind: "cbo" }, odd.next, 10)).rows).toHaveLength(
      1,
    );
  });

  it("reads at most DIRECTORY_SEARCH_LIMIT matches of typed words, with or without filters, in name order", async () => {
    const db = freshDb();
    await organisationsRepo(db).createMany(
      ppk,
      Array.from({ length: DIRECTORY_SEARCH_LIMIT + 30 }, (_, i) => ({
        name: `Kelab Belia ${String(i).padStart(3, "0")}`,
        kind: i % 3 ? "cbo" : "ngo",
        phone: `03-2282 ${String(1000 + i)}`,
        targetGroups: ["belia"],
      })),
    );
    for (const f of [
      { text: "belia" },
      { text: "kelab", targetGroup: "belia" as const },
      { text: "03-2282 1" },
    ]) {
      const names = await page(db, f);
      expect(names).toHaveLength(DIRECTORY_SEARCH_LIMIT);
      expect(names).toEqual([...names].sort());
    }
    expect(await page(db, { text: "belia", kind: "ngo" })).toHaveLength(
      Math.ceil((DIRECTORY_SEARCH_LIMIT + 30) / 3),
    );
  });

  it("offers a picker the first entries by name, or those matching what is typed", async () => {
    const db = freshDb();
    await seed(db);
    expect((await pickOrganisations(db, "", 2)).map((o) => o.name)).toEqual([
      "Klinik Kesihatan Pantai",
      "Surau Al-Ikhlas PPR Seri Pantai",
    ]);
    expect((await pickOrganisations(db, "yay")).map((o) => o.name)).toEqual(["Yayasan Kebajikan Negara"]);
  });
});

describe("directory entries named by meetings and programmes", () => {
  it("derives a meeting's organisationIds from its attendees, each once", () => {
    expect(
      meetingOrganisationIds([
        { stakeholderId: null, name: "Dr Lim", organisationId: "o1" },
        { stakeholderId: "s1", name: "Encik Ali", organisationId: null },
        { stakeholderId: null, name: "Puan Siti", organisationId: "o2" },
        { stakeholderId: null, name: "Jururawat Ana", organisationId: "o1" },
        { stakeholderId: null, name: "Pak Mat" },
      ]),
    ).toEqual(["o1", "o2"]);
  });

  it("stores the derived organisationIds on every save, so the entry finds its meetings through the index", async () => {
    const db = freshDb();
    const s = await sitesRepo(db).create(actor("pentadbir"), siteInput("SPH"));
    const officer = actor("ppk", [s.id]);
    const { klinik, yayasan } = await seed(db);
    const meeting = {
      siteId: s.id,
      date: "2026-11-10",
      time: "20:00",
      type: "perjumpaan",
      venue: "Dewan",
      agenda: "",
      minutes: "",
      decisions: "",
    };
    const m = await meetingsRepo(db).create(officer, {
      ...meeting,
      attendees: [
        { stakeholderId: null, name: "Dr Lim", organisationId: klinik.id },
        { stakeholderId: null, name: "Pak Mat", organisationId: null },
        // Whatever a caller sends as the list is ignored: it is derived.
      ],
      organisationIds: ["made-up"],
    });
    expect(m.organisationIds).toEqual([klinik.id]);
    const changed = await meetingsRepo(db).update(officer, m.id, m.rev, {
      ...meeting,
      attendees: [
        { stakeholderId: null, name: "Dr Lim", organisationId: yayasan.id },
        { stakeholderId: null, name: "Pak Mat", organisationId: yayasan.id },
      ],
    });
    expect(changed.organisationIds).toEqual([yayasan.id]);
    expect(await db.meetings.where("organisationIds").equals(klinik.id).count()).toBe(0);
    expect(
      (await db.meetings.where("organisationIds").equals(yayasan.id).toArray()).map((x) => x.id),
    ).toEqual([m.id]);
    // An id that is no directory entry is refused, and nothing changes.
    await expect(
      meetingsRepo(db).update(officer, m.id, changed.rev, {
        ...meeting,
        attendees: [{ stakeholderId: null, name: "Dr Lim", organisationId: "tiada" }],
      }),
    ).rejects.toMatchObject({ fields: { attendees: "v.organisationGone" } });
    expect((await db.meetings.get(m.id))!.organisationIds).toEqual([yayasan.id]);
  });

  it("keeps a programme's directory partners beside its free-text partners, indexed", async () => {
    const db = freshDb();
    const s = await sitesRepo(db).create(actor("pentadbir"), siteInput("SPH"));
    const officer = actor("ppk", [s.id]);
    const { klinik } = await seed(db);
    const p = await programmesRepo(db).create(officer, {
      ...emptyProgramme(s.id, "2026-11-10"),
      title: "Hari Kesihatan",
      venue: "Dewan",
      partners: "Kelab Belia Setempat",
      partnerIds: [klinik.id],
    });
    expect(p).toMatchObject({ partners: "Kelab Belia Setempat", partnerIds: [klinik.id] });
    expect(await db.programmes.where("partnerIds").equals(klinik.id).count()).toBe(1);
    const { partnerIds: _omitted, ...old } = emptyProgramme(s.id, "2026-11-10");
    const older = await programmesRepo(db).create(officer, {
      ...old,
      title: "Gotong-royong",
      venue: "Dewan",
    });
    expect(older.partnerIds).toEqual([]);
    await expect(
      programmesRepo(db).create(officer, { ...old, title: "Lain", venue: "Dewan", partnerIds: ["tiada"] }),
    ).rejects.toMatchObject({ fields: { partnerIds: "v.organisationGone" } });
  });
});
