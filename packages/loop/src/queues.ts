/** The four stage queues, their default job options, and deterministic job ids. */
import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { GenerateJob, PersistJob, SolveJob, VerifyJob } from "./jobs.ts";
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
   * Attempts per job before it fails for good.
   * @defaultValue 4
   */
  attempts: number;
  /**
   * First retry delay in ms; each later one doubles.
   * @defaultValue 1000
   */
  backoffMs: number;
}

const DEFAULTS: QueueOptions = { dataset: "default", attempts: 4, backoffMs: 1000 };

/**
 * Job ids are derived from the work (round, index, puzzle hash), so adding the same work twice adds
 * one job. Finished jobs are kept for a day: the id guards duplicates while a round can still
 * retry, and the round's own sets in Redis guard them after.
 */
export class LoopQueues {
  readonly generate: Queue<GenerateJob>;
  readonly solve: Queue<SolveJob>;
  readonly verify: Queue<VerifyJob>;
  /** The persist queue of this instance's database. */
  readonly persist: Queue<PersistJob>;
  private readonly jobOptions: JobsOptions;
  private readonly persistQueues = new Map<string, Queue<PersistJob>>();
  private readonly connection: Redis;

  constructor(connection: Redis, options: Partial<QueueOptions> = {}) {
    const { attempts, backoffMs, dataset } = { ...DEFAULTS, ...options };
    this.connection = connection;
    this.jobOptions = {
      attempts,
      backoff: { type: "exponential", delay: backoffMs },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
    const opts = { connection, prefix: PREFIX };
    this.generate = new Queue<GenerateJob>("generate", opts);
    this.solve = new Queue<SolveJob>("solve", opts);
    this.verify = new Queue<VerifyJob>("verify", opts);
    this.persist = this.persistFor(dataset);
  }

  /** The persist queue of the database named `dataset`. */
  persistFor(dataset: string): Queue<PersistJob> {
    let queue = this.persistQueues.get(dataset);
    if (queue === undefined) {
      queue = new Queue<PersistJob>(persistQueueName(dataset), {
        connection: this.connection,
        prefix: PREFIX,
      });
      this.persistQueues.set(dataset, queue);
    }
    return queue;
  }

  addGenerate(job: GenerateJob) {
    return this.generate.add("generate", job, {
      ...this.jobOptions,
      jobId: generateJobId(job.round, job.index),
    });
  }

  addSolve(job: SolveJob) {
    return this.solve.add("solve", job, {
      ...this.jobOptions,
      jobId: `solve-${job.round}-${short(job.puzzle.hash)}`,
    });
  }

  addVerify(job: VerifyJob) {
    return this.verify.add("verify", job, {
      ...this.jobOptions,
      jobId: `verify-${job.round}-${short(job.puzzle.hash)}`,
    });
  }

  addPersist(dataset: string, job: PersistJob, jobId: string) {
    return this.persistFor(dataset).add(job.type, job, { ...this.jobOptions, jobId });
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

  async close(): Promise<void> {
    await Promise.all(
      [this.generate, this.solve, this.verify, ...this.persistQueues.values()].map((q) => q.close()),
    );
  }
}

export const persistQueueName = (dataset: string) => `persist-${dataset}`;

export const generateJobId = (round: string, index: number) => `generate-${round}-${index}`;

/** Enough of a sha256 hex digest to name a job uniquely within a round. */
export const short = (hash: string) => hash.slice(0, 24);
