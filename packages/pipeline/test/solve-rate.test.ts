/**
 * The solve rate counts samples, not distinct texts: a model that answers one puzzle with seven identical
 * correct completions and one wrong one solved it 7 times in 8, through verify, persist and the export.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportIteration } from "@puzzleloop/dataset";
import { type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import {
  connect,
  LoopQueues,
  ModelRegistry,
  type RunningWorkers,
  startRound,
  startWorkers,
} from "@puzzleloop/pipeline";
import { closeSharedPool } from "@puzzleloop/sandbox";
import { openSqliteStore, type SqliteStore } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { waitForRound } from "./harness.ts";
import { fenced, loopScript, type SolutionKind, validPuzzle } from "./scripted-model.ts";

const A = 910009;
const SAMPLES: SolutionKind[] = ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "wrong"];

let dir: string;
let redisServer: PrivateRedis;
let redis: Redis;
let queues: LoopQueues;
let server: ScriptedOpenAiServer;
let store: SqliteStore;
let workers: RunningWorkers;
let iteration: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-solve-rate-"));
  redisServer = await startPrivateRedis(dir);
  redis = connect(redisServer.url);
  queues = new LoopQueues(redis, { backoffMs: 200 });
  const script = loopScript({ batches: [[fenced(validPuzzle(A))]], solutions: new Map([[A, SAMPLES]]) });
  server = await startOpenAiServer({ responder: script.responder });
  store = openSqliteStore({ path: join(dir, "solve-rate.db") });
  workers = startWorkers({ connection: redis, queues, models: new ModelRegistry(), store });
  const plan = await startRound(
    { redis, queues, store },
    { model: server.url, puzzles: 1, attempts: SAMPLES.length, samplesPerPrompt: 1, fewShot: 2, seed: 1 },
  );
  iteration = plan.iteration;
  const done = await waitForRound(redis, plan.id, 90_000);
  expect(done.status).toBe("done");
  expect(script.unexpected).toEqual([]);
}, 120_000);

afterAll(async () => {
  await workers?.close();
  store?.close();
  await server?.stop();
  await queues?.close();
  redis?.disconnect();
  await closeSharedPool();
  await redisServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it("stores two attempts standing for eight samples", () => {
  const [counts] = store.puzzleAttemptCounts({ iteration });
  expect(counts).toMatchObject({ attempts: 2, samples: 8, verified: 7 });
});

it("exports solve_rate 0.875, which a minimum of 0.6 keeps", async () => {
  const result = await exportIteration(store, {
    iteration,
    out: join(dir, "export"),
    format: "raw",
    minSolveRate: 0.6,
    weighting: "inverse-solve-rate",
  });
  const lines = readFileSync(join(result.dir, "train.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { samples: number; verified: number; solve_rate: number });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ samples: 8, verified: 7, solve_rate: 0.875 });
});
