// Why: `npm run hub:negeri -- …` at the state office: sets up the state database's tables, subscribes it to a district
// hub, or writes the state's Laporan Statistik Kes (Excel or Word) from what the districts replicated.
//   --db URL                 the state database (default: DATABASE_URL)
//   setup                    make the tables (once)
//   subscribe NAME "CONN"    subscribe to a district hub's publication (NAME: a-z 0-9 _; CONN: a libpq string)
//   publish                  on a district hub's database (--db its URL): create its publication
//   report YEAR MONTH FILE   write the report (.xlsx or .docx) for that month
import { writeFileSync } from "node:fs";
import pg from "pg";
import { parseArgs } from "node:util";
import { statistikKesXlsx } from "../../shared/reports/statistik-kes/xlsx";
import { statistikKesDocx } from "../../shared/reports/statistik-kes/docx";
import { publishDistrict, stateSchema, subscribeDistrict } from "./replication";
import { stateStatistikKes } from "./state-report";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      db: { type: "string", default: process.env.DATABASE_URL },
      by: { type: "string", default: "Pegawai Negeri" },
      jawatan: { type: "string", default: "Penolong Pengarah" },
      reviewer: { type: "string", default: "Pengarah Kebajikan Masyarakat Negeri" },
    },
  });
  if (!values.db) throw new Error("give the database with --db URL or DATABASE_URL");
  const pool = new pg.Pool({ connectionString: values.db });
  try {
    const [command, ...rest] = positionals;
    if (command === "setup") await stateSchema(pool);
    else if (command === "publish") await publishDistrict(pool);
    else if (command === "subscribe" && rest[0] && rest[1]) await subscribeDistrict(pool, rest[0], rest[1]);
    else if (command === "report" && rest.length === 3) {
      const [year, month, file] = [Number(rest[0]), Number(rest[1]), rest[2]!];
      const model = await stateStatistikKes(
        pool,
        { year, month },
        {
          stamp: { app: "Rekod Komuniti", version: "1.0.0", at: new Date().toISOString(), by: values.by! },
          signature: {
            preparedBy: { name: values.by!, jawatan: values.jawatan! },
            reviewedBy: { name: values.reviewer! },
          },
        },
      );
      writeFileSync(
        file,
        file.endsWith(".docx") ? await statistikKesDocx(model) : await statistikKesXlsx(model),
      );
      console.log(`Ditulis: ${file} (${model.sheets.map((s) => s.sheetName).join(", ")})`);
    } else throw new Error("commands: setup | publish | subscribe NAME CONN | report YEAR MONTH FILE");
  } finally {
    await pool.end();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
