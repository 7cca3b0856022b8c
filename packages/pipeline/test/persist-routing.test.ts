/** Each database has its own persist queue: a persist worker never writes another database's rounds. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "@puzzleloop/store";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  connect,
  DEFAULT_ROUND_LIMITS,
  LoopQueues,
  ModelRegistry,
  RoundState,
  startWorkers,
} from "../src/index.ts";
import type { RoundPlan } from "../src/jobs.ts";

let dir: string;
let server: PrivateRedis;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-routing-"));
  server = await startPrivateRedis(dir);
});

afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

it("routes a round's persist jobs to its own database only", async () => {
  const redis = connect(server.url);
  const storeA = openSqliteStore({ path: join(dir, "a.db") });
  const storeB = openSqliteStore({ path: join(dir, "b.db") });
  const queues = new LoopQueues(redis, { dataset: storeA.datasetId });
  const plan = (id: string, dataset: string): RoundPlan => ({
    id,
    iteration: 0,
    model: "builtin",
    kind: "generate",
    puzzles: 1,
    attempts: 1,
    temperature: 0.9,
    seed: 1,
    fewShot: 0,
    samplesPerPrompt: 1,
    generateJobs: 1,
    trainDirs: [],
    split: null,
    dataset,
    createdAt: Date.now(),
    limits: DEFAULT_ROUND_LIMITS,
  });
  const a = storeA.datasetId;
  const b = storeB.datasetId;
  // As startRound leaves them: each plan in Redis, then its round job in its database's queue.
  for (const [id, dataset] of [
    ["r-0-1", b],
    ["r-0-2", a],
  ] as const) {
    await new RoundState(redis, id).savePlan(plan(id, dataset));
    await queues.addPersist(dataset, { type: "round", plan: plan(id, dataset), seeds: [] }, `round-${id}`);
  }
  const workers = startWorkers(
    { connection: redis, queues, models: new ModelRegistry(), store: storeA },
    { stages: ["persist"] },
  );
  const deadline = Date.now() + 20_000;
  while (storeA.getRound("r-0-2") === undefined && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  await workers.close();
  expect(storeA.getRound("r-0-2")?.status).toBe("running");
  expect(storeA.getRound("r-0-1")).toBeUndefined();
  expect(storeB.getRound("r-0-1")).toBeUndefined();
  expect(await queues.persistFor(b).getJobCounts("waiting")).toEqual({ waiting: 1 });
  await queues.close();
  redis.disconnect();
  storeA.close();
  storeB.close();
});
