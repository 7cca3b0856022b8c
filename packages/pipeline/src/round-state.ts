/** A round's live state in Redis: its plan, idempotent counters, what it lost, and whether it is complete. */
import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import {
  type JobFailure,
  jobFailure,
  type RoundPlan,
  roundPlan,
  type SolvedExampleP,
  solvedExample,
} from "./jobs.ts";
import { GUARD_COMPLETE_FIELD, puzzleOwners, ROUNDS, type RoundKeys, roundKeys } from "./redis/keys.ts";

const COUNT_ONCE = readFileSync(new URL("./lua/count-once.lua", import.meta.url), "utf8");
const CLAIM_PUZZLE = readFileSync(new URL("./lua/claim-puzzle.lua", import.meta.url), "utf8");

/** Rounds kept in the list of rounds Redis knows: enough for `status`, without growing forever. */
const ROUNDS_KEPT = 1000;

type CountOnce = (
  guard: string,
  counts: string,
  event: string,
  value: string,
  ...increments: string[]
) => Promise<number>;
type ClaimPuzzle = (guard: string, completeField: string, hash: string, owner: string) => Promise<number>;

/** Who holds a puzzle hash: this owner, someone else, or nobody can tell (the guard is gone). */
export type Claim = "mine" | "taken" | "no-guard";

export type RoundStatus = "running" | "done" | "failed" | "cancelled" | "unknown";

/** Reads and writes one round's state. Every write may be repeated by a retried job without effect. */
export class RoundState {
  readonly keys: RoundKeys;

  constructor(
    private readonly redis: Redis,
    readonly round: string,
  ) {
    this.keys = roundKeys(round);
    const commands = redis as unknown as { countOnce?: unknown; claimPuzzle?: unknown };
    if (!commands.countOnce) redis.defineCommand("countOnce", { numberOfKeys: 2, lua: COUNT_ONCE });
    if (!commands.claimPuzzle) redis.defineCommand("claimPuzzle", { numberOfKeys: 1, lua: CLAIM_PUZZLE });
  }

  async savePlan(plan: RoundPlan): Promise<void> {
    await this.redis
      .multi()
      .hset(this.keys.meta, { plan: JSON.stringify(plan), status: "running", startedAt: String(Date.now()) })
      .rpush(ROUNDS, plan.id)
      .ltrim(ROUNDS, -ROUNDS_KEPT, -1)
      .exec();
  }

  async plan(): Promise<RoundPlan | undefined> {
    const raw = await this.redis.hget(this.keys.meta, "plan");
    if (raw === null) return undefined;
    // A plan written by an older version of the loop is treated as unknown rather than trusted.
    const parsed = roundPlan.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }

  /** The solved examples every solving prompt of the round shows: kept once here, not in each job. */
  async saveSolveExamples(examples: readonly SolvedExampleP[]): Promise<void> {
    await this.redis.hset(this.keys.meta, "solveExamples", JSON.stringify(examples));
  }

  async solveExamples(): Promise<SolvedExampleP[]> {
    const raw = await this.redis.hget(this.keys.meta, "solveExamples");
    const parsed = solvedExample.array().safeParse(raw === null ? [] : safeJson(raw));
    return parsed.success ? parsed.data : [];
  }

  async status(): Promise<{ status: RoundStatus; error?: string; startedAt?: number; finishedAt?: number }> {
    const meta = await this.redis.hgetall(this.keys.meta);
    return {
      status: (meta.status as RoundStatus | undefined) ?? "unknown",
      ...(meta.error ? { error: meta.error } : {}),
      ...(meta.startedAt ? { startedAt: Number(meta.startedAt) } : {}),
      ...(meta.finishedAt ? { finishedAt: Number(meta.finishedAt) } : {}),
    };
  }

  /** Ends the round in Redis; the first end is kept (its time and, when it failed, why). */
  async setStatus(status: "done" | "failed" | "cancelled", error?: string): Promise<void> {
    const current = await this.status();
    const fields: Record<string, string> = { status };
    if (current.finishedAt === undefined) fields.finishedAt = String(Date.now());
    if (error !== undefined) fields.error = error;
    await this.redis.hset(this.keys.meta, fields);
  }

  /** Adds to counters once per `event`; returns whether this was the first time. */
  async countOnce(event: string, value: string, increments: Record<string, number>): Promise<boolean> {
    const args = Object.entries(increments).flatMap(([field, by]) => [field, String(by)]);
    const fn = (this.redis as unknown as { countOnce: CountOnce }).countOnce.bind(this.redis);
    return (await fn(this.keys.events, this.keys.counts, event, value, ...args)) === 1;
  }

  /** Whether `event` has been counted. */
  async counted(event: string): Promise<boolean> {
    return (await this.redis.hexists(this.keys.events, event)) === 1;
  }

  async counts(): Promise<Record<string, number>> {
    const raw = await this.redis.hgetall(this.keys.counts);
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
  }

  /**
   * Claims a normalised puzzle hash for `owner` across all rounds of the database. A retry of the same
   * job is the same owner and keeps its claim; anyone else has found a duplicate.
   */
  async claimPuzzle(dataset: string, hash: string, owner: string): Promise<Claim> {
    const fn = (this.redis as unknown as { claimPuzzle: ClaimPuzzle }).claimPuzzle.bind(this.redis);
    const result = await fn(puzzleOwners(dataset), GUARD_COMPLETE_FIELD, hash, owner);
    return result === 1 ? "mine" : result === 0 ? "taken" : "no-guard";
  }

  async markGenerated(jobId: string, accepted: number): Promise<void> {
    await this.redis.hset(this.keys.generated, jobId, String(accepted));
  }

  async add(set: "accepted" | "solved" | "verified" | "persisted" | "lost", hash: string): Promise<void> {
    await this.redis.sadd(this.keys[set], hash);
  }

  /** A puzzle found stored by another round at the unique index: it was a duplicate after all. */
  async unaccept(hash: string): Promise<void> {
    await this.redis.srem(this.keys.accepted, hash);
  }

  /** Keeps what failed for good; the first record of a job stays. */
  async recordFailure(jobId: string, failure: JobFailure): Promise<void> {
    await this.redis.hsetnx(
      this.keys.failed,
      jobId,
      JSON.stringify({ ...failure, message: failure.message.slice(0, 500) }),
    );
  }

  /** Jobs that failed for good, by job id. */
  async failures(): Promise<Record<string, JobFailure>> {
    const raw = await this.redis.hgetall(this.keys.failed);
    const out: Record<string, JobFailure> = {};
    for (const [jobId, text] of Object.entries(raw)) {
      const parsed = jobFailure.safeParse(safeJson(text));
      // A record from an older version held the message alone.
      out[jobId] = parsed.success
        ? parsed.data
        : {
            stage: "round",
            message: text,
            puzzleHash: null,
            model: null,
            callKind: null,
            attemptsMade: 0,
            at: 0,
          };
    }
    return out;
  }

  async recordEvaluation(seedId: string, n: number, c: number): Promise<void> {
    await this.redis.hset(this.keys.evalResults, seedId, `${n},${c}`);
  }

  async evaluationResults(): Promise<Record<string, { n: number; c: number }>> {
    const raw = await this.redis.hgetall(this.keys.evalResults);
    return Object.fromEntries(
      Object.entries(raw).map(([id, v]) => {
        const [n, c] = v.split(",").map(Number);
        return [id, { n: n ?? 0, c: c ?? 0 }];
      }),
    );
  }

  /** A job's model call has started; {@link modelCallEnded} removes it again. */
  async modelCallStarted(jobId: string): Promise<void> {
    await this.redis.zadd(this.keys.inflight, Date.now(), jobId);
  }

  async modelCallEnded(jobId: string): Promise<void> {
    await this.redis.zrem(this.keys.inflight, jobId);
  }

  /** Model calls in flight and when the oldest started. */
  async inflight(): Promise<{ calls: number; oldestAt?: number }> {
    const [calls, oldest] = await Promise.all([
      this.redis.zcard(this.keys.inflight),
      this.redis.zrange(this.keys.inflight, 0, 0, "WITHSCORES"),
    ]);
    return calls > 0 && oldest[1] !== undefined ? { calls, oldestAt: Number(oldest[1]) } : { calls };
  }

  /** Remembers a model-output key of the round, so that it expires with the round. */
  async noteOutput(key: string): Promise<void> {
    await this.redis.sadd(this.keys.outputs, key);
  }

  /** Sizes of every stage's set, for progress and for completion. */
  async progress(): Promise<RoundProgress> {
    const k = this.keys;
    const [generated, accepted, solved, verified, persisted, lost, lostButStored, failed] = await Promise.all(
      [
        this.redis.hlen(k.generated),
        this.redis.scard(k.accepted),
        this.redis.scard(k.solved),
        this.redis.scard(k.verified),
        this.redis.scard(k.persisted),
        this.redis.scard(k.lost),
        this.redis.sintercard(2, k.lost, k.persisted),
        this.redis.hlen(k.failed),
      ],
    );
    return {
      generateJobsDone: generated,
      accepted,
      solved,
      verified,
      persisted,
      lost: lost - lostButStored,
      failedJobs: failed,
    };
  }

  /** Complete when every generate job has ended and every accepted puzzle is stored or lost. */
  async isComplete(plan: RoundPlan): Promise<boolean> {
    const p = await this.progress();
    return p.generateJobsDone >= plan.generateJobs && p.persisted + p.lost >= p.accepted;
  }

  /** Lets every key of the round (and the model outputs it recorded) expire in `seconds`. */
  async expire(seconds: number): Promise<void> {
    const outputs = await this.redis.smembers(this.keys.outputs);
    const pipeline = this.redis.pipeline();
    for (const key of [...Object.values(this.keys), ...outputs]) pipeline.expire(key, seconds);
    await pipeline.exec();
  }
}

export interface RoundProgress {
  generateJobsDone: number;
  accepted: number;
  solved: number;
  verified: number;
  persisted: number;
  /** Accepted puzzles whose results will never be stored. */
  lost: number;
  /** Jobs that failed for good. */
  failedJobs: number;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
