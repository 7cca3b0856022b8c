/** Reads the store into one summary per iteration: what was generated, what passed each filter, how it scored. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ATTEMPT_STATUSES,
  type AttemptStatus,
  type Evaluation,
  type ExportRecord,
  type Iteration,
  type Store,
} from "@puzzleloop/store";
import { z } from "zod";
import type { DifficultyBucket } from "../export/difficulty-histogram.ts";
import { MANIFEST_FILE } from "../export/manifest.ts";

export interface ReportOptions {
  /**
   * Read each export's `manifest.json` for its difficulty histogram when the stored counts lack one.
   * Only a manifest written by that very export (same iteration and time) is used.
   * @defaultValue true
   */
  readManifests?: boolean;
  /**
   * The clock that stamps the report, in milliseconds since the epoch.
   * @defaultValue Date.now
   */
  clock?: () => number;
}

/** The latest held-out measurement of an iteration's model. */
export interface EvaluationSummary {
  id: number;
  model: string;
  split: string;
  /** Attempts per puzzle (the K of pass@k). */
  attempts: number;
  /** Puzzles measured. */
  puzzles: number;
  createdAt: number;
  /** pass@k over every puzzle, keyed by k as text. */
  passAtK: Record<string, number>;
  /** pass@k per domain. */
  byDomain: Record<string, Record<string, number>>;
}

/** One dataset written from the iteration. */
export interface ExportSummary {
  id: number;
  dir: string;
  format: string;
  createdAt: number;
  puzzles: number;
  pairs: number;
  lines: number;
  /** Puzzles per solve-rate bucket; null when neither the record nor its manifest has one. */
  histogram: DifficultyBucket[] | null;
}

export interface IterationReport {
  id: number;
  model: string;
  parent: number | null;
  trainDir: string | null;
  current: boolean;
  /** Generation rounds; evaluation runs are counted apart. */
  rounds: number;
  evaluationRuns: number;
  /** Puzzles the generation rounds asked the model for. */
  puzzlesRequested: number;
  /** Generated puzzles stored: each passed parsing, the checks and deduplication. */
  puzzlesGenerated: number;
  /** puzzlesGenerated / puzzlesRequested; null when nothing was asked. */
  generationAcceptance: number | null;
  /** Generated puzzles with at least one verified attempt. */
  puzzlesVerified: number;
  /**
   * Distinct puzzles the iteration's rounds attempted, generated or seed. A puzzle is one row per
   * normalised form, so the same puzzle written twice counts once.
   */
  uniquePuzzles: number;
  attempts: number;
  verifiedAttempts: number;
  /** Attempts by verification outcome: how many each step of the filter turned away. */
  statuses: Record<AttemptStatus, number>;
  /** Mean over generated puzzles with attempts of verified / attempts; null when there are none. */
  meanSolveRate: number | null;
  /** The latest evaluation on the test split, if any. */
  evaluation: EvaluationSummary | null;
  exports: ExportSummary[];
}

export interface Report {
  createdAt: number;
  /** The current iteration's id, if there is one. */
  current: number | null;
  /** Every k some evaluation reported, ascending. */
  ks: number[];
  /** By id. */
  iterations: IterationReport[];
}

const TEST_SPLIT = "test";

/** A summary of every iteration in the store. Reads only; the store stays open. */
export function buildReport(store: Store, options: ReportOptions = {}): Report {
  const readManifests = options.readManifests ?? true;
  const clock = options.clock ?? Date.now;
  const current = store.currentIteration()?.id ?? null;
  const iterations = store
    .listIterations()
    .map((iteration) => iterationReport(store, iteration, current, readManifests));
  const ks = new Set<number>();
  for (const it of iterations) for (const k of Object.keys(it.evaluation?.passAtK ?? {})) ks.add(Number(k));
  return {
    createdAt: clock(),
    current,
    ks: [...ks].filter((k) => Number.isFinite(k)).sort((a, b) => a - b),
    iterations,
  };
}

function iterationReport(
  store: Store,
  iteration: Iteration,
  current: number | null,
  readManifests: boolean,
): IterationReport {
  const rounds = store.listRounds({ iteration: iteration.id });
  const generation = rounds.filter((r) => r.config.kind !== "eval");
  const statuses = zeroStatuses();
  const generatedIds = new Set<number>();
  for (const round of generation) {
    const counts = store.countAttemptsByStatus(round.id);
    for (const status of ATTEMPT_STATUSES) statuses[status] += counts[status];
    for (const puzzle of store.listPuzzles({ roundId: round.id, origin: "generated" })) {
      generatedIds.add(puzzle.id);
    }
  }
  const puzzlesGenerated = generatedIds.size;
  const perPuzzle = store.puzzleAttemptCounts({ iteration: iteration.id });
  let puzzlesVerified = 0;
  let rateSum = 0;
  let rated = 0;
  for (const p of perPuzzle) {
    if (!generatedIds.has(p.puzzleId) || p.attempts === 0) continue;
    rateSum += p.verified / p.attempts;
    rated++;
    if (p.verified > 0) puzzlesVerified++;
  }
  const attempts = ATTEMPT_STATUSES.reduce((sum, s) => sum + statuses[s], 0);
  const puzzlesRequested = generation.reduce((sum, r) => sum + r.config.puzzles, 0);
  return {
    id: iteration.id,
    model: iteration.model,
    parent: iteration.parent,
    trainDir: iteration.trainDir,
    current: iteration.id === current,
    rounds: generation.length,
    evaluationRuns: rounds.length - generation.length,
    puzzlesRequested,
    puzzlesGenerated,
    generationAcceptance: puzzlesRequested === 0 ? null : puzzlesGenerated / puzzlesRequested,
    puzzlesVerified,
    uniquePuzzles: perPuzzle.filter((p) => p.attempts > 0).length,
    attempts,
    verifiedAttempts: statuses.verified,
    statuses,
    meanSolveRate: rated === 0 ? null : rateSum / rated,
    evaluation: latestEvaluation(store.listEvaluations({ iteration: iteration.id })),
    exports: store
      .listExports({ iteration: iteration.id })
      .map((record) => exportSummary(record, readManifests)),
  };
}

function zeroStatuses(): Record<AttemptStatus, number> {
  return Object.fromEntries(ATTEMPT_STATUSES.map((s) => [s, 0])) as Record<AttemptStatus, number>;
}

function latestEvaluation(evaluations: readonly Evaluation[]): EvaluationSummary | null {
  let latest: Evaluation | undefined;
  for (const e of evaluations) {
    if (e.split !== TEST_SPLIT) continue;
    if (
      latest === undefined ||
      e.createdAt > latest.createdAt ||
      (e.createdAt === latest.createdAt && e.id > latest.id)
    ) {
      latest = e;
    }
  }
  if (latest === undefined) return null;
  return {
    id: latest.id,
    model: latest.model,
    split: latest.split,
    attempts: latest.attempts,
    puzzles: Object.keys(latest.counts).length,
    createdAt: latest.createdAt,
    passAtK: sortedByK(latest.results.overall),
    byDomain: Object.fromEntries(
      Object.entries(latest.results.byDomain ?? {}).map(([domain, values]) => [domain, sortedByK(values)]),
    ),
  };
}

/** Keys like "10" sort after "2" when read as numbers, which is how they are shown. */
function sortedByK(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).sort(([a], [b]) => Number(a) - Number(b)));
}

const bucket = z.object({
  range: z.string(),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  puzzles: z.number(),
  pairs: z.number().default(0),
  lines: z.number().default(0),
});
const histogramSchema = z.array(bucket).min(1);
const manifestSchema = z.object({ iteration: z.number(), createdAt: z.string(), histogram: histogramSchema });

function exportSummary(record: ExportRecord, readManifests: boolean): ExportSummary {
  const counts = record.counts as Record<string, unknown>;
  const number = (key: string) => (typeof counts[key] === "number" ? (counts[key] as number) : 0);
  return {
    id: record.id,
    dir: record.dir,
    format: record.format,
    createdAt: record.createdAt,
    puzzles: number("puzzles"),
    pairs: number("pairs"),
    lines: number("lines"),
    histogram:
      storedHistogram(counts) ?? flatHistogram(counts) ?? (readManifests ? manifestHistogram(record) : null),
  };
}

/** A `histogram` array kept in the counts. */
function storedHistogram(counts: Record<string, unknown>): DifficultyBucket[] | null {
  const parsed = histogramSchema.safeParse(counts.histogram);
  return parsed.success ? parsed.data : null;
}

/** Flattened keys `histogram.<range>.<field>`, the shape flat counts give a nested histogram. */
function flatHistogram(counts: Record<string, unknown>): DifficultyBucket[] | null {
  const byRange = new Map<string, DifficultyBucket>();
  for (const [key, value] of Object.entries(counts)) {
    const match = /^histogram\.(.+)\.(puzzles|pairs|lines)$/.exec(key);
    if (!match || typeof value !== "number") continue;
    const range = match[1]!;
    let b = byRange.get(range);
    if (b === undefined) {
      const bounds = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(range);
      b = {
        range,
        min: bounds ? Number(bounds[1]) : null,
        max: bounds ? Number(bounds[2]) : null,
        puzzles: 0,
        pairs: 0,
        lines: 0,
      };
      byRange.set(range, b);
    }
    b[match[2] as "puzzles" | "pairs" | "lines"] = value;
  }
  if (byRange.size === 0) return null;
  // Bounded buckets by their lower bound, the unbounded ("unknown") last.
  return [...byRange.values()].sort(
    (a, b) => (a.min ?? Number.POSITIVE_INFINITY) - (b.min ?? Number.POSITIVE_INFINITY),
  );
}

/** The histogram of the export's own manifest; a later export into the same folder has replaced it otherwise. */
function manifestHistogram(record: ExportRecord): DifficultyBucket[] | null {
  const path = join(record.dir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { iteration, createdAt, histogram } = parsed.data;
  if (iteration !== record.iterationId || Date.parse(createdAt) !== record.createdAt) return null;
  return histogram;
}
