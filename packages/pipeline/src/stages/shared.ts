/** Steps several stages share: calling a model at most once per job, accounting, finishing a round. */
import type { ModelResponse } from "@puzzleloop/model";
import { UnrecoverableError } from "bullmq";
import { z } from "zod";
import type { ModelCallRow, RoundPlan } from "../jobs.ts";
import { finishJobId } from "../queues.ts";
import { modelOutput } from "../redis/keys.ts";
import { whenRedisHasRoom } from "../redis/out-of-memory.ts";
import type { StageContext } from "./context.ts";

/**
 * Recorded model outputs live at least this long while their round runs; when it ends they expire
 * with the rest of its state.
 */
const OUTPUT_TTL_SECONDS = 7 * 24 * 3600;

const cachedResponse = z.object({
  completions: z.array(
    z.object({ text: z.string(), code: z.string().optional(), truncated: z.boolean().optional() }),
  ),
  usage: z.object({ latencyMs: z.number(), promptTokens: z.number(), completionTokens: z.number() }),
});
export type RecordedResponse = z.infer<typeof cachedResponse>;

/** The round's state is not in Redis: it was flushed, or restarted without persistence. */
export class RoundGoneError extends UnrecoverableError {
  override name = "RoundGoneError";
  constructor(round: string) {
    super(`round ${round} has no state in Redis (was Redis flushed, or restarted without persistence?)`);
  }
}

export const MODEL_CALL_FAILED = "ModelCallFailedError";

/** The model call of a job failed after every try the round allows: the job fails for good. */
export class ModelCallFailedError extends UnrecoverableError {
  override name = MODEL_CALL_FAILED;
}

/** A model call cut short because the workers are stopping: its job goes back to the queue. */
export class WorkerStoppingError extends Error {
  override name = "WorkerStoppingError";
}

/** The round's plan, or a {@link RoundGoneError}: a job of a round Redis forgot cannot do anything right. */
export async function requirePlan(ctx: StageContext, round: string): Promise<RoundPlan> {
  const plan = await ctx.state(round).plan();
  if (plan === undefined) throw new RoundGoneError(round);
  return plan;
}

/**
 * A model's answer is recorded before it is used, so a job retried after a crash works on the same
 * completions instead of paying for (and getting) different ones. Each completion is cut to the
 * round's limit first, so that no answer can fill Redis. A failed call fails its job for good: the
 * model client has already tried as often as the round allows, and another run would ask again.
 */
export async function callModelOnce(
  ctx: StageContext,
  plan: RoundPlan,
  jobId: string,
  call: (signal: AbortSignal) => Promise<ModelResponse>,
): Promise<RecordedResponse> {
  const key = modelOutput(jobId);
  const cached = await ctx.redis.get(key);
  if (cached !== null) {
    const parsed = cachedResponse.safeParse(JSON.parse(cached));
    if (parsed.success) return parsed.data;
  }
  const state = ctx.state(plan.id);
  await state.modelCallStarted(jobId);
  let response: ModelResponse;
  try {
    response = await call(ctx.signal);
  } catch (error) {
    if (ctx.signal.aborted) throw new WorkerStoppingError("the worker stopped during the model call");
    throw new ModelCallFailedError(error instanceof Error ? error.message : String(error));
  } finally {
    await state.modelCallEnded(jobId).catch(() => {});
  }
  // Redis may have lost the round while the model was thinking: nothing is recorded for a round it forgot.
  await requirePlan(ctx, plan.id);
  const recorded = capCompletions(response, plan.limits.maxCompletionChars);
  // Paid for: kept in memory until Redis has room to record it, rather than asked for again.
  await whenRedisHasRoom(ctx, () => ctx.redis.set(key, JSON.stringify(recorded), "EX", OUTPUT_TTL_SECONDS));
  await state.noteOutput(key);
  for (const [index, completion] of recorded.completions.entries()) {
    if (completion.truncated) await state.countOnce(`truncated:${jobId}#${index}`, "1", { truncated: 1 });
  }
  return recorded;
}

/**
 * Cuts each completion to `maxChars`. Code longer than that is dropped rather than cut: a cut program
 * is a different program, and the sandbox would refuse one that long anyway.
 */
export function capCompletions(response: ModelResponse, maxChars: number): RecordedResponse {
  return {
    usage: response.usage,
    completions: response.completions.map((completion) => {
      const long = completion.text.length > maxChars;
      const longCode = completion.code !== undefined && completion.code.length > maxChars;
      if (!long && !longCode) return completion;
      return {
        text: long ? completion.text.slice(0, maxChars) : completion.text,
        ...(completion.code !== undefined && !longCode ? { code: completion.code } : {}),
        truncated: true,
      };
    }),
  };
}

/** Counts the call in the round's live counters and hands its row to the persist stage, once. */
export async function recordCalls(
  ctx: StageContext,
  plan: RoundPlan,
  jobId: string,
  kind: ModelCallRow["kind"],
  model: string,
  response: RecordedResponse,
): Promise<void> {
  const { usage } = response;
  await ctx.state(plan.id).countOnce(`call:${jobId}`, kind, {
    calls: 1,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    latencyMs: Math.round(usage.latencyMs),
  });
  const row: ModelCallRow = {
    key: jobId,
    kind,
    model,
    latencyMs: usage.latencyMs,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    error: null,
  };
  await ctx.queues.addPersist(
    plan.dataset,
    { type: "calls", round: plan.id, calls: [row] },
    `calls-${jobId}`,
    plan.limits,
  );
}

/** When the round's last piece of work has ended, the persist stage is asked to close it. */
export async function finishIfComplete(ctx: StageContext, round: string): Promise<void> {
  const state = ctx.state(round);
  const plan = await state.plan();
  if (plan !== undefined && (await state.isComplete(plan))) await requestFinish(ctx, plan);
}

/**
 * Adds the round's finish job. A finish job that already ran while the round was still open (a
 * supervisor found more to account for since) is replaced, so that the round does get closed.
 */
export async function requestFinish(ctx: StageContext, plan: RoundPlan): Promise<void> {
  const queue = ctx.queues.persistFor(plan.dataset);
  const id = finishJobId(plan.id);
  const existing = await queue.getJob(id);
  if (existing !== undefined && (await ctx.state(plan.id).status()).status === "running") {
    const state = await existing.getState();
    if (state === "completed" || state === "failed") await existing.remove().catch(() => {});
  }
  await ctx.queues.addPersist(plan.dataset, { type: "finish", round: plan.id }, id, plan.limits);
}
