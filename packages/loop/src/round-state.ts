/** A round's live state in Redis: its plan, idempotent counters, and whether it is complete. */
import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import { type RoundPlan, roundPlan } from "./jobs.ts";
import { puzzleOwners, ROUNDS, type RoundKeys, roundKeys } from "./redis/keys.ts";

const COUNT_ONCE = readFileSync(new URL("./lua/count-once.lua", import.meta.url), "utf8");

type CountOnce = (
  guard: string,
  counts: string,
  event: string,
  value: string,
  ...increments: string[]
) => Promise<number>;

/** Reads and writes one round's state. Every write may be repeated by a retried job without effect. */
export class RoundState {
  readonly keys: RoundKeys;

  constructor(
    private readonly redis: Redis,
    readonly round: string,
  ) {
    this.keys = roundKeys(round);
    if (!(redis as unknown as { countOnce?: unknown }).countOnce) {
      redis.defineCommand("countOnce", { numberOfKeys: 2, lua: COUNT_ONCE });
    }
  }

  async savePlan(plan: RoundPlan): Promise<void> {
    await this.redis
      .multi()
      .hset(this.keys.meta, { plan: JSON.stringify(plan), status: "running", startedAt: String(Date.now()) })
      .rpush(ROUNDS, plan.id)
      .exec();
  }

  async plan(): Promise<RoundPlan | undefined> {
    const raw = await this.redis.hget(this.keys.meta, "plan");
    if (raw === null) return undefined;
    // A plan written by an older version of the loop is treated as unknown rather than trusted.
    const parsed = roundPlan.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }

  async status(): Promise<{ status: string; startedAt?: number; finishedAt?: number }> {
    const meta = await this.redis.hgetall(this.keys.meta);
    return {
      status: meta.status ?? "unknown",
      ...(meta.startedAt ? { startedAt: Number(meta.startedAt) } : {}),
      ...(meta.finishedAt ? { finishedAt: Number(meta.finishedAt) } : {}),
    };
  }

  async setStatus(status: "done" | "failed" | "cancelled"): Promise<void> {
    await this.redis.hset(this.keys.meta, { status, finishedAt: String(Date.now()) });
  }

  /** Adds to counters once per `event`; returns whether this was the first time. */
  async countOnce(event: string, value: string, increments: Record<string, number>): Promise<boolean> {
    const args = Object.entries(increments).flatMap(([field, by]) => [field, String(by)]);
    const fn = (this.redis as unknown as { countOnce: CountOnce }).countOnce.bind(this.redis);
    return (await fn(this.keys.events, this.keys.counts, event, value, ...args)) === 1;
  }

  async counts(): Promise<Record<string, number>> {
    const raw = await this.redis.hgetall(this.keys.counts);
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
  }

  /**
   * Claims a normalised puzzle hash for `owner` across all rounds. A retry of the same job is the
   * same owner and keeps its claim; anyone else has found a duplicate.
   */
  async claimPuzzle(dataset: string, hash: string, owner: string): Promise<boolean> {
    const key = puzzleOwners(dataset);
    const set = await this.redis.hsetnx(key, hash, owner);
    return set === 1 || (await this.redis.hget(key, hash)) === owner;
  }

  async markGenerated(jobId: string, accepted: number): Promise<void> {
    await this.redis.hset(this.keys.generated, jobId, String(accepted));
  }

  async add(set: "accepted" | "solved" | "verified" | "persisted", hash: string): Promise<void> {
    await this.redis.sadd(this.keys[set], hash);
  }

  async markFailed(jobId: string, error: string): Promise<void> {
    await this.redis.hset(this.keys.failed, jobId, error.slice(0, 500));
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

  /** Sizes of every stage's set, for progress and for completion. */
  async progress(): Promise<RoundProgress> {
    const k = this.keys;
    const [generated, accepted, solved, verified, persisted, failed] = await Promise.all([
      this.redis.hlen(k.generated),
      this.redis.scard(k.accepted),
      this.redis.scard(k.solved),
      this.redis.scard(k.verified),
      this.redis.scard(k.persisted),
      this.redis.hgetall(k.failed),
    ]);
    return { generateJobsDone: generated, accepted, solved, verified, persisted, failed };
  }

  /** Done when every generate job has finished and every accepted puzzle's results are stored. */
  async isComplete(plan: RoundPlan): Promise<boolean> {
    const p = await this.progress();
    return p.generateJobsDone >= plan.generateJobs && p.persisted >= p.accepted;
  }
}

export interface RoundProgress {
  generateJobsDone: number;
  accepted: number;
  solved: number;
  verified: number;
  persisted: number;
  failed: Record<string, string>;
}
