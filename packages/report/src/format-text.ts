/** The report as plain-text tables for a terminal: fixed-width columns, ASCII only. */
import type { DifficultyBucket } from "@puzzleloop/dataset";
import type { Report } from "./build-report.ts";
import { reportSections, type Section } from "./sections.ts";

/** The widest a histogram bar gets, in characters. */
const BAR_WIDTH = 40;

function table(section: Section): string[] {
  if (section.rows.length === 0) return [section.title, `  ${section.empty}`];
  const widths = section.columns.map((c, i) =>
    Math.max(c.header.length, ...section.rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    section.columns
      .map((c, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i]!;
        return c.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [
    section.title,
    line(section.columns.map((c) => c.header)),
    line(widths.map((w) => "-".repeat(w))),
    ...section.rows.map(line),
  ];
}

/** The buckets worth showing: all bounded ones, and `unknown` only when it holds puzzles. */
export function shownBuckets(histogram: readonly DifficultyBucket[]): DifficultyBucket[] {
  return histogram.filter((b) => b.min !== null || b.puzzles > 0);
}

function histogramLines(histogram: readonly DifficultyBucket[]): string[] {
  const buckets = shownBuckets(histogram);
  const most = Math.max(0, ...buckets.map((b) => b.puzzles));
  const label = Math.max(...buckets.map((b) => b.range.length));
  return buckets.map((b) => {
    const bar = most === 0 ? "" : "#".repeat(Math.round((b.puzzles / most) * BAR_WIDTH));
    // A bucket with puzzles always shows at least one mark, so small counts are not mistaken for none.
    const shown = b.puzzles > 0 && bar === "" ? "#" : bar;
    return `  ${b.range.padEnd(label)} ${`${shown} ${b.puzzles}`.trimStart()}`;
  });
}

export interface TextReportOptions {
  /**
   * Difficulty histograms shown per iteration, of its newest exports; the rest are counted in one
   * line (`--json` and `--html` keep them all).
   * @defaultValue 1
   */
  histogramsPerIteration: number;
}

/** Every table, then the newest exports' difficulty histograms, separated by blank lines; ends with a newline. */
export function formatReport(report: Report, options: Partial<TextReportOptions> = {}): string {
  const perIteration = options.histogramsPerIteration ?? 1;
  const current = report.current === null ? "none" : String(report.current);
  const blocks: string[][] = [
    [`puzzleloop report: ${report.iterations.length} iteration(s), current ${current}`],
    ...reportSections(report).map(table),
  ];
  const lost = report.iterations.filter((it) => it.lost.failedRounds > 0 || it.lost.failures > 0);
  if (lost.length > 0) {
    blocks.push([
      "Lost work: rounds that failed, and why",
      ...lost.map(
        (it) =>
          `  iteration ${it.id}: ${it.lost.failedRounds} failed round(s), ${it.lost.puzzles} puzzle(s) lost, ${it.lost.failures} failure(s)${it.lost.reasons ? `: ${it.lost.reasons}` : ""}`,
      ),
    ]);
  }
  for (const it of report.iterations) {
    const withHistogram = it.exports.filter((x) => x.histogram !== null);
    const shown = withHistogram.slice(-perIteration);
    for (const x of shown) {
      blocks.push([
        `Difficulty of export ${x.id} (iteration ${it.id}): puzzles per solve-rate bucket`,
        ...histogramLines(x.histogram ?? []),
      ]);
    }
    const hidden = withHistogram.length - shown.length;
    if (hidden > 0) {
      blocks.push([
        `(${hidden} earlier export(s) of iteration ${it.id} not shown: \`puzzleloop report --json\` or --html has every histogram)`,
      ]);
    }
  }
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}
