/** Steps several stages share: calling a model at most once per job, accounting, finishing a round. */
import type { ModelResponse } from "@puzzleloop/model";
import { z } from "zod";
import type { ModelCallRow } from "../jobs.ts";
import { modelOutput } from "../redis/keys.ts";
import type { StageContext } from "./context.ts";

const OUTPUT_TTL_SECONDS = 7 * 24 * 3600;

const cachedResponse = z.object({
  completions: z.array(z.object({ text: z.string(), code: z.string().optional() })),
  usage: z.object({ latencyMs: z.number(), promptTokens: z.number(), completionTokens: z.number() }),
});

/**
 * A model's answer is recorded before it is used, so a job retried after a crash works on the same
 * completions instead of paying for (and getting) different ones.
 */
export async function callModelOnce(
  ctx: StageContext,
  jobId: string,
  call: (signal?: AbortSignal) => Promise<ModelResponse>,
): Promise<ModelResponse> {
  const key = modelOutput(jobId);
  const cached = await ctx.redis.get(key);
  if (cached !== null) {
    const parsed = cachedResponse.safeParse(JSON.parse(cached));
    if (parsed.success) return parsed.data as ModelResponse;
  }
  const response = await call();
  await ctx.redis.set(key, JSON.stringify(response), "EX", OUTPUT_TTL_SECONDS);
  return response;
}

/** Counts the call in the round's live counters and hands its row to the persist stage, once. */
export async function recordCalls(
  ctx: StageContext,
  round: string,
  jobId: string,
  kind: ModelCallRow["kind"],
  model: string,
  response: ModelResponse,
): Promise<void> {
  const { usage } = response;
  await ctx.state(round).countOnce(`call:${jobId}`, kind, {
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
    await datasetOf(ctx, round),
    { type: "calls", round, calls: [row] },
    `calls-${jobId}`,
  );
}

/** When the round's last piece of work is done, the persist stage is asked to close it. */
export async function finishIfComplete(ctx: StageContext, round: string): Promise<void> {
  const state = ctx.state(round);
  const plan = await state.plan();
  if (plan !== undefined && (await state.isComplete(plan))) {
    await ctx.queues.addPersist(plan.dataset, { type: "finish", round }, `finish-${round}`);
  }
}

export class UnknownRoundError extends Error {
  override name = "UnknownRoundError";
}

/** The database a round writes to: its persist jobs go to that database's queue. */
export async function datasetOf(ctx: StageContext, round: string): Promise<string> {
  const plan = await ctx.state(round).plan();
  if (plan === undefined)
    throw new UnknownRoundError(`round ${round} has no plan in Redis (was Redis flushed?)`);
  return plan.dataset;
}
