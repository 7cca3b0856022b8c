/** Generate stage: ask the model for new puzzles, keep the valid and new ones, start their solving. */
import { normalizeSat, parsePuzzle } from "@puzzleloop/core";
import type { ModelResponse } from "@puzzleloop/model";
import { checkPuzzles } from "@puzzleloop/puzzles";
import type { Job } from "bullmq";
import { generateJob, parseJob } from "../jobs.ts";
import type { StageContext } from "./context.ts";
import { callModelOnce, finishIfComplete, recordCalls } from "./shared.ts";

/** A rejected completion and why: the reason codes `watch` groups failures by. */
export type Rejection =
  | "no_code"
  | "parse"
  | "duplicate"
  | "size"
  | "signature"
  | "nondeterministic"
  | "trivial"
  | "reference";

export async function processGenerate(ctx: StageContext, job: Job): Promise<{ accepted: number }> {
  const data = parseJob(generateJob, job.data, "generate");
  const jobId = job.id as string;
  const state = ctx.state(data.round);
  const plan = await state.plan();
  const model = await ctx.models.get(data.model, plan?.trainDir ?? null);

  const response: ModelResponse = await callModelOnce(ctx, jobId, (signal) =>
    model.generate(
      {
        examples: data.examples.map((e) => ({ sat: e.sat })),
        n: data.n,
        temperature: data.temperature,
        seed: data.seed,
      },
      signal,
    ),
  );
  await recordCalls(ctx, data.round, jobId, "generate", data.model, response);

  const candidates: { index: number; source: string; hash: string; answerType: string }[] = [];
  for (const [index, completion] of response.completions.entries()) {
    const event = `${jobId}#${index}`;
    if (completion.code === undefined) {
      await reject(ctx, data.round, event, "no_code");
      continue;
    }
    const parsed = parsePuzzle(completion.code);
    const normal = normalizeSat(completion.code);
    if (!parsed.ok || !normal.ok) {
      await reject(ctx, data.round, event, "parse");
      continue;
    }
    candidates.push({
      index,
      source: parsed.value.sat.puzzle,
      hash: normal.value.hash,
      answerType: parsed.value.sat.answer.type,
    });
  }

  // Every check that needs the sandbox runs in one batch, over all cores.
  const reports = await checkPuzzles(candidates.map((c) => ({ puzzle: c.source })));
  let accepted = 0;
  for (const [i, candidate] of candidates.entries()) {
    const event = `${jobId}#${candidate.index}`;
    const report = reports[i];
    const reason = report?.reasons[0]?.code;
    if (reason !== undefined) {
      await reject(ctx, data.round, event, reason);
      continue;
    }
    // Before any solve call: a puzzle seen in this or an earlier round (or in the seed library) is dropped.
    if (plan === undefined || !(await state.claimPuzzle(plan.dataset, candidate.hash, event))) {
      await reject(ctx, data.round, event, "duplicate");
      continue;
    }
    accepted++;
    await state.add("accepted", candidate.hash);
    await ctx.queues.addSolve({
      round: data.round,
      model: data.model,
      temperature: data.solveTemperature,
      seed: data.seed + 7919 * (candidate.index + 1),
      attempts: data.attempts,
      examples: data.solveExamples,
      evaluation: false,
      puzzle: {
        hash: candidate.hash,
        source: candidate.source,
        answerType: candidate.answerType,
        fewShotIds: data.examples.map((e) => e.id),
      },
    });
  }
  await state.markGenerated(jobId, accepted);
  await finishIfComplete(ctx, data.round);
  return { accepted };
}

async function reject(ctx: StageContext, round: string, event: string, reason: Rejection): Promise<void> {
  await ctx.state(round).countOnce(event, reason, { [`rejected:${reason}`]: 1 });
}
