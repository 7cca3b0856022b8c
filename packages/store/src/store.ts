/** The store contract: every operation the generation loop, the CLI and the exporters need from the database. */
import type {
  AttemptStatus,
  Evaluation,
  ExportRecord,
  Failure,
  Iteration,
  ModelCallKind,
  NewAttempt,
  NewEvaluation,
  NewExport,
  NewFailure,
  NewIteration,
  NewModelCall,
  NewPuzzle,
  Puzzle,
  PuzzleOrigin,
  Round,
  RoundCounts,
  RoundInsert,
  RoundStatus,
} from "./schema.ts";

/** A round to create; without an id it gets the next free `r-<iteration>-<n>`. */
export type NewRound = Pick<RoundInsert, "iterationId" | "model" | "config"> &
  Partial<Pick<RoundInsert, "id" | "createdAt">>;

export interface RoundFilter {
  /** Only the rounds of this iteration. */
  iteration?: number;
}

export interface RoundStatusDetails {
  /** Why the round failed; kept until the round runs again. */
  error?: string;
  /** What the round held and lost when it ended; kept until the round runs again. */
  counts?: RoundCounts;
}

export interface FailureFilter {
  /** Only the failures of this round. */
  roundId?: string;
}

export interface PuzzleFilter {
  /** Only the puzzles written in this round. */
  roundId?: string;
  origin?: PuzzleOrigin;
}

/** What became of one row given to `insertPuzzles`, in the order given. */
export interface PuzzleInsertOutcome {
  /** The stored puzzle's id, whether this row created it or it was already there. */
  id: number;
  hash: string;
  /** True when this row created the puzzle; false for a puzzle already stored (or earlier in the batch). */
  inserted: boolean;
}

export interface AttemptCountFilter {
  /** Only the attempts of this round. */
  roundId?: string;
  /** Only the attempts of this iteration's rounds. */
  iteration?: number;
}

/** Attempts at one puzzle, the samples they stand for, and how many samples were verified. */
export interface PuzzleAttemptCount {
  puzzleId: number;
  /** Distinct answered samples (rows). */
  attempts: number;
  /** Samples: every completion, identical ones each counted (the sum of the attempts' copies). */
  samples: number;
  /** Samples that verified. */
  verified: number;
}

export interface ModelCallTotals {
  calls: number;
  /** Calls that ended in an error. */
  errors: number;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
}

export interface ModelCallSums extends ModelCallTotals {
  byKind: Record<ModelCallKind, ModelCallTotals>;
}

export interface VerifiedPairsQuery {
  /** The iteration whose rounds' verified attempts are read. */
  iteration: number;
  /** Only puzzles of this origin. */
  origin?: PuzzleOrigin;
  /**
   * At most this many solutions per puzzle: the shortest, ties broken by solution hash.
   * @defaultValue Infinity
   */
  maxPerPuzzle?: number;
}

/** A puzzle with one of its verified solutions, and how often the puzzle was solved. */
export interface VerifiedPair {
  puzzleId: number;
  puzzleHash: string;
  /** TypeScript source of `sat`. */
  puzzle: string;
  origin: PuzzleOrigin;
  seedId: string | null;
  domain: string | null;
  answerType: string;
  attemptId: number;
  /** The round of the attempt. */
  roundId: string;
  /** TypeScript source of `sol`. */
  solution: string;
  solutionHash: string;
  /** The verified answer, as JSON text. */
  answer: string | null;
  /** The model that wrote the solution. */
  model: string;
  /** Samples of the puzzle in the iteration's rounds (identical completions each counted). */
  samples: number;
  /** Of those, the samples that verified. */
  verified: number;
}

export interface IterationFilter {
  /** Only the records of this iteration. */
  iteration?: number;
}

/**
 * The database behind the loop. Writes that a job may repeat (puzzles, attempts, keyed model calls,
 * rounds and iterations with explicit ids) are idempotent: repeating them adds nothing.
 */
export interface Store {
  /** Where the data lives (an absolute file path, or `:memory:`). */
  readonly path: string;
  /**
   * A random id made when the database is created and kept in it: it names the database's persist queue and
   * duplicate guard in Redis, so that a new database at a path an old one had starts with neither.
   */
  readonly datasetId: string;

  /** Creates an iteration; without an id it takes the next one (0 for the first). An existing id is returned as is. */
  createIteration(input: NewIteration): Iteration;
  getIteration(id: number): Iteration | undefined;
  /** Every iteration, by id. */
  listIterations(): Iteration[];
  /** The iteration set with `setCurrentIteration`, else the newest; undefined when there is none. */
  currentIteration(): Iteration | undefined;
  setCurrentIteration(id: number): void;

  /** Creates a round in `pending`; an existing id is returned as is. */
  createRound(input: NewRound): Round;
  getRound(id: string): Round | undefined;
  /** Rounds in creation order. */
  listRounds(filter?: RoundFilter): Round[];
  /**
   * Moves a round to `status`. Running stamps `startedAt` (once) and clears `finishedAt`; done, failed and
   * cancelled stamp `finishedAt` (once per run), so repeating a call changes nothing.
   */
  setRoundStatus(id: string, status: RoundStatus, details?: RoundStatusDetails): Round;

  /** Stores the puzzles whose hash is new, in one transaction; the outcomes follow the input order. */
  insertPuzzles(rows: readonly NewPuzzle[]): PuzzleInsertOutcome[];
  getPuzzle(id: number): Puzzle | undefined;
  getPuzzleByHash(hash: string): Puzzle | undefined;
  /** Puzzles by id. */
  listPuzzles(filter?: PuzzleFilter): Puzzle[];
  countPuzzlesByOrigin(filter?: PuzzleFilter): Record<PuzzleOrigin, number>;

  /** Stores the attempts new by (puzzle, solution hash), in one transaction; returns how many were new. */
  insertAttempts(rows: readonly NewAttempt[]): number;
  countAttemptsByStatus(roundId: string): Record<AttemptStatus, number>;
  /** Per-puzzle attempt counts, by puzzle id. */
  puzzleAttemptCounts(filter?: AttemptCountFilter): PuzzleAttemptCount[];

  /** Records model calls in one transaction; a call whose key is already stored is skipped. Returns how many were new. */
  insertModelCalls(rows: readonly NewModelCall[]): number;
  modelCallSums(roundId: string): ModelCallSums;

  /**
   * Verified pairs of an iteration's rounds, by puzzle id, then solution length, then solution hash.
   * Streamed: memory stays flat however many there are. Other operations may run while it is open.
   */
  verifiedPairs(query: VerifiedPairsQuery): IterableIterator<VerifiedPair>;

  insertExport(row: NewExport): ExportRecord;
  /** Exports by id. */
  listExports(filter?: IterationFilter): ExportRecord[];
  insertEvaluation(row: NewEvaluation): Evaluation;
  /** Evaluations by id. */
  listEvaluations(filter?: IterationFilter): Evaluation[];

  /** Records failures in one transaction; a failure whose key is already stored is skipped. Returns how many were new. */
  insertFailures(rows: readonly NewFailure[]): number;
  /** Failures by id. */
  listFailures(filter?: FailureFilter): Failure[];

  /**
   * Runs `body` in one write transaction: every write inside it is committed together or not at all.
   * Store calls inside it join it. `body` must be synchronous.
   */
  transaction<T>(body: () => T): T;

  /** Closes the database; further calls fail. Closing twice is harmless. */
  close(): void;
}
