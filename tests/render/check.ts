// Why: prints every official document the way an office would (LibreOffice to PDF) and checks the paper: A4, page count, margins, SULIT, footer.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, parse } from "node:path";
import { documents as allDocuments, type RenderedDocument } from "./documents";

/** Points per centimetre. */
const PT_PER_CM = 72 / 2.54;
const A4 = { short: 595.28, long: 841.89 };
const A5 = { short: 419.53, long: 595.28 };
const SIZE_TOLERANCE = 2;
/** Text must stay inside these distances from the paper's edges. */
const RIGHT_LIMIT = 1.5 * PT_PER_CM;
const LEFT_LIMIT = 1.0 * PT_PER_CM;
const PACKAGES = "libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation";
/** The frame prints Arial; on Debian that is Liberation Sans (metric-compatible). */
const FONT_OK = /Arial|LiberationSans|Liberation Sans/i;

export type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type Page = { width: number; height: number; words: Word[] };

/** The full path of a program on PATH, or null. */
export function which(program: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, program);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      /* not here */
    }
  }
  return null;
}

function run(cmd: string, args: string[], timeoutMs = 60_000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Pages and word boxes from `pdftotext -bbox` (points, origin at the top left). */
export function parseBbox(html: string): Page[] {
  const pages: Page[] = [];
  const re =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
    else
      pages[pages.length - 1]?.words.push({
        text: unescape(m[7]!),
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
  }
  return pages;
}

/** The words on the page's first (or last) printed line: those overlapping the topmost (or lowest) word vertically. */
export function edgeLine(words: Word[], edge: "top" | "bottom"): Word[] {
  if (!words.length) return [];
  if (edge === "top") {
    const top = words.reduce((a, w) => (w.yMin < a.yMin ? w : a));
    return words.filter((w) => w.yMin < top.yMax);
  }
  const bottom = words.reduce((a, w) => (w.yMax > a.yMax ? w : a));
  return words.filter((w) => w.yMax > bottom.yMin);
}

const near = (a: number, b: number) => Math.abs(a - b) <= SIZE_TOLERANCE;

/** Everything wrong with one printed document; empty when it passes. */
export function checkPdf(doc: RenderedDocument, pages: Page[], fonts: string[]): string[] {
  const problems: string[] = [];
  const [min, max] = doc.pages;
  if (pages.length < min || pages.length > max)
    problems.push(`${pages.length} pages, expected ${min} to ${max}`);
  const bad = fonts.filter((f) => !FONT_OK.test(f));
  if (bad.length)
    problems.push(`fonts other than Arial / Liberation Sans: ${bad.join(", ")} (install fonts-liberation)`);
  pages.forEach((page, i) => {
    const at = `page ${i + 1}`;
    const paper = doc.paper === "a5" ? A5 : A4;
    const [w, h] = doc.orientation === "landscape" ? [paper.long, paper.short] : [paper.short, paper.long];
    if (!near(page.width, w) || !near(page.height, h))
      problems.push(
        `${at}: ${page.width.toFixed(1)} x ${page.height.toFixed(1)} pt, expected ${doc.paper === "a5" ? "A5" : "A4"} ${doc.orientation} ${w.toFixed(0)} x ${h.toFixed(0)}`,
      );
    const words = page.words.filter((x) => x.text.trim() !== "");
    if (!words.length) {
      problems.push(`${at}: blank page`);
      return;
    }
    const right = doc.narrow ? LEFT_LIMIT : RIGHT_LIMIT;
    const beyond = words.filter((x) => x.xMax > page.width - right);
    if (beyond.length)
      problems.push(
        `${at}: ${beyond.length} word(s) beyond the right limit (${(page.width - right).toFixed(1)} pt), e.g. ${beyond
          .slice(0, 3)
          .map((x) => `"${x.text}" to ${x.xMax.toFixed(1)}`)
          .join(", ")}`,
      );
    const before = words.filter((x) => x.xMin < LEFT_LIMIT);
    if (before.length)
      problems.push(
        `${at}: ${before.length} word(s) left of ${LEFT_LIMIT.toFixed(1)} pt, e.g. ${before
          .slice(0, 3)
          .map((x) => `"${x.text}" from ${x.xMin.toFixed(1)}`)
          .join(", ")}`,
      );
    // The frame's words in the document's language: Malay (JKM) or Indonesian (PKH).
    const pageWord = doc.language === "id" ? "Halaman" : "Muka";
    const mark = doc.language === "id" ? "RAHASIA" : "SULIT";
    if (!words.some((x) => x.text === pageWord || x.text.startsWith(pageWord)))
      problems.push(`${at}: no "${pageWord} ..." page-number footer`);
    const sulit = words.filter((x) => x.text === mark);
    if (doc.sulit) {
      if (!edgeLine(words, "top").some((x) => x.text === mark))
        problems.push(`${at}: ${mark} not on the first line`);
      if (!edgeLine(words, "bottom").some((x) => x.text === mark))
        problems.push(`${at}: ${mark} not on the last line`);
      if (sulit.length !== 2)
        problems.push(
          `${at}: ${mark} printed ${sulit.length} times, expected once at the top and once at the bottom`,
        );
    } else if (sulit.length) problems.push(`${at}: ${mark} on a document that names nobody`);
  });
  if (doc.verify) problems.push(...doc.verify(pages));
  return problems;
}

export type CheckOptions = {
  /** Keep the documents, PDFs (and PNGs) here instead of a temporary folder that is removed. */
  out?: string;
  /** Also write PNGs of every page at 60 dpi (pdftoppm), to look at. */
  png?: boolean;
  /** Only the documents whose file name or name contains one of these. */
  only?: string[];
};

/** Builds, prints and checks every registered document; returns the exit code (0 = all passed). */
export async function renderCheck(opts: CheckOptions = {}): Promise<number> {
  const tools = ["soffice", "pdftotext", "pdfinfo", "pdffonts", ...(opts.png ? ["pdftoppm"] : [])];
  const missing = tools.filter((t) => !which(t));
  if (missing.length) {
    console.error(
      `FAIL render check: ${missing.join(", ")} not found on PATH. Install them with:\n  apt-get install -y ${PACKAGES}`,
    );
    return 1;
  }
  const docs = allDocuments.filter(
    (d) => !opts.only?.length || opts.only.some((o) => d.fileName.includes(o) || d.name.includes(o)),
  );
  const stems = docs.map((d) => parse(d.fileName).name);
  const dup = stems.find((s, i) => stems.indexOf(s) !== i);
  if (dup) {
    console.error(`FAIL render check: two documents print to ${dup}.pdf; give each a unique fileName`);
    return 1;
  }
  if (!docs.length) {
    console.error("FAIL render check: no documents selected");
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), "rekod-render-"));
  const out = opts.out ?? join(work, "out");
  mkdirSync(out, { recursive: true });
  let failed = 0;
  try {
    const t0 = performance.now();
    const files: string[] = [];
    for (const d of docs) {
      const path = join(out, d.fileName);
      rmSync(join(out, `${parse(d.fileName).name}.pdf`), { force: true });
      writeFileSync(path, await d.make());
      files.push(path);
    }
    const t1 = performance.now();
    // One LibreOffice start for every document; its own profile so a running LibreOffice does not interfere.
    const r = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "lo")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        ...files,
      ],
      { encoding: "utf8", timeout: 300_000 },
    );
    const t2 = performance.now();
    if (r.error || r.status !== 0) {
      console.error(
        `FAIL render check: soffice failed (${r.error?.message ?? `exit ${r.status}`})\n${r.stderr}`,
      );
      return 1;
    }
    for (const d of docs) {
      const pdf = join(out, `${parse(d.fileName).name}.pdf`);
      if (!existsSync(pdf)) {
        console.log(`FAIL ${d.name}: LibreOffice wrote no PDF\n${r.stdout}${r.stderr}`);
        failed += 1;
        continue;
      }
      const pages = parseBbox(run("pdftotext", ["-bbox", pdf, "-"]));
      const count = Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", [pdf]))?.[1] ?? -1);
      const fonts = run("pdffonts", [pdf])
        .split("\n")
        .slice(2)
        .map((l) => l.split(/\s+/)[0]!)
        .filter(Boolean)
        .map((f) => f.replace(/^[A-Z]{6}\+/, ""));
      const problems = checkPdf(d, pages, [...new Set(fonts)]);
      if (count !== pages.length)
        problems.push(`pdfinfo says ${count} pages, pdftotext read ${pages.length}`);
      if (opts.png) run("pdftoppm", ["-png", "-r", "60", pdf, join(out, parse(d.fileName).name)]);
      console.log(
        `${problems.length ? "FAIL" : "ok  "} ${d.name}: ${pages.length} page(s) ${d.paper === "a5" ? "A5" : "A4"} ${d.orientation}`,
      );
      for (const p of problems) console.log(`       ${p}`);
      if (problems.length) failed += 1;
    }
    const t3 = performance.now();
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `${docs.length - failed} of ${docs.length} documents passed (build ${s(t1 - t0)}, soffice ${s(t2 - t1)}, checks ${s(t3 - t2)})` +
        (opts.out ? `; files in ${out}` : ""),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}
