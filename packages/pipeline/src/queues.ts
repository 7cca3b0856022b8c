/** The four stage queues, their default job options, and deterministic job ids. */
import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { GenerateJob, PersistJob, RoundLimits, SolveJob, VerifyJob } from "./jobs.ts";
import { healthOf, reportRedisError } from "./redis/health.ts";
import { PREFIX } from "./redis/keys.ts";

export const STAGES = ["generate", "solve", "verify", "persist"] as const;
export type Stage = (typeof STAGES)[number];

export interface QueueOptions {
  /**
   * The database whose persist queue `persist` is (its `Store.datasetId`). Each database has its own
   * persist queue, so a persist worker only ever writes the rounds meant for its file.
   * @defaultValue "default"
   */
  dataset: string;
  /**
   * Runs per job before it fails for good, for jobs added without the round's own limits.
   * @defaultValue 3
   */
  attempts: number;
  /**
   * First retry delay in ms; each later one doubles.
   * @defaultValue 1000
   */
  backoffMs: number;
}

const DEFAULTS: QueueOptions = { dataset: "default", attempts: 3, backoffMs: 1000 };

/** How long finished jobs are kept when no round says otherwise, in seconds. */
const DEFAULT_KEEP_S = 24 * 3600;

/** The part of a round's limits that sets its jobs' options. */
export type JobLimits = Pick<RoundLimits, "jobAttempts" | "redisTtlS">;

/**
 * Job ids are derived from the work (round, index, puzzle hash), so adding the same work twice adds
 * one job. Finished jobs are kept as long as their round's state (its Redis TTL): the id guards
 * duplicates while a round can still retry, and the round's own sets in Redis guard them after.
 */
export class LoopQueues {
  readonly generate: Queue<GenerateJob>;
  readonly solve: Queue<SolveJob>;
  readonly verify: Queue<VerifyJob>;
  /** The persist queue of this instance's database. */
  readonly persist: Queue<PersistJob>;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly persistQueues = new Map<string, Queue<PersistJob>>();
  private readonly connection: Redis;

  constructor(connection: Redis, options: Partial<QueueOptions> = {}) {
    const { attempts, backoffMs, dataset } = { ...DEFAULTS, ...options };
    this.connection = connection;
    this.attempts = attempts;
    this.backoffMs = backoffMs;
    const opts = { connection, prefix: PREFIX };
    this.generate = this.watched(new Queue<GenerateJob>("generate", opts));
    this.solve = this.watched(new Queue<SolveJob>("solve", opts));
    this.verify = this.watched(new Queue<VerifyJob>("verify", opts));
    this.persist = this.persistFor(dataset);
  }

  /** The persist queue of the database named `dataset`. */
  persistFor(dataset: string): Queue<PersistJob> {
    let queue = this.persistQueues.get(dataset);
    if (queue === undefined) {
      queue = this.watched(
        new Queue<PersistJob>(persistQueueName(dataset), { connection: this.connection, prefix: PREFIX }),
      );
      this.persistQueues.set(dataset, queue);
    }
    return queue;
  }

  /** A queue whose errors join the Redis outage report, rather than being printed with their stack traces. */
  private watched<T extends Queue>(queue: T): T {
    queue.on("error", (error: Error) => reportRedisError(this.connection, error));
    return queue;
  }

  /** A round's job options: its attempts, and its jobs kept as long as its state. */
  private jobOptions(limits: JobLimits | undefined): JobsOptions {
    const keep = { age: limits?.redisTtlS ?? DEFAULT_KEEP_S };
    return {
      attempts: limits?.jobAttempts ?? this.attempts,
      backoff: { type: "exponential", delay: this.backoffMs },
      removeOnComplete: keep,
      removeOnFail: keep,
    };
  }

  addGenerate(job: GenerateJob, limits?: JobLimits) {
    return this.generate.add("generate", job, {
      ...this.jobOptions(limits),
      jobId: generateJobId(job.round, job.index),
    });
  }

  addSolve(job: SolveJob, limits?: JobLimits) {
    return this.solve.add("solve", job, {
      ...this.jobOptions(limits),
      jobId: solveJobId(job.round, job.puzzle.hash),
    });
  }

  addVerify(job: VerifyJob, limits?: JobLimits) {
    return this.verify.add("verify", job, {
      ...this.jobOptions(limits),
      jobId: verifyJobId(job.round, job.puzzle.hash),
    });
  }

  addPersist(dataset: string, job: PersistJob, jobId: string, limits?: JobLimits) {
    return this.persistFor(dataset).add(job.type, job, { ...this.jobOptions(limits), jobId });
  }

  /** Waiting, active, completed, failed and delayed counts per stage. */
  async counts(): Promise<Record<Stage, Record<string, number>>> {
    const entries = await Promise.all(
      STAGES.map(
        async (stage) =>
          [
            stage,
            await this[stage].getJobCounts(
              "waiting",
              "active",
              "completed",
              "failed",
              "delayed",
              "prioritized",
            ),
          ] as const,
      ),
    );
    return Object.fromEntries(entries) as Record<Stage, Record<string, number>>;
  }

  /** Closes the queues; with Redis gone it gives up after `timeoutMs`, rather than wait for it to return. */
  async close(timeoutMs = 3000): Promise<void> {
    const wait = healthOf(this.connection)?.isDown ? 0 : timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(
        [this.generate, this.solve, this.verify, ...this.persistQueues.values()].map((q) => q.close()),
      ),
      new Promise((resolve) => {
        timer = setTimeout(resolve, wait);
      }),
    ]);
    clearTimeout(timer);
  }
}

export const persistQueueName = (dataset: string) => `persist-${dataset}`;

export const generateJobId = (round: string, index: number) => `generate-${round}-${index}`;
export const solveJobId = (round: string, hash: string) => `solve-${round}-${short(hash)}`;
export const verifyJobId = (round: string, hash: string) => `verify-${round}-${short(hash)}`;
export const attemptsJobId = (round: string, hash: string) => `attempts-${round}-${short(hash)}`;
export const finishJobId = (round: string) => `finish-${round}`;

/** Enough of a sha256 hex digest to name a job uniquely within a round. */
export const short = (hash: string) => hash.slice(0, 24);
