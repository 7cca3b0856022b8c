/** Verify stage: run every attempt in the sandbox and hand the results to the persist stage. */
import { verifyBatch } from "@puzzleloop/sandbox";
import type { Job } from "bullmq";
import { type AttemptRow, parseJob, verifyJob } from "../jobs.ts";
import { attemptsJobId, short } from "../queues.ts";
import type { StageContext } from "./context.ts";
import { finishIfComplete, requirePlan } from "./shared.ts";

export async function processVerify(ctx: StageContext, job: Job): Promise<{ verified: number }> {
  const data = parseJob(verifyJob, job.data, "verify");
  const plan = await requirePlan(ctx, data.round);
  const withCode = data.attempts.filter((a) => a.code !== null);
  const results = await verifyBatch(
    withCode.map((a) => ({ kind: "pair", puzzle: data.puzzle.source, solution: a.code as string })),
  );
  const byHash = new Map(withCode.map((a, i) => [a.solutionHash, results[i]]));

  const rows: AttemptRow[] = data.attempts.map((attempt) => {
    const result = byHash.get(attempt.solutionHash);
    if (attempt.code === null || result === undefined) {
      return {
        solution: "",
        solutionHash: attempt.solutionHash,
        copies: attempt.copies,
        status: "invalid",
        answer: null,
        solveMs: null,
        checkMs: null,
        error: attempt.truncated
          ? `the completion was longer than the round's limit of ${plan.limits.maxCompletionChars} characters, and its code was dropped`
          : "the completion held no code with a `sol` function",
      };
    }
    return {
      solution: attempt.code,
      solutionHash: attempt.solutionHash,
      copies: attempt.copies,
      status: result.status,
      answer: result.answer ?? null,
      solveMs: result.solveMs ?? null,
      checkMs: result.checkMs ?? null,
      error: result.error ?? null,
    };
  });

  const state = ctx.state(data.round);
  for (const row of rows) {
    await state.countOnce(`attempt:${short(data.puzzle.hash)}:${short(row.solutionHash)}`, row.status, {
      attempts: 1,
      [`attempt:${row.status}`]: 1,
    });
  }
  const verified = rows.filter((r) => r.status === "verified").length;
  if (verified > 0) await state.countOnce(`solved-puzzle:${data.puzzle.hash}`, "1", { "puzzles:solved": 1 });

  if (data.evaluation) {
    // Held-out puzzles are never stored: an evaluation keeps only how many attempts passed.
    const samples = data.attempts.reduce((sum, a) => sum + a.copies, 0);
    const correct = data.attempts.reduce(
      (sum, a, i) => sum + (rows[i]?.status === "verified" ? a.copies : 0),
      0,
    );
    await state.recordEvaluation(data.puzzle.seedId ?? data.puzzle.hash, samples, correct);
    await state.add("verified", data.puzzle.hash);
    await state.add("persisted", data.puzzle.hash);
    await finishIfComplete(ctx, data.round);
    return { verified };
  }
  await ctx.queues.addPersist(
    plan.dataset,
    { type: "attempts", round: data.round, model: data.model, puzzle: data.puzzle, attempts: rows },
    attemptsJobId(data.round, data.puzzle.hash),
    plan.limits,
  );
  await state.add("verified", data.puzzle.hash);
  return { verified };
}
