/** Generate stage: ask the model for new puzzles, keep the valid and new ones, start their solving. */
import { normalizeSat, parsePuzzle } from "@puzzleloop/core";
import { checkPuzzles } from "@puzzleloop/puzzles";
import type { Job } from "bullmq";
import { generateJob, parseJob } from "../jobs.ts";
import type { StageContext } from "./context.ts";
import { callModelOnce, finishIfComplete, recordCalls, requirePlan } from "./shared.ts";

/** A rejected completion and why: the reason codes `watch` groups failures by. */
export type Rejection =
  | "no_code"
  | "truncated"
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
  const plan = await requirePlan(ctx, data.round);
  const model = await ctx.models.get(data.model, plan.trainDirs, plan.limits);

  const response = await callModelOnce(ctx, plan, jobId, (signal) =>
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
  await recordCalls(ctx, plan, jobId, "generate", data.model, response);

  const candidates: { index: number; code: string }[] = [];
  for (const [index, completion] of response.completions.entries()) {
    if (completion.code !== undefined) candidates.push({ index, code: completion.code });
    else await reject(ctx, data.round, `${jobId}#${index}`, completion.truncated ? "truncated" : "no_code");
  }

  // Every check runs in one batch over all cores, and its first reason code is the rejection's.
  const reports = await checkPuzzles(candidates.map((c) => ({ puzzle: c.code })));
  let accepted = 0;
  for (const [i, candidate] of candidates.entries()) {
    const event = `${jobId}#${candidate.index}`;
    const reason = reports[i]?.reasons[0]?.code;
    const parsed = parsePuzzle(candidate.code);
    const normal = normalizeSat(candidate.code);
    if (reason !== undefined || !parsed.ok || !normal.ok) {
      await reject(ctx, data.round, event, reason ?? "parse");
      continue;
    }
    const sat = parsed.value.sat;
    // Before any solve call: a puzzle seen in this or an earlier round (or in the seed library) is dropped.
    const claim = await state.claimPuzzle(plan.dataset, normal.value.hash, event);
    if (claim === "no-guard") throw new DuplicateGuardMissingError();
    if (claim === "taken") {
      await reject(ctx, data.round, event, "duplicate");
      continue;
    }
    accepted++;
    await state.add("accepted", normal.value.hash);
    await ctx.queues.addSolve(
      {
        round: data.round,
        model: data.model,
        temperature: data.solveTemperature,
        seed: data.seed + 7919 * (candidate.index + 1),
        attempts: data.attempts,
        examples: data.solveExamples,
        evaluation: false,
        puzzle: {
          hash: normal.value.hash,
          source: sat.puzzle,
          answerType: sat.answer.type,
          fewShotIds: data.examples.map((e) => e.id),
        },
      },
      plan.limits,
    );
  }
  await state.markGenerated(jobId, accepted);
  await finishIfComplete(ctx, data.round);
  return { accepted };
}

/** The duplicate guard is gone from Redis: no puzzle can be told new until it is rebuilt from SQLite. */
export class DuplicateGuardMissingError extends Error {
  override name = "DuplicateGuardMissingError";
  constructor() {
    super(
      "the duplicate guard is missing from Redis (was it flushed?): it is rebuilt from the database when a round starts",
    );
  }
}

async function reject(ctx: StageContext, round: string, event: string, reason: Rejection): Promise<void> {
  await ctx.state(round).countOnce(event, reason, { [`rejected:${reason}`]: 1 });
}
