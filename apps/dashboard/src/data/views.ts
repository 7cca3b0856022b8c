/**
 * What the pages show, as plain data: the adapter (`./index.ts`) fills these from the loop, the store
 * and the report, so that nothing outside `data/` depends on how those are built.
 */

import type { ExportSummary } from "@puzzleloop/report";

export type StageName = "generate" | "solve" | "verify" | "persist";

export interface StageView {
  stage: StageName;
  done: number;
  total: number;
  /** Whether `total` can still grow (puzzles are still being generated). */
  open: boolean;
  /** Items per second: over the last seconds while the round runs, over its whole run once it ended. */
  ratePerS: number | null;
  /** Seconds left at that rate; null while the total can grow or nothing moves. */
  etaS: number | null;
  unit: "prompts" | "puzzles";
}

/** A reason and how often it happened, with what it means or the first message it came with. */
export interface ReasonCount {
  reason: string;
  count: number;
  /** For a rejection code: what it means. For a failure: the first message (already in `reason`). */
  detail?: string;
}

export interface CallTotals {
  calls: number;
  /** Calls that ended in an error (known once stored). */
  errors: number | null;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
}

/** How a round was asked to run. */
export interface RoundConfigView {
  puzzles: number;
  attempts: number;
  temperature?: number;
  fewShot?: number;
  seed?: number;
}

/** A round's state in Redis while its workers are on it (and for a while after). */
export interface RoundLive {
  /** The round as it was planned: what a round not yet stored is known by. */
  plan: { kind: string; model: string; iteration: number; createdAt: number; config: RoundConfigView };
  status: string;
  /** Why it failed, when it did. */
  error?: string;
  startedAt?: number;
  finishedAt?: number;
  /** When this was read. */
  at: number;
  stages: StageView[];
  /** Generated puzzles dropped before solving, by reason. */
  rejected: ReasonCount[];
  /** Jobs that failed for good, grouped by stage and message. */
  failures: ReasonCount[];
  /** Solve attempts by verification status. */
  attempts: Record<string, number>;
  puzzlesAccepted: number;
  puzzlesSolved: number;
  /** Accepted puzzles whose results will never be stored. */
  puzzlesLost: number;
  /** Completions cut at the round's size limit. */
  truncated: number;
  /** Model calls in flight now, and how long the oldest has waited. */
  waitingOnModel: { calls: number; oldestMs?: number };
  calls: CallTotals;
}

/** What the database holds of a round. */
export interface RoundStored {
  status: string;
  error: string | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** Generated puzzles stored. */
  puzzles: number;
  /** Attempts by verification status. */
  attempts: Record<string, number>;
  calls: CallTotals;
  /** Accepted puzzles it lost, as recorded when it ended; null while it runs or when unknown. */
  lost: number | null;
  /** Failures recorded in the database, grouped by stage and message. */
  failures: ReasonCount[];
}

/** Model use per verified pair: the cost of the data, where the model reports usage. */
export interface CostPerPair {
  verifiedPairs: number;
  callsPerPair: number | null;
  /** Prompt plus completion tokens per verified pair; null when the model reported no usage. */
  tokensPerPair: number | null;
}

export interface RoundView {
  id: string;
  kind: string;
  iteration: number;
  model: string;
  /** Live status where Redis has the round running, else the database's. */
  status: string;
  error?: string;
  createdAt: number;
  config: RoundConfigView;
  live: RoundLive | null;
  stored: RoundStored | null;
  cost: CostPerPair;
}

export interface RedisView {
  url: string;
  answering: boolean;
  /** Why it is not answering. */
  error?: string;
}

export interface Overview {
  redis: RedisView;
  database: string;
  /** Newest first. */
  rounds: RoundView[];
}

/** A puzzle as a round's table lists it. */
export interface PuzzleRow {
  id: number;
  hash: string;
  /** The first line of its doc comment (model text: hostile). */
  summary: string;
  answerType: string;
  domain: string | null;
  attempts: number;
  verified: number;
  status: "verified" | "unsolved" | "no attempts";
  /** Share of mutated answers `sat` rejects, once measured. */
  checkerStrength: number | null;
  /** Highest similarity to an earlier or held-out puzzle, once measured. */
  similarity: number | null;
}

export interface RoundDetail {
  round: RoundView;
  puzzles: PuzzleRow[];
  /** Failed jobs of the round still held by the queues (what "retry" would run again). */
  failedJobs: number;
}

export interface AttemptView {
  id: number;
  status: string;
  solution: string;
  answer: string | null;
  error: string | null;
  solveMs: number | null;
  checkMs: number | null;
  model: string;
  createdAt: number;
}

/** A puzzle that prompted another (a few-shot example), and what prompted it in turn. */
export interface LineageNode {
  /** As the prompt recorded it: a seed id or `p<puzzle id>`. */
  ref: string;
  /** The stored puzzle, when found. */
  puzzleId: number | null;
  origin: "seed" | "generated" | null;
  roundId: string | null;
  summary: string;
  parents: LineageNode[];
  /** Parents not followed further (already shown, or too deep). */
  truncated: boolean;
}

export interface PuzzleDetail {
  id: number;
  hash: string;
  source: string;
  /** The reference solution of a seed. */
  solution: string | null;
  origin: "seed" | "generated";
  seedId: string | null;
  roundId: string | null;
  model: string | null;
  answerType: string;
  domain: string | null;
  createdAt: number;
  attempts: AttemptView[];
  lineage: LineageNode[];
}

/** One solve-rate bucket of an export's histogram, as the report gives it. */
export type HistogramBucket = NonNullable<ExportSummary["histogram"]>[number];

/** An export as the report summarises it, with the files its folder holds now. */
export interface ExportView extends ExportSummary {
  /** Files in the export folder now (names only), served under /exports/ID/. */
  files: string[];
}

export interface IterationView {
  id: number;
  model: string;
  parent: number | null;
  current: boolean;
  rounds: number;
  puzzlesRequested: number;
  puzzlesGenerated: number;
  puzzlesVerified: number;
  attempts: number;
  verifiedAttempts: number;
  meanSolveRate: number | null;
  /** pass@k on the test split (latest evaluation), by k as text. */
  passAtK: Record<string, number> | null;
  /** pass@k per domain, by domain then k. */
  byDomain: Record<string, Record<string, number>> | null;
  exports: ExportView[];
}

export interface IterationsView {
  /** Every k some evaluation reported, ascending. */
  ks: number[];
  iterations: IterationView[];
}

/** What an action did. */
export interface ActionResult {
  ok: boolean;
  message: string;
}
