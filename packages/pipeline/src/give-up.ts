/**
 * Accounting for a job that ended for good without doing its work, however it got there: its retries
 * used up, an unrecoverable error, or stalled more often than allowed. Its round must not wait for it.
 */
import type { Job } from "bullmq";
import type { JobFailure } from "./jobs.ts";
import type { Stage } from "./queues.ts";
import type { StageContext } from "./stages/context.ts";
import { finishIfComplete, MODEL_CALL_FAILED } from "./stages/shared.ts";

interface LooseJobData {
  round?: string;
  plan?: { id?: string };
  type?: string;
  model?: string;
  evaluation?: boolean;
  puzzle?: { hash?: string };
}

/**
 * Records the failure (in Redis now, in SQLite through the persist stage), counts what it lost (the
 * generate job's puzzles were never written; a puzzle past generation is lost), and closes the round
 * when nothing else is left. Every step may be repeated without effect.
 */
export async function giveUp(
  ctx: StageContext,
  stage: Stage,
  job: Job,
  error: { name: string; message: string },
): Promise<void> {
  const { message } = error;
  const data = (job.data ?? {}) as LooseJobData;
  const round = data.round ?? data.plan?.id;
  const jobId = job.id;
  if (round === undefined || jobId === undefined) return;
  const state = ctx.state(round);
  const plan = await state.plan();
  // A round Redis no longer knows is closed from what SQLite holds (see RoundSupervisor).
  if (plan === undefined) return;
  if (stage === "persist" && data.type === "finish") {
    // The round's work has all ended, but its end could not be written: Redis says so now, and the
    // persist stage's supervisor writes the end to SQLite once the database takes writes again.
    await state.setStatus("failed", `its end could not be written to the database yet: ${message}`);
    return;
  }
  const puzzleHash = data.puzzle?.hash ?? null;
  const modelStage = stage === "generate" || stage === "solve";
  // A failed model call is also recorded as a call with its error; a job that failed after its call
  // went through has its call recorded already.
  const callFailed = modelStage && error.name === MODEL_CALL_FAILED;
  const failure: JobFailure = {
    stage,
    message,
    puzzleHash,
    model: modelStage ? (data.model ?? null) : null,
    callKind: callFailed ? (stage === "generate" ? "generate" : data.evaluation ? "eval" : "solve") : null,
    attemptsMade: job.attemptsMade,
    at: Date.now(),
  };
  await state.recordFailure(jobId, failure);
  await state.countOnce(`failed:${jobId}`, stage, { [`failed:${stage}`]: 1 });
  if (stage === "generate") await state.markGenerated(jobId, 0);
  else if (puzzleHash !== null) await state.add("lost", puzzleHash);

  if (stage !== "persist" || (data.type !== "failure" && data.type !== "round")) {
    await ctx.queues.addPersist(
      plan.dataset,
      { type: "failure", round, jobId, failure },
      `failure-${jobId}`,
      plan.limits,
    );
  }
  await finishIfComplete(ctx, round);
}
