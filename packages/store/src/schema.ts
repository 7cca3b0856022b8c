/** The database schema: the one definition of every table, its constraints, and the row types derived from it. */
import { type SQL, sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  real,
  type SQLiteColumn,
  sqliteTable,
  text,
  unique,
} from "drizzle-orm/sqlite-core";

/** Lifecycle of a round. */
export const ROUND_STATUSES = ["pending", "running", "done", "failed", "cancelled"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** Where a puzzle came from: the seed library or a model. */
export const PUZZLE_ORIGINS = ["seed", "generated"] as const;
export type PuzzleOrigin = (typeof PUZZLE_ORIGINS)[number];

/**
 * What verification concluded about one attempt. The same words as the sandbox's statuses; kept here
 * so that opening the database never loads the sandbox.
 */
export const ATTEMPT_STATUSES = [
  "verified",
  "wrong_answer",
  "timeout",
  "memory",
  "error",
  "invalid",
] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** What a model call was for. */
export const MODEL_CALL_KINDS = ["generate", "solve", "eval"] as const;
export type ModelCallKind = (typeof MODEL_CALL_KINDS)[number];

/** Where a job that failed for good was: a stage, or the round itself (its state lost, its end unrecorded). */
export const FAILURE_STAGES = ["generate", "solve", "verify", "persist", "round"] as const;
export type FailureStage = (typeof FAILURE_STAGES)[number];

/** The settings row that pins the current iteration. */
export const CURRENT_ITERATION_KEY = "current_iteration";

/** The settings row holding the database's random id (see `Store.datasetId`). */
export const DATASET_ID_KEY = "dataset_id";

/** How a round was asked to run; kept with the round so that a run can be reproduced. */
export interface RoundConfig {
  /** Puzzles asked of the model. */
  puzzles: number;
  /** Samples asked per puzzle (K); the field keeps its first name, `attempts`, in stored rounds. */
  attempts: number;
  /** Sampling temperature. */
  temperature: number;
  /** Seed for sampling and few-shot selection. */
  seed: number;
  /** Few-shot examples per prompt. */
  fewShot: number;
  /** `generate` for a generation round, `eval` for an evaluation run through the same queues. */
  kind?: "generate" | "eval";
  /** Puzzles asked per generation prompt. */
  samplesPerPrompt?: number;
  /** The seed split an evaluation measured. */
  split?: string | null;
  /** Job attempts, model request timeout and tries, completion size, Redis TTL (see the loop's RoundLimits). */
  limits?: Record<string, number>;
}

/** What a finished round holds and what it lost, as recorded when it ended. */
export interface RoundCounts {
  /** Puzzles accepted for solving; null when unknown (the round's live state was lost). */
  accepted: number | null;
  /** Puzzles whose attempts are stored in this database. */
  stored: number;
  /** Accepted puzzles whose attempts never reached the database; null when unknown. */
  lost: number | null;
  /** Attempts stored. */
  attempts: number;
  /** Jobs that failed for good, by stage. */
  failedJobs: Partial<Record<FailureStage, number>>;
}

/** pass@k of one evaluation. Keys of the inner records are k, as text ("1", "10"). */
export interface EvaluationResults {
  /** pass@k over every puzzle evaluated. */
  overall: Record<string, number>;
  /** pass@k per domain. */
  byDomain: Record<string, Record<string, number>>;
  /** The evaluation run (a round id) that measured it. */
  round?: string;
}

/** Attempts (n) and verified attempts (c) of one puzzle in an evaluation, the inputs of pass@k. */
export interface PuzzleCounts {
  n: number;
  c: number;
}

/**
 * An SQL CHECK that `column` holds one of `values`. The column stays unqualified so that the check survives
 * the table rebuilds SQLite migrations do; the values are fixed constants, never input.
 */
function oneOf(column: SQLiteColumn, values: readonly string[]): SQL {
  return sql.raw(`"${column.name}" in (${values.map((v) => `'${v}'`).join(", ")})`);
}

/** Timestamps are integer milliseconds since the epoch. */
function createdAt() {
  return integer("created_at")
    .notNull()
    .$defaultFn(() => Date.now());
}

/** Key/value settings that belong to the database, such as the pinned current iteration. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** Model generations: iteration 0 is the base model, iteration N+1 learned from iteration N's export. */
export const iterations = sqliteTable("iterations", {
  id: integer("id").primaryKey(),
  model: text("model").notNull(),
  parent: integer("parent").references((): SQLiteColumn => iterations.id),
  /** The export a built-in model learned from. */
  trainDir: text("train_dir"),
  createdAt: createdAt(),
});

export const rounds = sqliteTable(
  "rounds",
  {
    /** `r-<iteration>-<n>`; never holds `:`, since it becomes part of queue job ids. */
    id: text("id").primaryKey(),
    iterationId: integer("iteration_id")
      .notNull()
      .references(() => iterations.id),
    model: text("model").notNull(),
    config: text("config", { mode: "json" }).$type<RoundConfig>().notNull(),
    status: text("status", { enum: ROUND_STATUSES }).notNull().default("pending"),
    /** Why the round failed, when it did: the first reasons, grouped by message. */
    error: text("error"),
    /** What it held and lost when it ended; null while it runs. */
    counts: text("counts", { mode: "json" }).$type<RoundCounts>(),
    createdAt: createdAt(),
    startedAt: integer("started_at"),
    finishedAt: integer("finished_at"),
  },
  (t) => [
    index("rounds_iteration_idx").on(t.iterationId),
    check("rounds_status_check", oneOf(t.status, ROUND_STATUSES)),
  ],
);

export const puzzles = sqliteTable(
  "puzzles",
  {
    id: integer("id").primaryKey(),
    /** Hash of the normalised source: the same puzzle written twice has one row. */
    hash: text("hash").notNull().unique(),
    /** TypeScript source of `sat`. */
    source: text("source").notNull(),
    /** The reference `sol` of a seed. */
    solution: text("solution"),
    origin: text("origin", { enum: PUZZLE_ORIGINS }).notNull(),
    /** The seed's id in the library (`<domain>/<slug>`), for seeds. */
    seedId: text("seed_id"),
    /** The round and model that wrote it; null for seeds. */
    roundId: text("round_id").references(() => rounds.id),
    model: text("model"),
    /**
     * The few-shot examples its prompt showed: seed ids (`arrays/squares-list`) and, for generated
     * puzzles of earlier rounds, `p<puzzle id>`.
     */
    fewShotIds: text("few_shot_ids", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .$defaultFn(() => []),
    /** The type annotation of `sat`'s answer parameter. */
    answerType: text("answer_type").notNull(),
    domain: text("domain"),
    createdAt: createdAt(),
  },
  (t) => [
    index("puzzles_round_idx").on(t.roundId),
    check("puzzles_origin_check", oneOf(t.origin, PUZZLE_ORIGINS)),
  ],
);

/** Every solve attempt (one distinct answered sample), verified or not: solve rates are counted from them and their copies. */
export const attempts = sqliteTable(
  "attempts",
  {
    id: integer("id").primaryKey(),
    puzzleId: integer("puzzle_id")
      .notNull()
      .references(() => puzzles.id),
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    /** TypeScript source of `sol`. */
    solution: text("solution").notNull(),
    solutionHash: text("solution_hash").notNull(),
    status: text("status", { enum: ATTEMPT_STATUSES }).notNull(),
    /** The answer `sol()` returned, as JSON text, when it returned one. */
    answer: text("answer"),
    solveMs: real("solve_ms"),
    checkMs: real("check_ms"),
    error: text("error"),
    /** The model that wrote the solution. */
    model: text("model").notNull(),
    /**
     * How many of the puzzle's samples were this same text: an attempt is one distinct answered
     * sample, and its copies count toward the solve rate as the samples they were.
     */
    copies: integer("copies").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    unique("attempts_puzzle_solution_unique").on(t.puzzleId, t.solutionHash),
    index("attempts_round_status_idx").on(t.roundId, t.status),
    check("attempts_status_check", oneOf(t.status, ATTEMPT_STATUSES)),
  ],
);

export const modelCalls = sqliteTable(
  "model_calls",
  {
    id: integer("id").primaryKey(),
    /** A caller's deterministic key (such as a job id) that makes recording the call idempotent. */
    key: text("key").unique(),
    /** Null for calls outside a round, such as evaluations. */
    roundId: text("round_id").references(() => rounds.id),
    kind: text("kind", { enum: MODEL_CALL_KINDS }).notNull(),
    model: text("model").notNull(),
    latencyMs: real("latency_ms").notNull(),
    promptTokens: integer("prompt_tokens").notNull().default(0),
    completionTokens: integer("completion_tokens").notNull().default(0),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [
    index("model_calls_round_idx").on(t.roundId),
    check("model_calls_kind_check", oneOf(t.kind, MODEL_CALL_KINDS)),
  ],
);

/**
 * Work a round lost: a job that failed for good (its stage, puzzle and model, and why), or the round's
 * own state. Written beside whatever of the round did reach the database, so reports can show both.
 */
export const failures = sqliteTable(
  "failures",
  {
    id: integer("id").primaryKey(),
    /** The failed job's id (or another name unique to the event): recording it twice adds one row. */
    key: text("key").notNull().unique(),
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    stage: text("stage", { enum: FAILURE_STAGES }).notNull(),
    /** The puzzle whose results were lost, for solve, verify and persist failures. */
    puzzleHash: text("puzzle_hash"),
    /** The model the job called, for generate and solve failures. */
    model: text("model"),
    message: text("message").notNull(),
    /** Times the job ran before it was given up. */
    attemptsMade: integer("attempts_made").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("failures_round_idx").on(t.roundId),
    check("failures_stage_check", oneOf(t.stage, FAILURE_STAGES)),
  ],
);

/** Datasets written for fine-tuning. */
export const datasetExports = sqliteTable(
  "exports",
  {
    id: integer("id").primaryKey(),
    iterationId: integer("iteration_id")
      .notNull()
      .references(() => iterations.id),
    dir: text("dir").notNull(),
    format: text("format").notNull(),
    options: text("options", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    counts: text("counts", { mode: "json" }).$type<Record<string, number>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("exports_iteration_idx").on(t.iterationId)],
);

/** Held-out measurements of a model. */
export const evaluations = sqliteTable(
  "evaluations",
  {
    id: integer("id").primaryKey(),
    /** The iteration whose model was measured; null for a model outside the loop. */
    iterationId: integer("iteration_id").references(() => iterations.id),
    model: text("model").notNull(),
    split: text("split").notNull(),
    /** Attempts per puzzle (the K of pass@k). */
    attempts: integer("attempts").notNull(),
    results: text("results", { mode: "json" }).$type<EvaluationResults>().notNull(),
    /** Per-puzzle counts, keyed by the puzzle's seed id. */
    counts: text("counts", { mode: "json" }).$type<Record<string, PuzzleCounts>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("evaluations_iteration_idx").on(t.iterationId)],
);

export type Iteration = typeof iterations.$inferSelect;
export type NewIteration = typeof iterations.$inferInsert;
export type Round = typeof rounds.$inferSelect;
export type RoundInsert = typeof rounds.$inferInsert;
export type Puzzle = typeof puzzles.$inferSelect;
export type NewPuzzle = typeof puzzles.$inferInsert;
export type Attempt = typeof attempts.$inferSelect;
export type NewAttempt = typeof attempts.$inferInsert;
export type ModelCall = typeof modelCalls.$inferSelect;
export type NewModelCall = typeof modelCalls.$inferInsert;
export type Failure = typeof failures.$inferSelect;
export type NewFailure = typeof failures.$inferInsert;
export type ExportRecord = typeof datasetExports.$inferSelect;
export type NewExport = typeof datasetExports.$inferInsert;
export type Evaluation = typeof evaluations.$inferSelect;
export type NewEvaluation = typeof evaluations.$inferInsert;
