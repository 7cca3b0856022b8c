/** The round supervisor: every round ends, whatever happened to its jobs or its Redis state. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type SqliteStore } from "@puzzleloop/store";
import { UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  connect,
  DEFAULT_ROUND_LIMITS,
  JOBS_GONE,
  LoopQueues,
  ModelRegistry,
  type RoundPlan,
  RoundState,
  RoundSupervisor,
  solveJobId,
} from "../src/index.ts";
import { PREFIX } from "../src/redis/keys.ts";
import { createContext, type StageContext } from "../src/stages/context.ts";

let dir: string;
let server: PrivateRedis;
let redis: Redis;
let queues: LoopQueues;
let store: SqliteStore;
let ctx: StageContext;
const lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-supervisor-"));
  server = await startPrivateRedis(dir);
  redis = connect(server.url);
});

afterAll(async () => {
  redis.disconnect();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await redis.flushall();
  store = openSqliteStore({ path: join(dir, `${Date.now()}.db`) });
  queues = new LoopQueues(redis, { dataset: store.datasetId, backoffMs: 10 });
  lines.length = 0;
  ctx = createContext({
    redis,
    queues,
    models: new ModelRegistry(),
    store,
    signal: new AbortController().signal,
    database: {},
    log: (line) => lines.push(line),
  });
});

afterEach(async () => {
  await queues.close();
  store.close();
});

function plan(id: string, generateJobs = 0): RoundPlan {
  return {
    id,
    iteration: 0,
    model: "http://127.0.0.1:9/model",
    kind: "generate",
    puzzles: 1,
    attempts: 1,
    temperature: 0.8,
    seed: 1,
    fewShot: 0,
    samplesPerPrompt: 1,
    generateJobs,
    trainDirs: [],
    split: null,
    dataset: store.datasetId,
    createdAt: Date.now(),
    limits: { ...DEFAULT_ROUND_LIMITS, jobAttempts: 1 },
  };
}

/** A round whose one puzzle was accepted for solving, as the generate stage leaves it. */
async function roundWithPuzzle(id: string, hash: string): Promise<RoundState> {
  const state = new RoundState(redis, id);
  await state.savePlan(plan(id));
  await state.add("accepted", hash);
  return state;
}

const solveJob = (round: string, hash: string) => ({
  round,
  model: "http://127.0.0.1:9/model",
  temperature: 0.8,
  seed: 1,
  attempts: 1,
  examples: [],
  evaluation: false,
  puzzle: {
    hash,
    source: "export function sat(x: number): boolean { return x === 1; }",
    answerType: "number",
    fewShotIds: [],
  },
});

/** Checks until the round has asked for its end (a finish job), at most `checks` times. */
async function superviseUntilFinishAsked(round: string, checks = 4): Promise<void> {
  const supervisor = new RoundSupervisor(ctx, { intervalMs: 1 });
  for (let i = 0; i < checks; i++) {
    await supervisor.check();
    await new Promise((r) => setTimeout(r, 5));
    if ((await queues.persist.getJob(`finish-${round}`)) !== undefined) return;
  }
  throw new Error(`round ${round} was not closed after ${checks} checks`);
}

describe("RoundSupervisor", () => {
  it("gives up a job that failed for good while nobody was there to account for it", async () => {
    const hash = "a".repeat(64);
    const state = await roundWithPuzzle("r-0-1", hash);
    await queues.addSolve(solveJob("r-0-1", hash), { jobAttempts: 1, redisTtlS: 60 });
    // A worker that fails the job and dies before any give-up could run.
    const connection = redis.duplicate();
    const bare = new Worker(
      "solve",
      async () => {
        throw new UnrecoverableError("the worker's process crashed");
      },
      { connection, prefix: PREFIX },
    );
    const job = await queues.solve.getJob(solveJobId("r-0-1", hash));
    await new Promise<void>((resolve) => bare.once("failed", () => resolve()));
    await bare.close();
    connection.disconnect();
    expect(await job?.getState()).toBe("failed");

    await superviseUntilFinishAsked("r-0-1");
    expect((await state.progress()).lost).toBe(1);
    expect(Object.values(await state.failures())).toMatchObject([
      { stage: "solve", message: "the worker's process crashed", puzzleHash: hash },
    ]);
  });

  it("counts as lost the work none of whose jobs is left (Redis lost them), after two idle checks", async () => {
    const hash = "b".repeat(64);
    const state = await roundWithPuzzle("r-0-2", hash);
    const supervisor = new RoundSupervisor(ctx, { intervalMs: 1 });
    await supervisor.check();
    await supervisor.check();
    // One idle check is not enough: the work may be between two jobs.
    expect((await state.progress()).lost).toBe(0);
    await new Promise((r) => setTimeout(r, 5));
    await superviseUntilFinishAsked("r-0-2");
    expect((await state.progress()).lost).toBe(1);
    expect(Object.values(await state.failures())).toMatchObject([{ stage: "round", message: JOBS_GONE }]);
  });

  it("leaves alone work whose job is still waiting", async () => {
    const hash = "c".repeat(64);
    const state = await roundWithPuzzle("r-0-3", hash);
    await queues.addSolve(solveJob("r-0-3", hash), { jobAttempts: 1, redisTtlS: 60 });
    const supervisor = new RoundSupervisor(ctx, { intervalMs: 1 });
    for (let i = 0; i < 4; i++) {
      await supervisor.check();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await state.progress()).lost).toBe(0);
    expect(await queues.persist.getJob("finish-r-0-3")).toBeUndefined();
  });

  it("closes from SQLite a running round that Redis forgot, and says so in one line", async () => {
    store.createIteration({ id: 0, model: "builtin" });
    store.createRound({
      id: "r-0-4",
      iterationId: 0,
      model: "builtin",
      config: { puzzles: 1, attempts: 1, temperature: 1, seed: 1, fewShot: 0 },
    });
    store.setRoundStatus("r-0-4", "running");
    await new RoundSupervisor(ctx, { intervalMs: 1 }).check();
    expect(store.getRound("r-0-4")).toMatchObject({
      status: "failed",
      counts: { accepted: null, stored: 0, lost: null, attempts: 0, failedJobs: { round: 1 } },
    });
    expect(store.listFailures({ roundId: "r-0-4" })).toMatchObject([{ stage: "round" }]);
    expect(lines).toEqual([expect.stringMatching(/^round r-0-4: its state in Redis is gone/)]);
    // Once closed it stays as recorded.
    await new RoundSupervisor(ctx, { intervalMs: 1 }).check();
    expect(lines).toHaveLength(1);
  });
});
