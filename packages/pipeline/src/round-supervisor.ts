/**
 * Every round ends: a periodic check, in every worker process, for rounds whose end was missed. It
 * accounts for jobs that failed for good unnoticed (their worker died first), for work whose jobs
 * Redis lost, and closes rounds whose work has all ended. In the process that writes the database it
 * also ends, from SQLite, rounds that Redis forgot, and writes ends that could not be written in time.
 */
import type { Job, Queue } from "bullmq";
import { giveUp } from "./give-up.ts";
import type { RoundPlan } from "./jobs.ts";
import { listRoundIds } from "./progress.ts";
import { attemptsJobId, generateJobId, type Stage, solveJobId, verifyJobId } from "./queues.ts";
import { isConnectionError } from "./redis/health.ts";
import { isOutOfMemory } from "./redis/out-of-memory.ts";
import { closeLostRound, closeRound } from "./stages/close-round.ts";
import type { StageContext } from "./stages/context.ts";
import { requestFinish } from "./stages/shared.ts";

/** Job states that mean the job will still run. */
const PENDING = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children", "paused"]);

/** Rounds looked at per check, newest first. */
const ROUNDS_CHECKED = 50;

/** The message of work whose jobs vanished from the queues. */
export const JOBS_GONE = "its jobs are gone from the queues (Redis lost them)";

export interface SupervisorOptions {
  /**
   * Time between checks, in ms.
   * @defaultValue 5000
   */
  intervalMs: number;
}

export class RoundSupervisor {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Each round's progress at the last check: a round unchanged since is looked at closely. */
  private readonly lastSeen = new Map<string, { signature: string; idleChecks: number }>();

  constructor(
    private readonly ctx: StageContext,
    private readonly options: SupervisorOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.running === undefined) {
        this.running = this.check()
          .catch((error: Error) => {
            // An outage or a full Redis is reported once, where it is noticed first; the next check tries again.
            if (!isConnectionError(error) && !isOutOfMemory(error))
              this.ctx.log(`round supervisor: ${error.message}`);
          })
          .finally(() => {
            this.running = undefined;
          });
      }
    }, this.options.intervalMs);
    this.timer.unref();
  }

  /** Stops checking; a check in progress is waited for up to `waitMs` (with Redis gone it would never end). */
  async stop(waitMs = 1000): Promise<void> {
    clearInterval(this.timer);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.running,
      new Promise((resolve) => {
        timer = setTimeout(resolve, waitMs);
      }),
    ]);
    clearTimeout(timer);
  }

  /** One pass over the live rounds, then (with a store) over the rounds the database says are running. */
  async check(): Promise<void> {
    for (const id of await listRoundIds(this.ctx.redis, ROUNDS_CHECKED)) {
      if (this.ctx.signal.aborted) return;
      await this.checkLive(id);
    }
    if (this.ctx.store !== undefined) await this.checkStored();
  }

  private async checkLive(round: string): Promise<void> {
    const state = this.ctx.state(round);
    if ((await state.status()).status !== "running") {
      this.lastSeen.delete(round);
      return;
    }
    const plan = await state.plan();
    if (plan === undefined) return;
    // One process at a time looks at a round, once per interval.
    const claimed = await this.ctx.redis.set(
      `${state.keys.meta}:supervised`,
      String(process.pid),
      "PX",
      this.options.intervalMs,
      "NX",
    );
    if (claimed === null) return;
    if (await state.isComplete(plan)) {
      await requestFinish(this.ctx, plan);
      return;
    }
    const signature = JSON.stringify(await state.progress());
    const seen = this.lastSeen.get(round);
    const idleChecks = seen?.signature === signature ? seen.idleChecks + 1 : 0;
    this.lastSeen.set(round, { signature, idleChecks });
    if (idleChecks === 0) return;
    // Nothing moved since the last check: look at the jobs of every piece of unfinished work.
    const changed = await this.accountForIdleWork(plan, idleChecks >= 2);
    if (changed && (await state.isComplete(plan))) await requestFinish(this.ctx, plan);
  }

  /**
   * Gives up the failed jobs nobody accounted for, and (when `strand`, after two idle checks) the
   * work none of whose jobs is left. Returns whether anything was accounted.
   */
  private async accountForIdleWork(plan: RoundPlan, strand: boolean): Promise<boolean> {
    const state = this.ctx.state(plan.id);
    const { queues } = this.ctx;
    let changed = false;
    const generated = new Set(Object.keys(await this.ctx.redis.hgetall(state.keys.generated)));
    for (let index = 0; index < plan.generateJobs; index++) {
      const id = generateJobId(plan.id, index);
      if (generated.has(id)) continue;
      const verdict = await this.verdict([["generate", queues.generate as Queue, id]]);
      if (verdict.kind === "failed")
        changed = (await this.giveUpFailed(verdict.stage, verdict.job)) || changed;
      else if (verdict.kind === "gone" && strand) {
        await this.strand(plan, "generate", id, null);
        await state.markGenerated(id, 0);
        changed = true;
      }
    }
    const open = await this.ctx.redis.sdiff(state.keys.accepted, state.keys.persisted, state.keys.lost);
    for (const hash of open) {
      // In the order work flows, so that a job finishing meanwhile is seen with its successor added.
      const verdict = await this.verdict([
        ["solve", queues.solve as Queue, solveJobId(plan.id, hash)],
        ["verify", queues.verify as Queue, verifyJobId(plan.id, hash)],
        ["persist", queues.persistFor(plan.dataset) as Queue, attemptsJobId(plan.id, hash)],
      ]);
      if (verdict.kind === "failed")
        changed = (await this.giveUpFailed(verdict.stage, verdict.job)) || changed;
      else if (verdict.kind === "gone" && strand) {
        await this.strand(plan, "round", `lost-${plan.id}-${hash.slice(0, 24)}`, hash);
        await state.add("lost", hash);
        changed = true;
      }
    }
    return changed;
  }

  /** Whether a piece of work still has a job to run, has a job that failed for good, or has neither. */
  private async verdict(
    chain: [Stage, Queue, string][],
  ): Promise<{ kind: "pending" } | { kind: "gone" } | { kind: "failed"; stage: Stage; job: Job }> {
    let failed: { kind: "failed"; stage: Stage; job: Job } | undefined;
    for (const [stage, queue, id] of chain) {
      const job = await queue.getJob(id);
      if (job === undefined || job === null) continue;
      const jobState = await job.getState();
      if (PENDING.has(jobState)) return { kind: "pending" };
      if (jobState === "failed" && failed === undefined) failed = { kind: "failed", stage, job };
    }
    return failed ?? { kind: "gone" };
  }

  private async giveUpFailed(stage: Stage, job: Job): Promise<boolean> {
    const state = this.ctx.state((job.data as { round: string }).round);
    if (await state.counted(`failed:${job.id}`)) return false;
    await giveUp(this.ctx, stage, job, { name: "Error", message: job.failedReason || "failed" });
    return true;
  }

  private async strand(plan: RoundPlan, stage: "generate" | "round", key: string, puzzleHash: string | null) {
    const state = this.ctx.state(plan.id);
    const failure = {
      stage,
      message: JOBS_GONE,
      puzzleHash,
      model: null,
      callKind: null,
      attemptsMade: 0,
      at: Date.now(),
    } as const;
    await state.recordFailure(key, failure);
    await state.countOnce(`failed:${key}`, stage, { [`failed:${stage}`]: 1 });
  }

  /** Rounds the database says are running: forgotten by Redis, or ended there without SQLite knowing. */
  private async checkStored(): Promise<void> {
    const store = this.ctx.store;
    if (store === undefined) return;
    for (const row of store.listRounds()) {
      if (row.status !== "running" && row.status !== "pending") continue;
      const state = this.ctx.state(row.id);
      if ((await state.plan()) === undefined) {
        const message = await this.ctx.database.write(store.path, () => closeLostRound(store, row.id));
        if (message !== undefined) this.ctx.log(message);
      } else if ((await state.status()).status !== "running") {
        await closeRound(this.ctx, store, row.id);
      }
    }
  }
}
