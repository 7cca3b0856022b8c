/** What the CLI asks of rounds beyond starting them: who serves the queues, and cancelling a round's queued work. */
import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import type { LoopQueues, Stage } from "./queues.ts";
import { RoundState } from "./round-state.ts";

/** Workers connected to each stage's queue (the persist queue of `dataset`); undefined where Redis will not say. */
export async function stageWorkers(
  queues: LoopQueues,
  dataset: string,
  stages: readonly Stage[],
): Promise<Partial<Record<Stage, number>>> {
  const out: Partial<Record<Stage, number>> = {};
  for (const stage of stages) {
    const queue = stage === "persist" ? queues.persistFor(dataset) : queues[stage];
    try {
      // BullMQ names each worker's connection after its queue and lists them with CLIENT LIST.
      out[stage] = await queue.getWorkersCount();
    } catch {
      // A Redis that refuses CLIENT LIST (some managed services) leaves the count unknown.
    }
  }
  return out;
}

interface QueuedJob {
  id?: string | undefined;
  data: unknown;
  remove(): Promise<void>;
}

/** Jobs of one round still waiting in each stage's queue (not yet taken by a worker). */
export async function queuedJobs(
  queues: LoopQueues,
  dataset: string,
  round: string,
): Promise<{ stage: Stage; job: QueuedJob }[]> {
  const found: { stage: Stage; job: QueuedJob }[] = [];
  for (const stage of ["generate", "solve", "verify", "persist"] as const) {
    const queue = stage === "persist" ? queues.persistFor(dataset) : queues[stage];
    const jobs = await queue.getJobs(["waiting", "delayed", "prioritized", "waiting-children"]);
    for (const job of jobs) {
      if (job !== undefined && roundOf(job.data) === round) found.push({ stage, job: job as QueuedJob });
    }
  }
  return found;
}

/**
 * Cancels a round: marks it `cancelled` in Redis (workers then skip its jobs) and removes its queued
 * generate, solve and verify jobs. Its persist jobs stay: they write what was already done (verified
 * attempts, model calls, failures), which would otherwise be lost. Returns the jobs removed per stage.
 */
export async function cancelRound(
  redis: Redis,
  queues: LoopQueues,
  round: string,
): Promise<Record<Stage, number> | undefined> {
  const state = new RoundState(redis, round);
  const plan = await state.plan();
  if (plan === undefined) return undefined;
  await state.setStatus("cancelled");
  const removed: Record<Stage, number> = { generate: 0, solve: 0, verify: 0, persist: 0 };
  for (const { stage, job } of await queuedJobs(queues, plan.dataset, round)) {
    if (stage === "persist") continue;
    try {
      await job.remove();
      removed[stage]++;
    } catch {
      // Taken by a worker meanwhile: it sees the round cancelled and skips it.
    }
  }
  return removed;
}

/** True when the round a job belongs to was cancelled: its work is skipped, not failed. */
export async function isCancelled(redis: Redis, round: string | undefined): Promise<boolean> {
  if (round === undefined) return false;
  return (await new RoundState(redis, round).status()).status === "cancelled";
}

/** The round a job's data belongs to (persist jobs of kind `round` carry it in their plan). */
function roundOf(data: unknown): string | undefined {
  const d = data as { round?: string; plan?: { id?: string } } | undefined;
  return d?.round ?? d?.plan?.id;
}

/** Runs `process` unless the job's round was cancelled; the persist stage always runs (what is done is kept). */
export async function unlessCancelled<T>(
  redis: Redis,
  stage: Stage,
  job: Job,
  process: () => Promise<T>,
): Promise<T | undefined> {
  if (stage !== "persist" && (await isCancelled(redis, roundOf(job.data)))) return undefined;
  return process();
}
