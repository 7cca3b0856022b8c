/** Persist stage: the single writer. Every database write of the loop happens here, one transaction per job. */
import type { Store } from "@puzzleloop/store";
import { type Job, UnrecoverableError } from "bullmq";
import { type PersistJob, parseJob, persistJob } from "../jobs.ts";
import { closeRound, failureRows } from "./close-round.ts";
import type { StageContext } from "./context.ts";
import { finishIfComplete } from "./shared.ts";

export async function processPersist(ctx: StageContext, job: Job): Promise<void> {
  const data = parseJob(persistJob, job.data, "persist");
  const store = ctx.store;
  if (store === undefined) throw new Error("the persist stage needs the store");
  const write = <T>(body: () => T) =>
    ctx.database.write(store.path, () => store.transaction(body), ctx.signal);
  switch (data.type) {
    case "round":
      await write(() => persistRound(store, data));
      return;
    case "calls":
      await write(() => store.insertModelCalls(data.calls.map((call) => ({ ...call, roundId: data.round }))));
      return;
    case "attempts":
      return persistAttempts(ctx, store, data, write);
    case "failure": {
      const rows = failureRows(data.round, { [data.jobId]: data.failure });
      await write(() => {
        store.insertFailures(rows.failures);
        store.insertModelCalls(rows.calls);
      });
      // A failure that arrives after the round was closed reopens nothing, but its end is rewritten.
      if ((await ctx.state(data.round).status()).status !== "running")
        await closeRound(ctx, store, data.round);
      return;
    }
    case "finish":
      return closeRound(ctx, store, data.round);
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
        limits: plan.limits,
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

/**
 * The puzzle and its attempts in one transaction: either both are stored or neither is. Only once
 * that has committed does the puzzle count as stored; a puzzle another round had already stored
 * (the duplicate guard was rebuilt late) keeps its own attempts and this round's count as a duplicate.
 */
async function persistAttempts(
  ctx: StageContext,
  store: Store,
  data: Extract<PersistJob, { type: "attempts" }>,
  write: <T>(body: () => T) => Promise<T>,
): Promise<void> {
  const outcome = await write(() => {
    const [puzzle] = store.insertPuzzles([
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
    if (puzzle === undefined) return "none" as const;
    if (!puzzle.inserted && store.getPuzzle(puzzle.id)?.roundId !== data.round) return "duplicate" as const;
    // A round closed already (its Redis state was lost) stays as recorded: nothing new joins it.
    const round = store.getRound(data.round);
    if (puzzle.inserted && round !== undefined && round.status !== "running" && round.status !== "pending")
      throw new RoundClosedError(data.round);
    store.insertAttempts(
      data.attempts.map((a) => ({ ...a, puzzleId: puzzle.id, roundId: data.round, model: data.model })),
    );
    return "stored" as const;
  });
  const state = ctx.state(data.round);
  if (outcome === "duplicate") {
    await state.countOnce(`late-duplicate:${data.puzzle.hash}`, "1", { "rejected:duplicate": 1 });
    await state.unaccept(data.puzzle.hash);
  } else {
    await state.countOnce(`stored:${data.puzzle.hash}`, "1", {
      "stored:puzzles": 1,
      "stored:attempts": data.attempts.length,
    });
    await state.add("persisted", data.puzzle.hash);
  }
  return finishIfComplete(ctx, data.round);
}

/** Work that arrives for a round the database has already closed: it is lost, not added after the fact. */
export class RoundClosedError extends UnrecoverableError {
  override name = "RoundClosedError";
  constructor(round: string) {
    super(`round ${round} is already closed in the database`);
  }
}
