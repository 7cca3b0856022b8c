/** Solve stage: ask the model for K attempts at one puzzle and hand them, deduplicated, to verification. */
import { sha256 } from "@puzzleloop/core";
import type { Job } from "bullmq";
import { parseJob, solveJob } from "../jobs.ts";
import type { StageContext } from "./context.ts";
import { callModelOnce, recordCalls, requirePlan } from "./shared.ts";

export async function processSolve(ctx: StageContext, job: Job): Promise<{ attempts: number }> {
  const data = parseJob(solveJob, job.data, "solve");
  const jobId = job.id as string;
  const plan = await requirePlan(ctx, data.round);
  // Jobs carry no examples when their round keeps them once, in its state.
  const examples = data.examples.length > 0 ? data.examples : await ctx.state(data.round).solveExamples();
  const model = await ctx.models.get(data.model, plan.trainDirs, plan.limits);
  const response = await callModelOnce(ctx, plan, jobId, (signal) =>
    model.solve(
      {
        examples: examples.map((e) => ({ sat: e.sat, sol: e.sol })),
        puzzle: { sat: data.puzzle.source },
        n: data.attempts,
        temperature: data.temperature,
        seed: data.seed,
      },
      signal,
    ),
  );
  await recordCalls(ctx, plan, jobId, data.evaluation ? "eval" : "solve", data.model, response);

  // An attempt is one distinct solution text: the same code twice is one attempt, verified once.
  const attempts = new Map<
    string,
    { code: string | null; solutionHash: string; copies: number; truncated?: boolean }
  >();
  for (const completion of response.completions) {
    const code = completion.code ?? null;
    const solutionHash = sha256(code ?? `no code: ${completion.text}`);
    const seen = attempts.get(solutionHash);
    if (seen !== undefined) seen.copies++;
    else
      attempts.set(solutionHash, {
        code,
        solutionHash,
        copies: 1,
        ...(completion.truncated && code === null ? { truncated: true } : {}),
      });
  }
  await ctx.queues.addVerify(
    {
      round: data.round,
      model: data.model,
      puzzle: data.puzzle,
      attempts: [...attempts.values()],
      evaluation: data.evaluation,
    },
    plan.limits,
  );
  await ctx.state(data.round).add("solved", data.puzzle.hash);
  return { attempts: attempts.size };
}
