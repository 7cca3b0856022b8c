/**
 * The dashboard's one way into the loop: rounds and their live state in Redis, the queues, the SQLite
 * store and the report. The rest of the dashboard sees only the plain views of `views.ts`, so a change
 * in how the loop, the store or the report are packaged is a change to this folder alone.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { groupFailures } from "@puzzleloop/core";
import {
  cancelRound,
  LoopQueues,
  listRoundIds,
  type RoundPlan,
  type RoundSnapshot,
  RoundState,
  snapshotRound,
} from "@puzzleloop/pipeline";
import { connect } from "@puzzleloop/pipeline/redis";
import { buildReport, type IterationReport } from "@puzzleloop/report";
import type { Puzzle, Round, Store } from "@puzzleloop/store";
import type { Job, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { AttemptsReader } from "./attempts-reader.ts";
import { RateTracker, type StageCount } from "./rates.ts";
import { puzzleSummary, rejections } from "./reasons.ts";
import type {
  ActionResult,
  CallTotals,
  CostPerPair,
  ExportView,
  IterationsView,
  IterationView,
  LineageNode,
  Overview,
  PuzzleDetail,
  PuzzleRow,
  RedisView,
  RoundDetail,
  RoundLive,
  RoundStored,
  RoundView,
  StageView,
} from "./views.ts";

export type * from "./views.ts";

export interface DashboardDataOptions {
  /** The database the dashboard shows (opened by the caller, who closes it). */
  store: Store;
  /** The Redis of the queues. */
  redisUrl: string;
  /**
   * Rounds the overview lists, newest first.
   * @defaultValue 50
   */
  roundsShown?: number;
  /**
   * How long a read of Redis may take before Redis counts as not answering, in ms.
   * @defaultValue 3000
   */
  redisTimeoutMs?: number;
  /**
   * How far lineage is followed back from a puzzle, in prompts.
   * @defaultValue 6
   */
  lineageDepth?: number;
}

/** Failed jobs a queue is searched for (per queue), newest first. */
const FAILED_JOBS_SCANNED = 1000;

class RedisTimeoutError extends Error {
  override name = "RedisTimeoutError";
}

/** Where a round's live state and its stored record are read, and its actions taken. */
export class DashboardData {
  readonly redisUrl: string;
  private readonly store: Store;
  private readonly redis: Redis;
  private readonly queues: LoopQueues;
  private readonly reader: AttemptsReader;
  private readonly rates = new RateTracker();
  private readonly roundsShown: number;
  private readonly redisTimeoutMs: number;
  private readonly lineageDepth: number;
  private seedsById: Map<string, Puzzle> | undefined;

  constructor(options: DashboardDataOptions) {
    this.store = options.store;
    this.redisUrl = options.redisUrl;
    this.roundsShown = options.roundsShown ?? 50;
    this.redisTimeoutMs = options.redisTimeoutMs ?? 3000;
    this.lineageDepth = options.lineageDepth ?? 6;
    // One retry, not BullMQ's endless one: a page shows that Redis is away instead of hanging on it.
    this.redis = connect(options.redisUrl, { maxRetriesPerRequest: 1 });
    this.redis.on("error", () => {
      // Reported where a read fails: the pages say that Redis is not answering.
    });
    this.queues = new LoopQueues(this.redis, { dataset: this.store.datasetId });
    for (const queue of this.boardQueues()) {
      queue.on("error", () => {
        // As for the connection: a page says that Redis is not answering, once, not a log line a second.
      });
    }
    this.reader = new AttemptsReader(this.store.path);
  }

  /** The database file shown. */
  get database(): string {
    return this.store.path;
  }

  /** The queues of this database's rounds, for the queue board. */
  boardQueues(): Queue[] {
    const q = this.queues;
    return [q.generate, q.solve, q.verify, q.persist] as Queue[];
  }

  /** The newest rounds, stored or live, with their stages, reasons and costs. */
  async overview(): Promise<Overview> {
    const stored = this.store.listRounds().slice(-this.roundsShown).reverse();
    const { redis, live } = await this.readLive(stored.map((r) => r.id));
    const byId = new Map(stored.map((r) => [r.id, r]));
    const ids = [...new Set([...live.keys(), ...byId.keys()])];
    const rounds = ids
      .map((id) => this.roundView(id, byId.get(id), live.get(id) ?? null, redis.answering))
      .filter((r): r is RoundView => r !== undefined)
      .sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id))
      .slice(0, this.roundsShown);
    return { redis, database: this.store.path, rounds };
  }

  /** One round with its puzzles; undefined when neither the database nor Redis knows it. */
  async round(id: string): Promise<(RoundDetail & { redis: RedisView }) | undefined> {
    const stored = this.store.getRound(id);
    const { redis, live } = await this.readLive([id], true);
    const view = this.roundView(id, stored, live.get(id) ?? null, redis.answering);
    if (view === undefined) return undefined;
    const counts = new Map(this.store.puzzleAttemptCounts({ roundId: id }).map((c) => [c.puzzleId, c]));
    const puzzles: PuzzleRow[] = this.store.listPuzzles({ roundId: id }).map((p) => {
      const c = counts.get(p.id);
      // Samples: identical completions each counted, as the solve rate counts them.
      const attempts = c?.samples ?? 0;
      const verified = c?.verified ?? 0;
      return {
        id: p.id,
        hash: p.hash,
        summary: puzzleSummary(p.source),
        answerType: p.answerType,
        domain: p.domain,
        attempts,
        verified,
        status: attempts === 0 ? "no attempts" : verified > 0 ? "verified" : "unsolved",
        // Measured by the checks of issue 15 once they exist; the store has no column for them yet.
        checkerStrength: null,
        similarity: null,
      };
    });
    let failedJobs = 0;
    if (redis.answering) {
      try {
        failedJobs = (await this.withTimeout(this.failedJobsOf(id))).length;
      } catch {
        // Counted as none: the page already says whether Redis answers.
      }
    }
    return { round: view, puzzles, failedJobs, redis };
  }

  /** One stored puzzle with its attempts and lineage. */
  puzzle(id: number): PuzzleDetail | undefined {
    const p = this.store.getPuzzle(id);
    if (p === undefined) return undefined;
    return {
      id: p.id,
      hash: p.hash,
      source: p.source,
      solution: p.solution,
      origin: p.origin,
      seedId: p.seedId,
      roundId: p.roundId,
      model: p.model,
      answerType: p.answerType,
      domain: p.domain,
      createdAt: p.createdAt,
      attempts: this.reader.ofPuzzle(p.id),
      lineage: this.lineage(p.fewShotIds, new Set([`p${p.id}`]), this.lineageDepth),
    };
  }

  /** Every iteration as the report has it (one source of truth with `puzzleloop report`). */
  iterations(): IterationsView {
    const report = buildReport(this.store);
    return { ks: report.ks, iterations: report.iterations.map(iterationView) };
  }

  /** The path of file `name` of export `id`, when it is one of that export folder's files. */
  exportFile(id: number, name: string): string | undefined {
    const record = this.store.listExports().find((x) => x.id === id);
    if (record === undefined || !filesIn(record.dir).includes(name)) return undefined;
    return join(record.dir, name);
  }

  /** Cancels a running round of this database: its queued jobs go, what is stored stays. */
  async cancelRound(id: string): Promise<ActionResult> {
    const known = await this.ownRound(id);
    if (!known.ok) return known;
    const snapshot = await this.withTimeout(snapshotRound(this.redis, id));
    if (snapshot === undefined) return { ok: false, message: `round ${id} is unknown to Redis` };
    if (snapshot.status !== "running") {
      return { ok: false, message: `round ${id} is already ${snapshot.status}: nothing to cancel` };
    }
    const removed: Record<string, number> = (await cancelRound(this.redis, this.queues, id)) ?? {};
    const total = Object.values(removed).reduce((a, b) => a + b, 0);
    return {
      ok: true,
      message: `cancelled round ${id}: removed ${total} queued job(s); what the database holds of it stays`,
    };
  }

  /** Runs a running round's failed jobs again. */
  async retryFailed(id: string): Promise<ActionResult> {
    const known = await this.ownRound(id);
    if (!known.ok) return known;
    const { status } = await this.withTimeout(new RoundState(this.redis, id).status());
    if (status !== "running") {
      return {
        ok: false,
        message: `round ${id} is ${status}: its failed jobs were accounted for when it ended; start a new round to do the work again`,
      };
    }
    let retried = 0;
    for (const job of await this.withTimeout(this.failedJobsOf(id))) {
      try {
        await job.retry("failed");
        retried++;
      } catch {
        // Retried or removed meanwhile.
      }
    }
    return {
      ok: true,
      message:
        retried === 0
          ? `round ${id} has no failed jobs to retry`
          : `retried ${retried} failed job(s) of round ${id}`,
    };
  }

  async close(): Promise<void> {
    await this.queues.close().catch(() => {});
    this.redis.disconnect();
    this.reader.close();
  }

  /** A round Redis knows and this database owns. */
  private async ownRound(id: string): Promise<ActionResult> {
    const plan = await this.withTimeout(new RoundState(this.redis, id).plan());
    if (plan === undefined)
      return { ok: false, message: `round ${id} is unknown to Redis at ${this.redisUrl}` };
    if (plan.dataset !== this.store.datasetId) {
      return { ok: false, message: `round ${id} belongs to another database than ${this.store.path}` };
    }
    return { ok: true, message: "" };
  }

  /** The live state of this database's rounds in Redis: the newest ones Redis lists, and `ids`. */
  private async readLive(
    ids: readonly string[],
    only = false,
  ): Promise<{ redis: RedisView; live: Map<string, RoundLive> }> {
    const live = new Map<string, RoundLive>();
    try {
      await this.withTimeout(
        (async () => {
          const listed = only ? [] : await listRoundIds(this.redis, this.roundsShown);
          for (const id of new Set([...listed, ...ids])) {
            const plan = await new RoundState(this.redis, id).plan();
            if (plan?.dataset !== this.store.datasetId) continue;
            const snapshot = await snapshotRound(this.redis, id);
            if (snapshot === undefined) continue;
            live.set(id, this.liveView(plan, snapshot));
          }
        })(),
      );
    } catch (error) {
      return { redis: { url: this.redisUrl, answering: false, error: (error as Error).message }, live };
    }
    if (!only) this.rates.retain(new Set(live.keys()));
    return { redis: { url: this.redisUrl, answering: true }, live };
  }

  private liveView(plan: RoundPlan, snapshot: RoundSnapshot): RoundLive {
    const counts: StageCount[] = snapshot.stages;
    const rates =
      snapshot.status === "running"
        ? this.rates.running(snapshot.id, snapshot.at, counts)
        : this.rates.finished(snapshot.id, snapshot.startedAt, snapshot.finishedAt, counts);
    const stages: StageView[] = snapshot.stages.map((s) => ({
      ...s,
      ratePerS: rates.get(s.stage)?.ratePerS ?? null,
      etaS: rates.get(s.stage)?.etaS ?? null,
      unit: s.stage === "generate" ? "prompts" : "puzzles",
    }));
    return {
      plan: {
        kind: plan.kind,
        model: plan.model,
        iteration: plan.iteration,
        createdAt: plan.createdAt,
        config: {
          puzzles: plan.puzzles,
          attempts: plan.attempts,
          temperature: plan.temperature,
          fewShot: plan.fewShot,
          seed: plan.seed,
        },
      },
      status: snapshot.status,
      ...(snapshot.error !== undefined ? { error: snapshot.error } : {}),
      ...(snapshot.startedAt !== undefined ? { startedAt: snapshot.startedAt } : {}),
      ...(snapshot.finishedAt !== undefined ? { finishedAt: snapshot.finishedAt } : {}),
      at: snapshot.at,
      stages,
      rejected: rejections(snapshot.rejected),
      failures: snapshot.failures.map((f) => ({ reason: f.reason, count: f.count })),
      puzzlesLost: snapshot.puzzlesLost,
      truncated: snapshot.truncated,
      waitingOnModel: snapshot.waitingOnModel,
      attempts: snapshot.attempts,
      puzzlesAccepted: snapshot.puzzlesAccepted,
      puzzlesSolved: snapshot.puzzlesSolved,
      calls: { ...snapshot.calls, errors: null },
    };
  }

  private roundView(
    id: string,
    round: Round | undefined,
    live: RoundLive | null,
    redisAnswers: boolean,
  ): RoundView | undefined {
    const stored = round === undefined ? null : this.storedView(round);
    if (stored === null && live === null) return undefined;
    const config = round?.config;
    const planned = live?.plan;
    const { status, error } = currentStatus(stored, live, redisAnswers);
    return {
      id,
      kind: String(config?.kind ?? planned?.kind ?? "generate"),
      iteration: round?.iterationId ?? planned?.iteration ?? 0,
      model: round?.model ?? planned?.model ?? "",
      status,
      ...(error ? { error } : {}),
      createdAt: round?.createdAt ?? planned?.createdAt ?? 0,
      config:
        config === undefined
          ? (planned?.config ?? { puzzles: 0, attempts: 0 })
          : {
              puzzles: config.puzzles,
              attempts: config.attempts,
              temperature: config.temperature,
              fewShot: config.fewShot,
              seed: config.seed,
            },
      live,
      stored,
      cost: costPerPair(stored, live),
    };
  }

  private storedView(round: Round): RoundStored {
    const sums = this.store.modelCallSums(round.id);
    return {
      status: round.status,
      error: round.error,
      createdAt: round.createdAt,
      startedAt: round.startedAt,
      finishedAt: round.finishedAt,
      puzzles: this.store.countPuzzlesByOrigin({ roundId: round.id }).generated,
      attempts: this.store.countAttemptsByStatus(round.id),
      calls: {
        calls: sums.calls,
        errors: sums.errors,
        promptTokens: sums.promptTokens,
        completionTokens: sums.completionTokens,
        latencyMs: sums.latencyMs,
      },
      lost: round.counts?.lost ?? null,
      failures: groupFailures(this.store.listFailures({ roundId: round.id })).map((f) => ({
        reason: f.reason,
        count: f.count,
      })),
    };
  }

  /** Failed jobs of `round` still in the queues. */
  private async failedJobsOf(round: string): Promise<Job[]> {
    const found: Job[] = [];
    for (const queue of this.boardQueues()) {
      const jobs = await queue.getJobs(["failed"], 0, FAILED_JOBS_SCANNED - 1, false);
      for (const job of jobs) if (job !== undefined && roundOf(job.data) === round) found.push(job);
    }
    return found;
  }

  private lineage(refs: readonly string[], seen: Set<string>, depth: number): LineageNode[] {
    return refs.map((ref) => {
      const puzzle = this.resolveRef(ref);
      const repeated = seen.has(ref);
      seen.add(ref);
      const parents = puzzle?.fewShotIds ?? [];
      const follow = !repeated && depth > 1 && parents.length > 0;
      return {
        ref,
        puzzleId: puzzle?.id ?? null,
        origin: puzzle?.origin ?? null,
        roundId: puzzle?.roundId ?? null,
        summary: puzzle ? puzzleSummary(puzzle.source) : "",
        parents: follow ? this.lineage(parents, seen, depth - 1) : [],
        truncated: !follow && parents.length > 0,
      };
    });
  }

  /** A few-shot reference: `p<id>` for a stored puzzle, else a seed id. */
  private resolveRef(ref: string): Puzzle | undefined {
    const stored = /^p(\d+)$/.exec(ref);
    if (stored) return this.store.getPuzzle(Number(stored[1]));
    if (this.seedsById === undefined) {
      this.seedsById = new Map(
        this.store
          .listPuzzles({ origin: "seed" })
          .filter((p) => p.seedId !== null)
          .map((p) => [p.seedId as string, p]),
      );
    }
    const seed = this.seedsById.get(ref);
    // Seeds are stored by the first round that uses them: look again for one stored since.
    if (seed === undefined) this.seedsById = undefined;
    return seed;
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RedisTimeoutError(`no answer within ${this.redisTimeoutMs} ms`)),
        this.redisTimeoutMs,
      );
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}

/** A round that Redis should hold (the database has it open) but does not: its live state is gone. */
const STRANDED =
  "its state in Redis is gone (Redis flushed, or restarted without persistence): a persist worker (`puzzleloop worker --stages persist`) closes it from what the database holds";

/**
 * A round's status as truthfully as both records allow (as `puzzleloop status` has it): the database
 * is the record, but it lags while a round's end waits to be written, and cannot know that Redis has
 * forgotten a running round.
 */
function currentStatus(
  stored: RoundStored | null,
  live: RoundLive | null,
  redisAnswers: boolean,
): { status: string; error?: string } {
  const open = stored?.status === "running" || stored?.status === "pending";
  if (open && redisAnswers && live === null) return { status: "stranded", error: STRANDED };
  if (live?.status === "running" || live?.status === "cancelled") return { status: live.status };
  if (live !== null && (stored === null || open)) {
    return { status: live.status, ...(live.error ? { error: live.error } : {}) };
  }
  return { status: stored?.status ?? "unknown", ...(stored?.error ? { error: stored.error } : {}) };
}

/** The round a job's data belongs to (persist jobs of kind `round` carry it in their plan). */
function roundOf(data: unknown): string | undefined {
  const d = data as { round?: string; plan?: { id?: string } } | undefined;
  return d?.round ?? d?.plan?.id;
}

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Model use per verified pair, from what is stored once anything is, else from the live counters. */
function costPerPair(stored: RoundStored | null, live: RoundLive | null): CostPerPair {
  const useStored = stored !== null && total(stored.attempts) > 0;
  const verifiedPairs = useStored ? (stored.attempts.verified ?? 0) : (live?.attempts.verified ?? 0);
  const calls: CallTotals | undefined =
    stored !== null && stored.calls.calls > 0 ? stored.calls : live?.calls;
  if (verifiedPairs === 0 || calls === undefined) {
    return { verifiedPairs, callsPerPair: null, tokensPerPair: null };
  }
  const tokens = calls.promptTokens + calls.completionTokens;
  return {
    verifiedPairs,
    callsPerPair: calls.calls / verifiedPairs,
    tokensPerPair: tokens > 0 ? tokens / verifiedPairs : null,
  };
}

/** The files of an export folder, by name; none when it is gone. */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    return [];
  }
}

function iterationView(it: IterationReport): IterationView {
  return {
    id: it.id,
    model: it.model,
    parent: it.parent,
    current: it.current,
    rounds: it.rounds,
    puzzlesRequested: it.puzzlesRequested,
    puzzlesGenerated: it.puzzlesGenerated,
    puzzlesVerified: it.puzzlesVerified,
    attempts: it.attempts,
    verifiedAttempts: it.verifiedAttempts,
    meanSolveRate: it.meanSolveRate,
    passAtK: it.evaluation?.passAtK ?? null,
    byDomain: it.evaluation?.byDomain ?? null,
    exports: it.exports.map((x): ExportView => ({ ...x, files: filesIn(x.dir) })),
  };
}
