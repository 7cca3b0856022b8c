/** Ending a round in the database: its status, why it failed, what it held and lost, and its failures. */
import type { NewFailure, NewModelCall, Store } from "@puzzleloop/store";
import { answeredAny, summarizeEvaluation } from "../evaluation.ts";
import type { JobFailure } from "../jobs.ts";
import { roundOutcome } from "../round-outcome.ts";
import type { StageContext } from "./context.ts";

/** What the database holds of a round. */
export function storedOf(store: Store, round: string): { puzzles: number; attempts: number } {
  const attempts = Object.values(store.countAttemptsByStatus(round)).reduce((a, b) => a + b, 0);
  return { puzzles: store.countPuzzlesByOrigin({ roundId: round }).generated, attempts };
}

/** The failure rows of a round's failed jobs, and an errored call row for each failed model call. */
export function failureRows(
  round: string,
  failures: Record<string, JobFailure>,
): { failures: NewFailure[]; calls: NewModelCall[] } {
  const rows: NewFailure[] = [];
  const calls: NewModelCall[] = [];
  for (const [jobId, f] of Object.entries(failures)) {
    rows.push({
      key: jobId,
      roundId: round,
      stage: f.stage,
      puzzleHash: f.puzzleHash,
      model: f.model,
      message: f.message,
      attemptsMade: f.attemptsMade,
      createdAt: f.at || undefined,
    });
    if (f.callKind !== null && f.model !== null) {
      calls.push({
        key: jobId,
        roundId: round,
        kind: f.callKind,
        model: f.model,
        latencyMs: 0,
        error: f.message,
      });
    }
  }
  return { failures: rows, calls };
}

/**
 * Closes a round whose work has all ended: writes its failures, status, error and counts to SQLite in
 * one transaction, then ends it in Redis, whose state of it then expires. Does nothing while work is
 * left, unless the round has already ended in Redis (its end is then only being written late).
 */
export async function closeRound(ctx: StageContext, store: Store, round: string): Promise<void> {
  const state = ctx.state(round);
  const plan = await state.plan();
  if (plan === undefined) return;
  const redisStatus = (await state.status()).status;
  const ended = redisStatus !== "running";
  if (!ended && !(await state.isComplete(plan))) return;
  const failures = await state.failures();
  const rows = failureRows(round, failures);
  const computed = await roundOutcome(state, storedOf(store, round));
  // A cancelled round stays cancelled; what it held and lost is recorded all the same.
  const cancelled = redisStatus === "cancelled";
  const outcome = cancelled ? { ...computed, status: "cancelled" as const } : computed;
  const evaluationCounts = plan.kind === "eval" ? await state.evaluationResults() : {};
  const evaluation =
    plan.kind === "eval" && outcome.status === "done" && answeredAny(evaluationCounts)
      ? {
          counts: evaluationCounts,
          domains: JSON.parse((await ctx.redis.hget(state.keys.meta, "domains")) ?? "{}") as Record<
            string,
            string
          >,
        }
      : undefined;
  await ctx.database.write(
    store.path,
    () =>
      store.transaction(() => {
        store.insertFailures(rows.failures);
        store.insertModelCalls(rows.calls);
        if (
          evaluation !== undefined &&
          !store.listEvaluations({ iteration: plan.iteration }).some((e) => e.results.round === round)
        ) {
          store.insertEvaluation({
            iterationId: plan.iteration,
            model: plan.model,
            split: plan.split ?? "test",
            attempts: plan.attempts,
            results: {
              ...summarizeEvaluation(evaluation.counts, plan.attempts, evaluation.domains),
              round,
            },
            counts: evaluation.counts,
          });
        }
        store.setRoundStatus(round, outcome.status, {
          counts: outcome.counts,
          ...(outcome.error !== undefined ? { error: outcome.error } : {}),
        });
      }),
    ctx.signal,
  );
  if (!cancelled) await state.setStatus(outcome.status, outcome.error);
  await state.expire(plan.limits.redisTtlS);
}

/** The one line that says a round's Redis state is gone, and what the database keeps of it. */
export function lostStateMessage(round: string, stored: { puzzles: number; attempts: number }): string {
  return `round ${round}: its state in Redis is gone (Redis flushed, or restarted without persistence); the database keeps ${stored.puzzles} of its puzzles and ${stored.attempts} attempts, and the work still in flight is lost`;
}

/**
 * Closes, from what SQLite holds alone, a round that Redis has forgotten: failed, with what is stored
 * and a failure of the round itself. Returns the one-line message, or undefined when the round was
 * not running.
 */
export function closeLostRound(store: Store, round: string): string | undefined {
  const row = store.getRound(round);
  if (row === undefined || (row.status !== "running" && row.status !== "pending")) return undefined;
  const stored = storedOf(store, round);
  const message = lostStateMessage(round, stored);
  store.transaction(() => {
    store.insertFailures([
      {
        key: `round-state-lost-${round}`,
        roundId: round,
        stage: "round",
        message: "its state in Redis is gone (Redis flushed, or restarted without persistence)",
      },
    ]);
    store.setRoundStatus(round, "failed", {
      error: message,
      counts: {
        accepted: null,
        stored: stored.puzzles,
        lost: null,
        attempts: stored.attempts,
        failedJobs: { round: 1 },
      },
    });
  });
  return message;
}
