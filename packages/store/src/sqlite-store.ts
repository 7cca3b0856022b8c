/** The Store on one SQLite file: drizzle-orm over better-sqlite3, in WAL mode, migrated when opened. */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { and, asc, count, desc, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { chunk, rowsPerStatement } from "./chunk.ts";
import { resolveDbPath } from "./db-path.ts";
import { InvalidRoundIdError, IterationNotFoundError, RoundNotFoundError } from "./errors.ts";
import {
  ATTEMPT_STATUSES,
  type AttemptStatus,
  attempts,
  CURRENT_ITERATION_KEY,
  DATASET_ID_KEY,
  datasetExports,
  type Evaluation,
  type ExportRecord,
  evaluations,
  type Failure,
  failures,
  type Iteration,
  iterations,
  MODEL_CALL_KINDS,
  type ModelCallKind,
  modelCalls,
  type NewAttempt,
  type NewEvaluation,
  type NewExport,
  type NewFailure,
  type NewIteration,
  type NewModelCall,
  type NewPuzzle,
  PUZZLE_ORIGINS,
  type Puzzle,
  type PuzzleOrigin,
  puzzles,
  type Round,
  type RoundCounts,
  type RoundStatus,
  rounds,
  settings,
} from "./schema.ts";
import type {
  AttemptCountFilter,
  FailureFilter,
  IterationFilter,
  ModelCallSums,
  ModelCallTotals,
  NewRound,
  PuzzleAttemptCount,
  PuzzleFilter,
  PuzzleInsertOutcome,
  RoundFilter,
  RoundStatusDetails,
  Store,
  VerifiedPair,
  VerifiedPairsQuery,
} from "./store.ts";

/** The path that keeps the database in memory (for throwaway use; it cannot be shared). */
export const MEMORY_PATH = ":memory:";

export interface SqliteStoreOptions {
  /**
   * The database file (its directory is created if needed), or `:memory:`.
   * @defaultValue `PUZZLELOOP_DB`, else `.puzzleloop/puzzleloop.db` under the current directory
   */
  path?: string;
  /**
   * How long a statement waits for another connection's lock before failing, in milliseconds.
   * @defaultValue 5000
   */
  busyTimeoutMs?: number;
  /**
   * The clock that stamps rows, in milliseconds since the epoch.
   * @defaultValue Date.now
   */
  clock?: () => number;
}

function resolveOptions(options: SqliteStoreOptions): Required<SqliteStoreOptions> {
  const path = options.path?.trim();
  return {
    path: path === MEMORY_PATH ? MEMORY_PATH : path ? resolve(path) : resolveDbPath(),
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    clock: options.clock ?? Date.now,
  };
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL("../drizzle", import.meta.url));

/** Round ids end up in queue job ids, where `:` is reserved; this keeps to characters safe everywhere. */
const ROUND_ID = /^[A-Za-z0-9_-]+$/;

const VERIFIED: AttemptStatus = "verified";

/** Opens (creating and migrating if needed) the database at `options.path`. */
export function openSqliteStore(options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(options);
}

function applyMigrations(db: BetterSQLite3Database): void {
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch {
    // Processes opening a fresh file at once race: each reads "no migration yet" before taking the write
    // lock, and the loser's transaction fails on tables the winner created. Once the winner has
    // committed, a second pass finds the migrations recorded and does nothing; a real failure fails again.
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

function columnCount(table: SQLiteTable): number {
  return Object.keys(getTableColumns(table)).length;
}

/** Counts per value of an enumeration, zero for every value absent from `rows`. */
function tally<K extends string>(
  keys: readonly K[],
  rows: readonly { key: K; n: number }[],
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) counts[row.key] = row.n;
  return counts;
}

function emptyTotals(): ModelCallTotals {
  return { calls: 0, errors: 0, promptTokens: 0, completionTokens: 0, latencyMs: 0 };
}

/** The columns of a verified pair read from the puzzle and the attempt. */
const pairColumns = {
  puzzleId: puzzles.id,
  puzzleHash: puzzles.hash,
  puzzle: puzzles.source,
  origin: puzzles.origin,
  seedId: puzzles.seedId,
  domain: puzzles.domain,
  answerType: puzzles.answerType,
  attemptId: attempts.id,
  roundId: attempts.roundId,
  solution: attempts.solution,
  solutionHash: attempts.solutionHash,
  answer: attempts.answer,
  model: attempts.model,
};

export class SqliteStore implements Store {
  /** The absolute path of the database file, or `:memory:`. */
  readonly path: string;
  readonly datasetId: string;
  private readonly sqlite: Database.Database;
  private readonly db: BetterSQLite3Database;
  private readonly clock: () => number;
  private readonly busyTimeoutMs: number;
  /** Open `verifiedPairs` streams and the connections they read on, both ended when the store closes. */
  private readonly streams = new Set<Generator<VerifiedPair, void, undefined>>();
  private readonly readers = new Set<Database.Database>();

  constructor(options: SqliteStoreOptions = {}) {
    const resolved = resolveOptions(options);
    this.path = resolved.path;
    this.clock = resolved.clock;
    this.busyTimeoutMs = resolved.busyTimeoutMs;
    if (this.path !== MEMORY_PATH) mkdirSync(dirname(this.path), { recursive: true });
    this.sqlite = new Database(this.path, { timeout: this.busyTimeoutMs });
    this.db = drizzle(this.sqlite);
    try {
      // WAL lets readers (the CLI, exporters) work beside the single writer.
      this.sqlite.pragma("journal_mode = WAL");
      // A committed batch is acknowledged to the queue, so it must survive a power loss, not just a crash.
      this.sqlite.pragma("synchronous = FULL");
      this.sqlite.pragma("foreign_keys = ON");
      applyMigrations(this.db);
      this.datasetId = this.ensureDatasetId();
    } catch (error) {
      this.sqlite.close();
      throw error;
    }
  }

  /** The id stored in the database, made on first open; processes opening a new file at once agree on one. */
  private ensureDatasetId(): string {
    this.db
      .insert(settings)
      .values({ key: DATASET_ID_KEY, value: randomBytes(8).toString("hex") })
      .onConflictDoNothing()
      .run();
    const row = this.db
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, DATASET_ID_KEY))
      .get();
    if (row === undefined) throw new Error(`${this.path}: the dataset id could not be stored`);
    return row.value;
  }

  // Iterations

  createIteration(input: NewIteration): Iteration {
    return this.db.transaction(
      (tx) => {
        if (input.id !== undefined) {
          const existing = tx.select().from(iterations).where(eq(iterations.id, input.id)).get();
          if (existing) return existing;
        }
        if (input.parent !== undefined && input.parent !== null) {
          const parent = tx
            .select({ id: iterations.id })
            .from(iterations)
            .where(eq(iterations.id, input.parent))
            .get();
          if (!parent) throw new IterationNotFoundError(input.parent);
        }
        const newest = tx
          .select({ id: iterations.id })
          .from(iterations)
          .orderBy(desc(iterations.id))
          .limit(1)
          .get();
        const id = input.id ?? (newest ? newest.id + 1 : 0);
        return tx
          .insert(iterations)
          .values({ ...input, id, createdAt: input.createdAt ?? this.clock() })
          .returning()
          .get();
      },
      { behavior: "immediate" },
    );
  }

  getIteration(id: number): Iteration | undefined {
    return this.db.select().from(iterations).where(eq(iterations.id, id)).get();
  }

  listIterations(): Iteration[] {
    return this.db.select().from(iterations).orderBy(asc(iterations.id)).all();
  }

  currentIteration(): Iteration | undefined {
    const pinned = this.db
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, CURRENT_ITERATION_KEY))
      .get();
    if (pinned) {
      const iteration = this.getIteration(Number(pinned.value));
      if (iteration) return iteration;
    }
    return this.db.select().from(iterations).orderBy(desc(iterations.id)).limit(1).get();
  }

  setCurrentIteration(id: number): void {
    if (!this.getIteration(id)) throw new IterationNotFoundError(id);
    this.db
      .insert(settings)
      .values({ key: CURRENT_ITERATION_KEY, value: String(id) })
      .onConflictDoUpdate({ target: settings.key, set: { value: String(id) } })
      .run();
  }

  // Rounds

  createRound(input: NewRound): Round {
    if (input.id !== undefined && !ROUND_ID.test(input.id)) throw new InvalidRoundIdError(input.id);
    return this.db.transaction(
      (tx) => {
        if (input.id !== undefined) {
          const existing = tx.select().from(rounds).where(eq(rounds.id, input.id)).get();
          if (existing) return existing;
        }
        const iteration = tx
          .select({ id: iterations.id })
          .from(iterations)
          .where(eq(iterations.id, input.iterationId))
          .get();
        if (!iteration) throw new IterationNotFoundError(input.iterationId);
        let id = input.id;
        if (id === undefined) {
          const taken = tx
            .select({ n: count() })
            .from(rounds)
            .where(eq(rounds.iterationId, iteration.id))
            .get();
          let n = (taken?.n ?? 0) + 1;
          const exists = (candidate: string) =>
            tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, candidate)).get() !== undefined;
          while (exists(`r-${iteration.id}-${n}`)) n++;
          id = `r-${iteration.id}-${n}`;
        }
        return tx
          .insert(rounds)
          .values({
            id,
            iterationId: iteration.id,
            model: input.model,
            config: input.config,
            createdAt: input.createdAt ?? this.clock(),
          })
          .returning()
          .get();
      },
      { behavior: "immediate" },
    );
  }

  getRound(id: string): Round | undefined {
    return this.db.select().from(rounds).where(eq(rounds.id, id)).get();
  }

  listRounds(filter: RoundFilter = {}): Round[] {
    return (
      this.db
        .select()
        .from(rounds)
        .where(filter.iteration === undefined ? undefined : eq(rounds.iterationId, filter.iteration))
        // Rowids grow with each insert: creation order even within one millisecond.
        .orderBy(sql`${rounds}.rowid`)
        .all()
    );
  }

  setRoundStatus(id: string, status: RoundStatus, details: RoundStatusDetails = {}): Round {
    const now = this.clock();
    const set: {
      status: RoundStatus;
      startedAt?: SQL;
      finishedAt?: SQL | null;
      error?: string | null;
      counts?: RoundCounts | null;
    } = { status };
    if (status === "running") {
      set.startedAt = sql`coalesce(${rounds.startedAt}, ${now})`;
      set.finishedAt = null;
      set.error = null;
      set.counts = null;
    } else if (status !== "pending") {
      set.finishedAt = sql`coalesce(${rounds.finishedAt}, ${now})`;
    }
    if (details.error !== undefined) set.error = details.error;
    if (details.counts !== undefined) set.counts = details.counts;
    const round = this.db.update(rounds).set(set).where(eq(rounds.id, id)).returning().get();
    if (!round) throw new RoundNotFoundError(id);
    return round;
  }

  // Puzzles

  insertPuzzles(rows: readonly NewPuzzle[]): PuzzleInsertOutcome[] {
    if (rows.length === 0) return [];
    const now = this.clock();
    const values = rows.map((row) => ({ ...row, createdAt: row.createdAt ?? now }));
    const perStatement = rowsPerStatement(columnCount(puzzles));
    return this.db.transaction(
      (tx) => {
        const created = new Map<string, number>();
        for (const slice of chunk(values, perStatement)) {
          const fresh = tx
            .insert(puzzles)
            .values(slice)
            .onConflictDoNothing({ target: puzzles.hash })
            .returning({ id: puzzles.id, hash: puzzles.hash })
            .all();
          for (const row of fresh) created.set(row.hash, row.id);
        }
        const stored = new Map<string, number>();
        const others = [...new Set(rows.map((row) => row.hash))].filter((hash) => !created.has(hash));
        for (const slice of chunk(others, rowsPerStatement(1))) {
          const found = tx
            .select({ id: puzzles.id, hash: puzzles.hash })
            .from(puzzles)
            .where(inArray(puzzles.hash, slice))
            .all();
          for (const row of found) stored.set(row.hash, row.id);
        }
        // Within a batch, the first row of a hash is the one that created the puzzle.
        const claimed = new Set<string>();
        return rows.map(({ hash }) => {
          const id = created.get(hash);
          if (id !== undefined && !claimed.has(hash)) {
            claimed.add(hash);
            return { id, hash, inserted: true };
          }
          return { id: id ?? stored.get(hash)!, hash, inserted: false };
        });
      },
      { behavior: "immediate" },
    );
  }

  getPuzzle(id: number): Puzzle | undefined {
    return this.db.select().from(puzzles).where(eq(puzzles.id, id)).get();
  }

  getPuzzleByHash(hash: string): Puzzle | undefined {
    return this.db.select().from(puzzles).where(eq(puzzles.hash, hash)).get();
  }

  listPuzzles(filter: PuzzleFilter = {}): Puzzle[] {
    return this.db.select().from(puzzles).where(this.puzzleWhere(filter)).orderBy(asc(puzzles.id)).all();
  }

  countPuzzlesByOrigin(filter: PuzzleFilter = {}): Record<PuzzleOrigin, number> {
    const rows = this.db
      .select({ key: puzzles.origin, n: count() })
      .from(puzzles)
      .where(this.puzzleWhere(filter))
      .groupBy(puzzles.origin)
      .all();
    return tally(PUZZLE_ORIGINS, rows);
  }

  private puzzleWhere(filter: PuzzleFilter): SQL | undefined {
    return and(
      filter.roundId === undefined ? undefined : eq(puzzles.roundId, filter.roundId),
      filter.origin === undefined ? undefined : eq(puzzles.origin, filter.origin),
    );
  }

  // Attempts

  insertAttempts(rows: readonly NewAttempt[]): number {
    if (rows.length === 0) return 0;
    const now = this.clock();
    const values = rows.map((row) => ({ ...row, createdAt: row.createdAt ?? now }));
    const perStatement = rowsPerStatement(columnCount(attempts));
    return this.db.transaction(
      (tx) => {
        let inserted = 0;
        for (const slice of chunk(values, perStatement)) {
          inserted += tx
            .insert(attempts)
            .values(slice)
            .onConflictDoNothing({ target: [attempts.puzzleId, attempts.solutionHash] })
            .run().changes;
        }
        return inserted;
      },
      { behavior: "immediate" },
    );
  }

  countAttemptsByStatus(roundId: string): Record<AttemptStatus, number> {
    const rows = this.db
      .select({ key: attempts.status, n: count() })
      .from(attempts)
      .where(eq(attempts.roundId, roundId))
      .groupBy(attempts.status)
      .all();
    return tally(ATTEMPT_STATUSES, rows);
  }

  puzzleAttemptCounts(filter: AttemptCountFilter = {}): PuzzleAttemptCount[] {
    return this.db
      .select({
        puzzleId: attempts.puzzleId,
        attempts: count(),
        samples: sql<number>`coalesce(sum(${attempts.copies}), 0)`.mapWith(Number),
        verified:
          sql<number>`coalesce(sum((${attempts.status} = ${VERIFIED}) * ${attempts.copies}), 0)`.mapWith(
            Number,
          ),
      })
      .from(attempts)
      .innerJoin(rounds, eq(rounds.id, attempts.roundId))
      .where(
        and(
          filter.roundId === undefined ? undefined : eq(attempts.roundId, filter.roundId),
          filter.iteration === undefined ? undefined : eq(rounds.iterationId, filter.iteration),
        ),
      )
      .groupBy(attempts.puzzleId)
      .orderBy(asc(attempts.puzzleId))
      .all();
  }

  // Model calls

  insertModelCalls(rows: readonly NewModelCall[]): number {
    if (rows.length === 0) return 0;
    const now = this.clock();
    const values = rows.map((row) => ({ ...row, createdAt: row.createdAt ?? now }));
    const perStatement = rowsPerStatement(columnCount(modelCalls));
    return this.db.transaction(
      (tx) => {
        let inserted = 0;
        for (const slice of chunk(values, perStatement)) {
          inserted += tx
            .insert(modelCalls)
            .values(slice)
            .onConflictDoNothing({ target: modelCalls.key })
            .run().changes;
        }
        return inserted;
      },
      { behavior: "immediate" },
    );
  }

  modelCallSums(roundId: string): ModelCallSums {
    const rows = this.db
      .select({
        kind: modelCalls.kind,
        calls: count(),
        errors: count(modelCalls.error),
        promptTokens: sql<number>`coalesce(sum(${modelCalls.promptTokens}), 0)`.mapWith(Number),
        completionTokens: sql<number>`coalesce(sum(${modelCalls.completionTokens}), 0)`.mapWith(Number),
        latencyMs: sql<number>`coalesce(sum(${modelCalls.latencyMs}), 0)`.mapWith(Number),
      })
      .from(modelCalls)
      .where(eq(modelCalls.roundId, roundId))
      .groupBy(modelCalls.kind)
      .all();
    const byKind = Object.fromEntries(MODEL_CALL_KINDS.map((kind) => [kind, emptyTotals()])) as Record<
      ModelCallKind,
      ModelCallTotals
    >;
    const sums: ModelCallSums = { ...emptyTotals(), byKind };
    for (const { kind, ...totals } of rows) {
      byKind[kind] = totals;
      sums.calls += totals.calls;
      sums.errors += totals.errors;
      sums.promptTokens += totals.promptTokens;
      sums.completionTokens += totals.completionTokens;
      sums.latencyMs += totals.latencyMs;
    }
    return sums;
  }

  // Failures

  insertFailures(rows: readonly NewFailure[]): number {
    if (rows.length === 0) return 0;
    const now = this.clock();
    const values = rows.map((row) => ({ ...row, createdAt: row.createdAt ?? now }));
    const perStatement = rowsPerStatement(columnCount(failures));
    return this.db.transaction(
      (tx) => {
        let inserted = 0;
        for (const slice of chunk(values, perStatement)) {
          inserted += tx
            .insert(failures)
            .values(slice)
            .onConflictDoNothing({ target: failures.key })
            .run().changes;
        }
        return inserted;
      },
      { behavior: "immediate" },
    );
  }

  listFailures(filter: FailureFilter = {}): Failure[] {
    return this.db
      .select()
      .from(failures)
      .where(filter.roundId === undefined ? undefined : eq(failures.roundId, filter.roundId))
      .orderBy(asc(failures.id))
      .all();
  }

  transaction<T>(body: () => T): T {
    // better-sqlite3 turns the transactions of the store calls inside `body` into savepoints of this one.
    return this.sqlite.transaction(body).immediate();
  }

  // Verified pairs

  verifiedPairs(query: VerifiedPairsQuery): Generator<VerifiedPair, void, undefined> {
    const stream = this.streamVerifiedPairs(query, () => this.streams.delete(stream));
    this.streams.add(stream);
    return stream;
  }

  private *streamVerifiedPairs(
    query: VerifiedPairsQuery,
    ended: () => void,
  ): Generator<VerifiedPair, void, undefined> {
    const maxPerPuzzle = query.maxPerPuzzle ?? Number.POSITIVE_INFINITY;
    const { select, keys } = this.verifiedPairsSelect(query);
    const { sql: text, params } = select.toSQL();
    const reader = this.openReader();
    try {
      const statement = reader.prepare(text).raw(true);
      // An in-memory database has no second connection to stream on; its rows are in memory already.
      const rows = (
        reader === this.sqlite ? statement.all(...params) : statement.iterate(...params)
      ) as Iterable<unknown[]>;
      let puzzleId: number | undefined;
      let taken = 0;
      for (const row of rows) {
        const pair = Object.fromEntries(keys.map((key, i) => [key, row[i]])) as unknown as VerifiedPair;
        if (pair.puzzleId !== puzzleId) {
          puzzleId = pair.puzzleId;
          taken = 0;
        }
        if (taken >= maxPerPuzzle) continue;
        taken++;
        yield pair;
      }
    } finally {
      this.closeReader(reader);
      ended();
    }
  }

  /** The query behind `verifiedPairs`: built with drizzle, run by better-sqlite3 so that it can stream. */
  private verifiedPairsSelect(query: VerifiedPairsQuery) {
    const inIteration = eq(rounds.iterationId, query.iteration);
    const stats = this.db.$with("stats").as(
      this.db
        .select({
          puzzleId: attempts.puzzleId,
          samples: sql<number>`sum(${attempts.copies})`.as("n_samples"),
          verified: sql<number>`sum((${attempts.status} = ${VERIFIED}) * ${attempts.copies})`.as(
            "n_verified",
          ),
        })
        .from(attempts)
        .innerJoin(rounds, eq(rounds.id, attempts.roundId))
        .where(inIteration)
        .groupBy(attempts.puzzleId),
    );
    // Rows are read as arrays; `keys` names their cells, in the order drizzle selects the fields.
    const fields = { ...pairColumns, samples: stats.samples, verified: stats.verified };
    const select = this.db
      .with(stats)
      .select(fields)
      .from(attempts)
      .innerJoin(rounds, eq(rounds.id, attempts.roundId))
      .innerJoin(puzzles, eq(puzzles.id, attempts.puzzleId))
      .innerJoin(stats, eq(stats.puzzleId, attempts.puzzleId))
      .where(
        and(
          inIteration,
          eq(attempts.status, VERIFIED),
          query.origin === undefined ? undefined : eq(puzzles.origin, query.origin),
        ),
      )
      .orderBy(asc(attempts.puzzleId), sql`length(${attempts.solution})`, asc(attempts.solutionHash));
    return { select, keys: Object.keys(fields) };
  }

  /**
   * A connection of its own for a long read, so that the store stays usable while a stream is open (a
   * better-sqlite3 connection is busy for as long as one of its statements iterates). In WAL it reads one
   * consistent snapshot. An in-memory database cannot be shared: it reads on the main connection.
   */
  private openReader(): Database.Database {
    if (this.path === MEMORY_PATH) return this.sqlite;
    const reader = new Database(this.path, {
      readonly: true,
      fileMustExist: true,
      timeout: this.busyTimeoutMs,
    });
    this.readers.add(reader);
    return reader;
  }

  private closeReader(reader: Database.Database): void {
    if (reader === this.sqlite) return;
    this.readers.delete(reader);
    if (reader.open) reader.close();
  }

  // Exports and evaluations

  insertExport(row: NewExport): ExportRecord {
    if (!this.getIteration(row.iterationId)) throw new IterationNotFoundError(row.iterationId);
    return this.db
      .insert(datasetExports)
      .values({ ...row, createdAt: row.createdAt ?? this.clock() })
      .returning()
      .get();
  }

  listExports(filter: IterationFilter = {}): ExportRecord[] {
    return this.db
      .select()
      .from(datasetExports)
      .where(filter.iteration === undefined ? undefined : eq(datasetExports.iterationId, filter.iteration))
      .orderBy(asc(datasetExports.id))
      .all();
  }

  insertEvaluation(row: NewEvaluation): Evaluation {
    if (row.iterationId !== undefined && row.iterationId !== null && !this.getIteration(row.iterationId)) {
      throw new IterationNotFoundError(row.iterationId);
    }
    return this.db
      .insert(evaluations)
      .values({ ...row, createdAt: row.createdAt ?? this.clock() })
      .returning()
      .get();
  }

  listEvaluations(filter: IterationFilter = {}): Evaluation[] {
    return this.db
      .select()
      .from(evaluations)
      .where(filter.iteration === undefined ? undefined : eq(evaluations.iterationId, filter.iteration))
      .orderBy(asc(evaluations.id))
      .all();
  }

  close(): void {
    // A connection cannot close while one of its statements iterates: end the streams first.
    for (const stream of this.streams) stream.return();
    this.streams.clear();
    for (const reader of [...this.readers]) this.closeReader(reader);
    if (this.sqlite.open) this.sqlite.close();
  }
}
