// Why: the state's Laporan Statistik Kes read from the state database (what the district hubs replicated): each
// office's shown records go through the same report model as on a PC, one sheet per district plus the state.
import type { Pool } from "pg";
import { statistikKesStateModel, type StateDistrict } from "../../shared/reports/statistik-kes/state";
import type { StatistikKesModel } from "../../shared/reports/statistik-kes/model";
import type { GenerationStamp, SignatureInput } from "../../shared/reports/frame/text";

type Body = Record<string, unknown>;

async function shown(pool: Pool, officeId: string, table: string): Promise<Body[]> {
  const { rows } = await pool.query<{ body: Body }>(
    "SELECT body FROM versions WHERE office_id = $1 AND tbl = $2 AND shown",
    [officeId, table],
  );
  return rows.map((r) => r.body);
}

/** Every district in the state database, read as its district report would read its PCs' records. */
export async function stateDistricts(pool: Pool): Promise<{ state: string; districts: StateDistrict[] }> {
  const offices = (
    await pool.query<{ id: string; name: string }>("SELECT id, name FROM offices ORDER BY name")
  ).rows;
  let state = "";
  const districts: StateDistrict[] = [];
  for (const office of offices) {
    const [officeRows = [], sites = [], cases, persons, referrals, statusChecks, investigations] =
      await Promise.all(
        ["office", "sites", "cases", "persons", "referrals", "statusChecks", "investigations"].map((t) =>
          shown(pool, office.id, t),
        ),
      );
    const settings = officeRows[0] ?? {};
    state ||= String(settings.state ?? "");
    districts.push({
      district: String(settings.district ?? office.name),
      sites: sites
        .filter((s) => !s.deletedAt)
        .sort((a, b) => String(a.code).localeCompare(String(b.code)))
        .map((s) => ({ id: String(s.id), name: String(s.name) })),
      cases: cases as never[],
      persons: persons as never[],
      referrals: referrals as never[],
      statusChecks: statusChecks as never[],
      investigations: investigations as never[],
    });
  }
  return { state, districts };
}

/** The state report for a month, from the state database. */
export async function stateStatistikKes(
  pool: Pool,
  period: { year: number; month: number; asOf?: string },
  made: { stamp: GenerationStamp; signature: SignatureInput },
): Promise<StatistikKesModel> {
  const { state, districts } = await stateDistricts(pool);
  return statistikKesStateModel({
    ...period,
    state,
    districts,
    letterhead: {
      organisation: "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA",
      officeLine: `JABATAN KEBAJIKAN MASYARAKAT NEGERI ${state.toUpperCase()}`,
      address: "",
      phone: "",
    },
    stamp: made.stamp,
    signature: made.signature,
  });
}
