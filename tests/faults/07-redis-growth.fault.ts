/**
 * Fault 7: Redis growing without bound. Once a round has ended and its end is in SQLite, its Redis
 * state (its sets, counters, recorded model outputs and finished jobs) expires after the round's TTL.
 */

import { type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import {
  ModelRegistry,
  type RoundPlan,
  type RunningWorkers,
  startRound,
  startWorkers,
} from "@puzzleloop/pipeline";
import { closeSharedPool } from "@puzzleloop/sandbox";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeCounts,
  type FaultEnv,
  fenced,
  loopScript,
  roundEnded,
  type SolutionKind,
  seconds,
  startFaultEnv,
  validPuzzle,
} from "./fault-env.ts";
import { recordOutcome } from "./report.ts";

let env: FaultEnv;
let server: ScriptedOpenAiServer;
let workers: RunningWorkers;

/** Three rounds, four new puzzles each. */
const ROUNDS = [0, 1, 2].map((r) => [181037, 292037, 303037, 414037].map((a) => a + r * 10));

beforeAll(async () => {
  env = await startFaultEnv("growth");
  const script = loopScript({
    batches: ROUNDS.map((batch) => batch.map((a) => fenced(validPuzzle(a)))),
    solutions: new Map<number, SolutionKind[]>(ROUNDS.flat().map((a) => [a, ["ok", "wrong"]])),
  });
  server = await startOpenAiServer({ responder: script.responder });
});

afterAll(async () => {
  await workers?.close();
  await closeSharedPool();
  await server?.stop();
  await env?.close();
});

/** Every key in this Redis that names `round`. */
async function keysOf(round: string): Promise<string[]> {
  return (await env.redis.keys("*")).filter((key) => key.includes(round));
}

it("lets a finished round's Redis state expire, so rounds do not add up", async () => {
  const { store } = env.openStore("growth.db");
  workers = startWorkers(
    { connection: env.redis, queues: env.queues, models: new ModelRegistry(), store },
    { superviseIntervalMs: 500 },
  );
  const ttlS = 2;
  const plans: RoundPlan[] = [];
  const sizes: number[] = [];
  for (const [index] of ROUNDS.entries()) {
    const plan = await startRound(
      { redis: env.redis, queues: env.queues, store },
      {
        model: server.url,
        puzzles: 4,
        attempts: 2,
        samplesPerPrompt: 4,
        fewShot: 1,
        seed: index + 1,
        limits: { redisTtlS: ttlS },
      },
    );
    plans.push(plan);
    const { row } = await roundEnded(store, plan.id, 60_000);
    expect(row.status).toBe("done");
    // While its TTL runs, the round's state is there for `watch` and `status`.
    expect((await keysOf(plan.id)).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, ttlS * 1000 + 500));
    sizes.push(await env.redis.dbsize());
  }
  const last = plans.at(-1)!;
  const { at } = await roundEnded(store, last.id, 1000);
  // The first two rounds left nothing behind (the third's finished jobs go when later jobs finish).
  for (const plan of plans.slice(0, -1)) expect(await keysOf(plan.id)).toEqual([]);
  const roundKeys = (await keysOf(last.id)).filter((k) => k.startsWith(`puzzleloop:round:${last.id}`));
  expect(roundKeys).toEqual([]);
  expect((await env.redis.keys("puzzleloop:model-output:*")).length).toBe(0);
  // The key count does not grow with the rounds run.
  expect(sizes[2]).toBeLessThanOrEqual(sizes[1]!);
  recordOutcome({
    fault: `7. three rounds with a ${ttlS} s Redis TTL`,
    endS: seconds(last.createdAt, at),
    boundS: 60,
    status: "done",
    counts: `${describeCounts(store, last.id)}; Redis keys after each round's TTL: ${sizes.join(", ")}`,
  });
}, 180_000);
