// Why: one place that knows every soft-deletable table, so the Tong Sampah lists and restores them all.
import type { Actor } from "../../shared/domain/access";
import type { AppDB } from "./app-db";
import { sitesRepo } from "./repositories/sites";
import { personsRepo } from "./repositories/persons";
import { caseNotesRepo, casesRepo } from "./repositories/cases";
import { organisationsRepo } from "./repositories/directory";
import { restoreTour, toursRepo } from "./repositories/kpn/tours";
import { dayShown } from "../../shared/domain/kpn/roadmap";
import { restoreOrganisation } from "./repositories/directory-merge";
import { referralsRepo } from "./repositories/referrals";
import { attachmentsRepo, investigationsRepo, ratesRepo } from "./repositories/investigations";
import {
  actionItemsRepo,
  actionPlansRepo,
  contactsRepo,
  meetingsRepo,
  needsRepo,
  photosRepo,
  profilesRepo,
  programmesRepo,
  stakeholdersRepo,
} from "./repositories/community";
import type { Repository } from "./repositories/repository";
import { agendaRepo } from "./repositories/pkh/agenda";
import { reportsRepo } from "./repositories/pkh/reports";
import { p2k2Repo } from "./repositories/pkh/p2k2";
import { membersRepo } from "./repositories/pkh/kpm";

export type BinEntry = { table: string; id: string; label: string; deletedAt: string; deletedBy: string };

type Binnable = {
  table: string;
  repo: (db: AppDB) => Repository<never>;
  label: (r: Record<string, unknown>) => string;
  /** Restores with more than the record (a merged directory entry takes its references back). */
  restore?: (db: AppDB, actor: Actor, id: string) => Promise<void>;
};

const as = <T extends object>(repo: (db: AppDB) => Repository<T>) =>
  repo as unknown as (db: AppDB) => Repository<never>;

/** Every soft-deletable table; a new feature adds its own here. */
const binnables: Binnable[] = [
  { table: "sites", repo: as(sitesRepo), label: (r) => `${r.code} ${r.name}` },
  { table: "persons", repo: as(personsRepo), label: (r) => `${r.name}${r.docNo ? ` (${r.docNo})` : ""}` },
  { table: "cases", repo: as(casesRepo), label: (r) => `${r.recordNo} ${String(r.problem).slice(0, 60)}` },
  { table: "caseNotes", repo: as(caseNotesRepo), label: (r) => String(r.text).slice(0, 80) },
  {
    table: "organisations",
    repo: as(organisationsRepo),
    label: (r) => {
      const merged = r.mergedInto as { intoName?: string } | null | undefined;
      return merged ? `${r.name} (digabungkan ke ${merged.intoName})` : String(r.name);
    },
    restore: restoreOrganisation,
  },
  { table: "referrals", repo: as(referralsRepo), label: (r) => String(r.reason).slice(0, 80) },
  { table: "investigations", repo: as(investigationsRepo), label: (r) => `${r.scheme} ${r.date}` },
  { table: "attachments", repo: as(attachmentsRepo), label: (r) => String(r.name) },
  { table: "rates", repo: as(ratesRepo), label: (r) => `${r.kind} ${r.effectiveFrom}` },
  { table: "profiles", repo: as(profilesRepo), label: (r) => `v${r.version} ${r.asOf}` },
  { table: "stakeholders", repo: as(stakeholdersRepo), label: (r) => String(r.name) },
  { table: "contacts", repo: as(contactsRepo), label: (r) => String(r.purpose).slice(0, 80) },
  { table: "meetings", repo: as(meetingsRepo), label: (r) => `${r.date} ${r.venue}` },
  { table: "actionItems", repo: as(actionItemsRepo), label: (r) => String(r.text).slice(0, 80) },
  { table: "needs", repo: as(needsRepo), label: (r) => String(r.problem).slice(0, 80) },
  { table: "actionPlans", repo: as(actionPlansRepo), label: () => "Rangka tindakan" },
  { table: "programmes", repo: as(programmesRepo), label: (r) => String(r.title) },
  { table: "photos", repo: as(photosRepo), label: (r) => String(r.caption || "Foto") },
  {
    table: "tours",
    repo: as(toursRepo),
    label: (r) => `Jelajah KPN ${dayShown(String(r.date))}`,
    restore: restoreTour,
  },
  { table: "pkhAgenda", repo: as(agendaRepo), label: (r) => String(r.title) },
  {
    table: "pkhReports",
    repo: as(reportsRepo),
    label: (r) => (r.kind === "bulanan" ? `Laporan Bulanan ${String(r.period)}` : String(r.title)),
  },
  {
    table: "p2k2Sessions",
    repo: as(p2k2Repo),
    label: (r) => `P2K2 ${String(r.moduleCode)} ${String(r.sessionNo)}`,
  },
  { table: "pkhMembers", repo: as(membersRepo), label: (r) => String(r.name) },
];

export async function listBin(db: AppDB, actor: Actor): Promise<BinEntry[]> {
  const out: BinEntry[] = [];
  for (const b of binnables) {
    const rows = (await b.repo(db).listDeleted(actor)) as unknown as Record<string, unknown>[];
    for (const r of rows) {
      const user = await db.users.get(String(r.updatedBy));
      out.push({
        table: b.table,
        id: String(r.id),
        label: b.label(r),
        deletedAt: String(r.deletedAt),
        deletedBy: user?.name ?? String(r.updatedBy),
      });
    }
  }
  return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export async function restoreFromBin(db: AppDB, actor: Actor, table: string, id: string): Promise<void> {
  const b = binnables.find((x) => x.table === table);
  if (!b) throw new Error(`unknown table ${table}`);
  if (b.restore) await b.restore(db, actor, id);
  else await b.repo(db).restore(actor, id);
}
