import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { solveRate } from "@puzzleloop/core";
import { DifficultyHistogram, emptyCounts, flattenCounts } from "@puzzleloop/dataset";
import {
  type AttemptStatus,
  type NewAttempt,
  openSqliteStore,
  type RoundConfig,
  type SqliteStore,
} from "@puzzleloop/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildReport, formatReport, type Report, renderHtmlReport } from "./index.ts";

const GENERATE: RoundConfig = { puzzles: 4, attempts: 4, temperature: 0.8, seed: 1, fewShot: 2 };
const HUB_MODEL = "org/model-<1>";

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-report-"));
  store = openSqliteStore({ path: join(dir, "loop.db") });
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function puzzle(name: string, roundId: string | null, origin: "seed" | "generated" = "generated"): number {
  const [outcome] = store.insertPuzzles([
    {
      hash: `hash-${name}`,
      source: `export function sat(x: number): boolean { return x === ${name.length}; }`,
      origin,
      roundId,
      model: origin === "generated" ? "builtin" : null,
      seedId: origin === "seed" ? `arrays/${name}` : null,
      answerType: "number",
    },
  ]);
  return outcome!.id;
}

/** Attempts with the given statuses, each a distinct solution. */
function attempt(puzzleId: number, roundId: string, statuses: AttemptStatus[]): void {
  const rows: NewAttempt[] = statuses.map((status, i) => ({
    puzzleId,
    roundId,
    solution: `export function sol(): number { return ${i}; }`,
    solutionHash: `sol-${puzzleId}-${roundId}-${i}`,
    status,
    model: "builtin",
  }));
  store.insertAttempts(rows);
}

function histogramOf(puzzles: [attempts: number, verified: number][]) {
  const h = new DifficultyHistogram();
  for (const [a, v] of puzzles) h.addPuzzle(solveRate(a, v), 1);
  return h.toJSON();
}

/**
 * Iteration 0 (builtin): round r-0-1 with p1 (2/4 verified), p2 (0/4, one of each failure), p3 (4/4);
 * round r-0-2 with p4 (1/4), p6 (never attempted) and a seed (1/2); an evaluation run; three test evaluations (the
 * latest counts) and a newer train-split one. Exports: one whose histogram is in its manifest, one
 * with the histogram in its counts, one with none, one whose manifest belongs to a later export.
 * Iteration 1 (a hub model, child of 0, current): one round, p5 (1/2). Iteration 2: nothing yet.
 */
function populate(): void {
  store.createIteration({ model: "builtin" });
  const r1 = store.createRound({ id: "r-0-1", iterationId: 0, model: "builtin", config: GENERATE }).id;
  const r2 = store.createRound({
    id: "r-0-2",
    iterationId: 0,
    model: "builtin",
    config: { ...GENERATE, puzzles: 2 },
  }).id;
  store.createRound({
    id: "e-0-1",
    iterationId: 0,
    model: "builtin",
    config: { ...GENERATE, puzzles: 5, kind: "eval", split: "test" },
  });
  attempt(puzzle("p1", r1), r1, ["verified", "verified", "wrong_answer", "wrong_answer"]);
  attempt(puzzle("p2", r1), r1, ["timeout", "error", "invalid", "memory"]);
  attempt(puzzle("p3", r1), r1, ["verified", "verified", "verified", "verified"]);
  attempt(puzzle("p4", r2), r2, ["verified", "wrong_answer", "wrong_answer", "wrong_answer"]);
  attempt(puzzle("seed", null, "seed"), r2, ["verified", "wrong_answer"]);
  // Stored although every solve call failed: generated, never attempted.
  puzzle("p6", r2);

  const evaluation = (createdAt: number, split: string, overall: Record<string, number>) =>
    store.insertEvaluation({
      iterationId: 0,
      model: "builtin",
      split,
      attempts: 10,
      results: { overall, byDomain: { arrays: overall } },
      counts: { "arrays/a": { n: 10, c: 1 }, "arrays/b": { n: 10, c: 3 } },
      createdAt,
    });
  evaluation(1_000, "test", { "1": 0.1, "10": 0.3 });
  evaluation(3_000, "test", { "10": 0.5, "2": 0.25, "1": 0.2, "5": 0.4 });
  evaluation(2_000, "test", { "1": 0.9 });
  evaluation(4_000, "train", { "1": 0.99 });

  const withManifest = join(dir, "out", "iteration-0");
  mkdirSync(withManifest, { recursive: true });
  const counts = emptyCounts();
  counts.puzzles = 3;
  counts.pairs = 7;
  counts.lines = 9;
  store.insertExport({
    iterationId: 0,
    dir: withManifest,
    format: "chat",
    options: {},
    counts: flattenCounts(counts),
    createdAt: 5_000,
  });
  writeFileSync(
    join(withManifest, "manifest.json"),
    JSON.stringify({
      iteration: 0,
      createdAt: new Date(5_000).toISOString(),
      histogram: histogramOf([
        [4, 2],
        [4, 4],
        [4, 1],
      ]),
    }),
  );
  store.insertExport({
    iterationId: 0,
    dir: join(dir, "elsewhere"),
    format: "raw",
    options: {},
    counts: { puzzles: 2, pairs: 2, lines: 2, histogram: histogramOf([[10, 0]]) } as unknown as Record<
      string,
      number
    >,
    createdAt: 6_000,
  });
  store.insertExport({
    iterationId: 0,
    dir: join(dir, "gone"),
    format: "raw",
    options: {},
    counts: { puzzles: 1, pairs: 1, lines: 1 },
    createdAt: 7_000,
  });
  // Its folder's manifest was written by the first export, so it says nothing about this one.
  store.insertExport({
    iterationId: 0,
    dir: withManifest,
    format: "completion",
    options: {},
    counts: { puzzles: 1, pairs: 1, lines: 1 },
    createdAt: 8_000,
  });

  store.createIteration({ model: HUB_MODEL, parent: 0, trainDir: withManifest });
  const r3 = store.createRound({ id: "r-1-1", iterationId: 1, model: HUB_MODEL, config: GENERATE }).id;
  attempt(puzzle("p5", r3), r3, ["verified", "error"]);
  store.insertEvaluation({
    iterationId: 1,
    model: HUB_MODEL,
    split: "test",
    attempts: 20,
    results: { overall: { "1": 0.4, "2": 0.5, "5": 0.6, "10": 0.7, "20": 0.8 }, byDomain: {} },
    counts: { "arrays/a": { n: 20, c: 8 } },
    createdAt: 9_000,
  });

  store.createIteration({ model: "builtin", parent: 1 });
  store.setCurrentIteration(1);
}

/** Each polyline of the pass@k chart: its k and its points. */
function polylines(html: string): { k: string; points: [number, number][] }[] {
  const chart = /<svg id="pass-at-k-chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
  return [...chart.matchAll(/<polyline [^>]*data-k="([^"]+)"[^>]*points="([^"]*)"/g)].map((m) => ({
    k: m[1]!,
    points: m[2]!
      .split(" ")
      .filter(Boolean)
      .map((p) => p.split(",").map(Number) as [number, number]),
  }));
}

describe("buildReport", () => {
  it("sums each iteration's rounds, puzzles and attempts", () => {
    populate();
    const report = buildReport(store, { clock: () => 42 });
    expect(report.createdAt).toBe(42);
    expect(report.current).toBe(1);
    expect(report.iterations.map((i) => i.id)).toEqual([0, 1, 2]);
    const [zero, one, two] = report.iterations;

    expect(zero).toMatchObject({
      model: "builtin",
      parent: null,
      current: false,
      rounds: 2,
      evaluationRuns: 1,
      puzzlesRequested: 6,
      puzzlesGenerated: 5,
      puzzlesVerified: 3,
      uniquePuzzles: 5,
      attempts: 18,
      verifiedAttempts: 8,
      statuses: { verified: 8, wrong_answer: 6, timeout: 1, memory: 1, error: 1, invalid: 1 },
    });
    expect(zero!.generationAcceptance).toBeCloseTo(5 / 6, 12);
    // The seed's attempts count as attempts, not towards the generated puzzles' solve rate; nor does
    // a puzzle never attempted.
    expect(zero!.meanSolveRate).toBeCloseTo((0.5 + 0 + 1 + 0.25) / 4, 12);

    expect(one).toMatchObject({
      model: HUB_MODEL,
      parent: 0,
      current: true,
      rounds: 1,
      puzzlesGenerated: 1,
      puzzlesVerified: 1,
      attempts: 2,
      verifiedAttempts: 1,
      meanSolveRate: 0.5,
    });
    expect(one!.trainDir).toBe(join(dir, "out", "iteration-0"));

    expect(two).toMatchObject({
      rounds: 0,
      puzzlesRequested: 0,
      puzzlesGenerated: 0,
      attempts: 0,
      generationAcceptance: null,
      meanSolveRate: null,
      evaluation: null,
      exports: [],
    });
  });

  it("takes the latest test-split evaluation, its keys in k order", () => {
    populate();
    const report = buildReport(store);
    const e = report.iterations[0]!.evaluation!;
    expect(e.createdAt).toBe(3_000);
    expect(e.split).toBe("test");
    expect(e.puzzles).toBe(2);
    expect(Object.keys(e.passAtK)).toEqual(["1", "2", "5", "10"]);
    expect(e.passAtK["1"]).toBe(0.2);
    expect(e.byDomain.arrays?.["10"]).toBe(0.5);
    expect(report.ks).toEqual([1, 2, 5, 10, 20]);
  });

  it("finds each export's histogram in its counts or its own manifest", () => {
    populate();
    const exports = buildReport(store).iterations[0]!.exports;
    expect(exports.map((x) => [x.format, x.puzzles, x.pairs, x.lines])).toEqual([
      ["chat", 3, 7, 9],
      ["raw", 2, 2, 2],
      ["raw", 1, 1, 1],
      ["completion", 1, 1, 1],
    ]);
    const fromManifest = exports[0]!.histogram!;
    expect(fromManifest.find((b) => b.range === "0.5-0.6")?.puzzles).toBe(1);
    expect(fromManifest.find((b) => b.range === "0.2-0.3")?.puzzles).toBe(1);
    expect(fromManifest.find((b) => b.range === "0.9-1.0")?.puzzles).toBe(1);
    expect(exports[1]!.histogram!.find((b) => b.range === "0.0-0.1")?.puzzles).toBe(1);
    expect(exports[2]!.histogram).toBeNull();
    expect(exports[3]!.histogram).toBeNull();
    expect(buildReport(store, { readManifests: false }).iterations[0]!.exports[0]!.histogram).toBeNull();
  });

  it("reads flattened histogram counts in bucket order", () => {
    store.createIteration({ model: "builtin" });
    store.insertExport({
      iterationId: 0,
      dir: join(dir, "x"),
      format: "raw",
      options: {},
      counts: {
        puzzles: 5,
        "histogram.unknown.puzzles": 1,
        "histogram.0.5-0.6.puzzles": 3,
        "histogram.0.0-0.1.puzzles": 1,
        "histogram.0.0-0.1.pairs": 2,
      },
    });
    const histogram = buildReport(store).iterations[0]!.exports[0]!.histogram!;
    expect(histogram.map((b) => [b.range, b.min, b.puzzles])).toEqual([
      ["0.0-0.1", 0, 1],
      ["0.5-0.6", 0.5, 3],
      ["unknown", null, 1],
    ]);
    expect(histogram[0]!.pairs).toBe(2);
  });

  it("reports an empty database as no iterations", () => {
    const report = buildReport(store);
    expect(report).toMatchObject({ current: null, ks: [], iterations: [] });
    expect(formatReport(report)).toContain("no iterations yet");
    const html = renderHtmlReport(report);
    expect(html).not.toContain('id="pass-at-k-chart"');
    expect(html).toContain("No evaluations yet");
  });
});

describe("formatReport", () => {
  let text: string;
  beforeEach(() => {
    populate();
    text = formatReport(buildReport(store));
  });

  it("prints one row per iteration with its figures", () => {
    const lines = text.split("\n");
    const generation = lines.slice(lines.indexOf("Generation"));
    expect(generation[1]).toMatch(/^iteration\s+asked\s+generated\s+accepted/);
    expect(generation[3]!.split(/\s+/)).toEqual([
      "0",
      "6",
      "5",
      "83.3%",
      "3",
      "5",
      "18",
      "8",
      "44.4%",
      "43.8%",
    ]);
    expect(generation[5]!.split(/\s+/)).toEqual(["2", "0", "0", "-", "0", "0", "0", "0", "-", "-"]);
    expect(text).toContain("1 (current)");
    expect(text.endsWith("\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });

  it("aligns the columns", () => {
    const lines = text.split("\n");
    const start = lines.indexOf("Generation");
    const header = lines[start + 1]!;
    const rule = lines[start + 2]!;
    expect(rule).toMatch(/^[- ]+$/);
    // Right-aligned numbers end where their header ends.
    const end = header.indexOf("attempts") + "attempts".length;
    for (const row of lines.slice(start + 3, start + 6)) expect(row[end - 1]).toMatch(/\d/);
  });

  it("shows pass@k for every k and a dash where an evaluation lacks one", () => {
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.startsWith("pass@k on the test split"));
    expect(lines[start + 1]!.split(/\s+/)).toEqual([
      "iteration",
      "model",
      "K",
      "puzzles",
      "pass@1",
      "pass@2",
      "pass@5",
      "pass@10",
      "pass@20",
    ]);
    expect(lines[start + 3]!.split(/\s+/)).toEqual([
      "0",
      "builtin",
      "10",
      "2",
      "20.0%",
      "25.0%",
      "40.0%",
      "50.0%",
      "-",
    ]);
    expect(lines[start + 4]!.split(/\s+/)).toEqual([
      "1",
      HUB_MODEL,
      "20",
      "1",
      "40.0%",
      "50.0%",
      "60.0%",
      "70.0%",
      "80.0%",
    ]);
  });

  it("shows the verification outcomes and the histograms", () => {
    expect(text).toMatch(/^0\s+8 \(44\.4%\)\s+6 \(33\.3%\)\s+1 \(5\.6%\)/m);
    text = formatReport(buildReport(store), { histogramsPerIteration: 2 });
    const start = text.indexOf("Difficulty of export 1 (iteration 0)");
    expect(start).toBeGreaterThan(0);
    const block = text.slice(start).split("\n\n")[0]!.split("\n");
    expect(block).toHaveLength(11);
    expect(block[1]).toMatch(/^ {2}0\.0-0\.1 0$/);
    expect(block[3]).toMatch(/^ {2}0\.2-0\.3 #{40} 1$/);
    expect(text).toContain("Difficulty of export 2 (iteration 0)");
    expect(text).not.toContain("Difficulty of export 3");
  });

  it("shows the newest export's histogram per iteration and counts the others", () => {
    expect(text).toContain("Difficulty of export 2 (iteration 0)");
    expect(text).not.toContain("Difficulty of export 1 ");
    expect(text).toContain(
      "(1 earlier export(s) of iteration 0 not shown: `puzzleloop report --json` or --html has every histogram)",
    );
  });
});

describe("renderHtmlReport", () => {
  let report: Report;
  let html: string;
  beforeEach(() => {
    populate();
    report = buildReport(store);
    html = renderHtmlReport(report);
  });

  it("is one page with nothing fetched from elsewhere", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|url\(|\bsrc=|\bhref=/i);
    expect(html.match(/https?:\/\/[^"\s<]+/g)?.every((u) => u === "http://www.w3.org/2000/svg")).toBe(true);
  });

  it("draws one line per k with the iterations on the x axis", () => {
    const lines = polylines(html);
    expect(lines.map((l) => l.k)).toEqual(["1", "2", "5", "10", "20"]);
    expect(lines.find((l) => l.k === "1")!.points).toHaveLength(2);
    expect(lines.find((l) => l.k === "20")!.points).toHaveLength(1);
    // pass@1 rose from 20% to 40%: the later point is higher, so its y is smaller; x runs left to right.
    const [a, b] = lines.find((l) => l.k === "1")!.points;
    expect(b![0]).toBeGreaterThan(a![0]);
    expect(b![1]).toBeLessThan(a![1]);
    const chart = /<svg id="pass-at-k-chart"[\s\S]*?<\/svg>/.exec(html)![0];
    const xLabels = [...chart.matchAll(/class="x-label"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(xLabels).toEqual(["0", "1", "2"]);
    for (const k of report.ks) expect(chart).toContain(`>pass@${k}</text>`);
    expect(chart).toContain(">iteration</text>");
    expect(chart).toContain(">100%</text>");
  });

  it("holds the same tables and a bar chart per histogram", () => {
    for (const title of ["Iterations", "Generation", "Exports"]) expect(html).toContain(`<h2>${title}</h2>`);
    expect(html).toContain(
      '<td>0</td><td class="num">6</td><td class="num">5</td><td class="num">83.3%</td>',
    );
    expect(html.match(/<svg class="histogram"/g)).toHaveLength(2);
    const first = /<svg class="histogram"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(first.match(/<rect class="bar"/g)).toHaveLength(10);
  });

  it("escapes what the database holds", () => {
    expect(html).not.toContain("org/model-<1>");
    expect(html).toContain("org/model-&lt;1&gt;");
  });
});

describe("lost work", () => {
  it("counts failed rounds, lost puzzles and failures per iteration, and says why in the text", () => {
    store.createIteration({ model: "builtin" });
    const ok = store.createRound({ iterationId: 0, model: "builtin", config: GENERATE }).id;
    const failed = store.createRound({ iterationId: 0, model: "builtin", config: GENERATE }).id;
    store.setRoundStatus(ok, "done", {
      counts: { accepted: 4, stored: 4, lost: 0, attempts: 16, failedJobs: {} },
    });
    store.insertFailures(
      ["a", "b"].map((p) => ({
        key: `solve-${failed}-${p}`,
        roundId: failed,
        stage: "solve" as const,
        puzzleHash: p,
        message: "HTTP 500 from http://model",
      })),
    );
    store.setRoundStatus(failed, "failed", {
      error: "2 puzzles lost",
      counts: { accepted: 4, stored: 2, lost: 2, attempts: 8, failedJobs: { solve: 2 } },
    });
    const report = buildReport(store, { readManifests: false });
    expect(report.iterations[0]!.lost).toEqual({
      failedRounds: 1,
      puzzles: 2,
      failures: 2,
      reasons: "solve: HTTP 500 from http://model (x2)",
    });
    expect(formatReport(report)).toContain(
      "Lost work: rounds that failed, and why\n  iteration 0: 1 failed round(s), 2 puzzle(s) lost, 2 failure(s): solve: HTTP 500 from http://model (x2)",
    );
  });
});
