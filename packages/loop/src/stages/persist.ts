/** Persist stage: the single writer. Every database write of the loop happens here, one transaction per job. */
import type { Store } from "@puzzleloop/store";
import type { Job } from "bullmq";
import { answeredAny, summarizeEvaluation } from "../evaluation.ts";
import { type PersistJob, parseJob, persistJob } from "../jobs.ts";
import type { StageContext } from "./context.ts";
import { finishIfComplete } from "./shared.ts";

export async function processPersist(ctx: StageContext, job: Job): Promise<void> {
  const data = parseJob(persistJob, job.data, "persist");
  const store = ctx.store;
  if (store === undefined) throw new Error("the persist stage needs the store");
  switch (data.type) {
    case "round":
      return persistRound(store, data);
    case "calls":
      store.insertModelCalls(data.calls.map((call) => ({ ...call, roundId: data.round })));
      return;
    case "attempts":
      persistAttempts(store, data);
      await ctx.state(data.round).add("persisted", data.puzzle.hash);
      return finishIfComplete(ctx, data.round);
    case "finish":
      return finishRound(ctx, store, data.round);
  }
}

function persistRound(store: Store, data: Extract<PersistJob, { type: "round" }>): void {
  const { plan } = data;
  if (store.getIteration(plan.iteration) === undefined) {
    store.createIteration({ id: plan.iteration, model: plan.model, trainDir: plan.trainDirs.at(-1) ?? null });
  }
  if (store.getRound(plan.id) === undefined) {
    store.createRound({
      id: plan.id,
      iterationId: plan.iteration,
      model: plan.model,
      createdAt: plan.createdAt,
      config: {
        puzzles: plan.puzzles,
        attempts: plan.attempts,
        temperature: plan.temperature,
        seed: plan.seed,
        fewShot: plan.fewShot,
        kind: plan.kind,
        samplesPerPrompt: plan.samplesPerPrompt,
        split: plan.split,
      },
    });
  }
  // A repeated round job must not reopen a round that has already finished.
  if (store.getRound(plan.id)?.status === "pending") store.setRoundStatus(plan.id, "running");
  // The pool's seed puzzles are stored once, so exports can include them and later rounds sample them.
  store.insertPuzzles(
    data.seeds.map((seed) => ({
      hash: seed.hash,
      source: seed.source,
      solution: seed.solution,
      origin: "seed" as const,
      seedId: seed.seedId,
      answerType: seed.answerType,
      domain: seed.domain,
    })),
  );
}

function persistAttempts(store: Store, data: Extract<PersistJob, { type: "attempts" }>): void {
  const [outcome] = store.insertPuzzles([
    {
      hash: data.puzzle.hash,
      source: data.puzzle.source,
      origin: "generated",
      roundId: data.round,
      model: data.model,
      fewShotIds: data.puzzle.fewShotIds,
      answerType: data.puzzle.answerType,
    },
  ]);
  if (outcome === undefined) return;
  store.insertAttempts(
    data.attempts.map((a) => ({ ...a, puzzleId: outcome.id, roundId: data.round, model: data.model })),
  );
}

async function finishRound(ctx: StageContext, store: Store, round: string): Promise<void> {
  const state = ctx.state(round);
  const plan = await state.plan();
  if (plan === undefined || !(await state.isComplete(plan))) return;
  if (plan.kind === "eval") {
    const counts = await state.evaluationResults();
    const already = store
      .listEvaluations({ iteration: plan.iteration })
      .some((e) => e.results.round === round);
    if (!already && answeredAny(counts)) {
      store.insertEvaluation({
        iterationId: plan.iteration,
        model: plan.model,
        split: plan.split ?? "test",
        attempts: plan.attempts,
        results: { ...summarizeEvaluation(counts, plan.attempts, await evalDomains(ctx, round)), round },
        counts,
      });
    }
  }
  const current = store.getRound(round);
  if (current !== undefined && current.status !== "done") store.setRoundStatus(round, "done");
  await state.setStatus("done");
}

async function evalDomains(ctx: StageContext, round: string): Promise<Record<string, string>> {
  const raw = await ctx.redis.hget(ctx.state(round).keys.meta, "domains");
  return raw === null ? {} : (JSON.parse(raw) as Record<string, string>);
}
