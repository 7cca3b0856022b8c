/**
 * Fault 4: a model that accepts the connection and never answers, one that always answers 500, one that
 * says it cannot be used (401), and a worker stopped while its model calls hang. Each round ends within
 * the round's own bound, asks no more than its HTTP tries allow, and says what it is waiting on.
 */

import { normalizeSat } from "@puzzleloop/core";
import { reply, type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import { listRoundIds, RoundState, solveJobId, startRound } from "@puzzleloop/pipeline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeCounts,
  type FaultEnv,
  fenced,
  loopScript,
  roundEnded,
  runCli,
  type SolutionKind,
  seconds,
  startFaultEnv,
  validPuzzle,
  WorkerProcess,
  waitFor,
} from "./fault-env.ts";
import { recordOutcome } from "./report.ts";

let env: FaultEnv;
const servers: ScriptedOpenAiServer[] = [];
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  env = await startFaultEnv("model");
});

afterAll(async () => {
  for (const worker of workers) await worker.stop(5000);
  for (const server of servers) await server.stop();
  await env?.close();
});

const hashOf = (a: number) => {
  const normal = normalizeSat(validPuzzle(a));
  if (!normal.ok) throw new Error(normal.message);
  return normal.value.hash;
};

/** A generation answer the fault replaces: n puzzles that are never seen. */
const anyBatch = (n: number) => Array.from({ length: n }, (_, i) => fenced(validPuzzle(900_001 + i)));

async function serve(script: ReturnType<typeof loopScript>): Promise<ScriptedOpenAiServer> {
  const server = await startOpenAiServer({ responder: script.responder });
  servers.push(server);
  return server;
}

/** `round start --local --wait` in a child process, with the round's id once Redis knows it. */
async function localRound(model: string, db: string, puzzles: number, limits: string[]) {
  const known = new Set(await listRoundIds(env.redis, 100));
  const cli = runCli(
    [
      "round",
      "start",
      "--local",
      "--wait",
      "--model",
      model,
      "--puzzles",
      String(puzzles),
      "--attempts",
      "2",
    ].concat(["--no-check", "--few-shot", "1", ...limits, "--db", db]),
    { REDIS_URL: env.redisServer.url },
    180_000,
  );
  const round = await waitFor(
    "the round to start",
    async () => (await listRoundIds(env.redis, 100)).find((id) => !known.has(id)),
    60_000,
  );
  return { cli, round };
}

describe("a model that never answers", () => {
  const [A1, A2, DEAD1, DEAD2] = [131023, 242023, 353023, 464023];

  it("ends the round after each hanging call's HTTP tries, and shows what it waits on", async () => {
    const script = loopScript({
      batches: [[A1, A2, DEAD1, DEAD2].map((a) => fenced(validPuzzle(a)))],
      solutions: new Map<number, SolutionKind[]>([A1, A2, DEAD1, DEAD2].map((a) => [a, ["ok", "wrong"]])),
      delayMs: ({ kind, key }) => (kind === "solve" && (key === DEAD1 || key === DEAD2) ? 600_000 : 0),
    });
    const server = await serve(script);
    const { path, store } = env.openStore("dead.db");
    const limits = ["--request-timeout-ms", "3000", "--http-attempts", "2", "--job-attempts", "3"];
    const started = Date.now();
    const { cli, round } = await localRound(server.url, path, 4, limits);
    const watch = runCli(["watch", "--round", round, "--interval", "1"], {
      REDIS_URL: env.redisServer.url,
    });
    const result = await cli;
    const { row, at } = await roundEnded(store, round, 10_000);
    const watched = await watch;

    expect(result.stdout).toMatch(/model calls: 2 tries of at most 3 s each, so a call gives up within 36 s/);
    expect(watched.stdout).toMatch(
      /waiting {2}on model: 2 requests in flight, oldest \d+ s \(each gives up after 2 x 3 s\)/,
    );
    expect(watched.code).toBe(1);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /puzzleloop: round r-\d+-\d+ failed: 2 puzzles lost, 2 jobs failed for good: solve: the model call did not finish within 3000 ms \(x2\)/,
    );
    // Each hanging call was asked its two HTTP tries, and the job was not run again.
    expect(script.solveRequests(DEAD1)).toBe(2);
    expect(script.solveRequests(DEAD2)).toBe(2);
    expect(row).toMatchObject({ status: "failed" });
    expect(row.counts).toMatchObject({
      accepted: 4,
      stored: 2,
      lost: 2,
      attempts: 4,
      failedJobs: { solve: 2 },
    });
    const failures = store.listFailures({ roundId: round });
    expect(failures.map((f) => f.puzzleHash).sort()).toEqual([hashOf(DEAD1), hashOf(DEAD2)].sort());
    // The failed calls are recorded as calls, with their error.
    const calls = store.modelCallSums(round);
    expect(calls.errors).toBe(2);
    expect(calls.byKind.solve).toMatchObject({ calls: 4, errors: 2 });
    const endS = seconds(started, at);
    recordOutcome({
      fault: "4a. model never answers (timeout 3 s, 2 tries)",
      endS,
      boundS: 36,
      status: row.status,
      counts: `${describeCounts(store, round)}; 2 requests per hanging call`,
    });
    expect(endS).toBeLessThan(36);
  }, 180_000);
});

describe("a model whose answers will not change", () => {
  it("asks a model that always answers 500 only its HTTP tries per call, and records each failed call", async () => {
    const script = loopScript({
      batches: [anyBatch(4), anyBatch(4)],
      solutions: new Map(),
      fault: ({ kind }) => (kind === "generate" ? reply.status(500) : undefined),
    });
    const server = await serve(script);
    const { path, store } = env.openStore("500.db");
    const started = Date.now();
    const { cli, round } = await localRound(server.url, path, 8, [
      "--http-attempts",
      "3",
      "--job-attempts",
      "4",
    ]);
    const result = await cli;
    const { row, at } = await roundEnded(store, round, 10_000);
    expect(result.code).toBe(1);
    // Two generate jobs, three HTTP tries each, and no job run twice: 6 requests, not 24.
    expect(server.requests).toHaveLength(6);
    expect(row.counts).toMatchObject({ accepted: 0, stored: 0, lost: 0, failedJobs: { generate: 2 } });
    expect(row.error).toMatch(/^2 jobs failed for good: generate: HTTP 500 from .* \(x2\)$/);
    const calls = store.modelCallSums(round);
    expect(calls.byKind.generate).toMatchObject({ calls: 2, errors: 2 });
    recordOutcome({
      fault: "4b. model always answers 500 (3 tries)",
      endS: seconds(started, at),
      boundS: 30,
      status: row.status,
      counts: `${describeCounts(store, round)}; ${server.requests.length} requests for 2 calls`,
    });
  }, 120_000);

  it("stops asking a model that answered 401: later calls fail without a request", async () => {
    const script = loopScript({
      batches: [anyBatch(4), anyBatch(4), anyBatch(4)],
      solutions: new Map(),
      fault: () => reply.slow(300, reply.status(401)),
    });
    const server = await serve(script);
    const { path, store } = env.openStore("401.db");
    const started = Date.now();
    const { cli, round } = await localRound(server.url, path, 12, []);
    const result = await cli;
    const { row, at } = await roundEnded(store, round, 10_000);
    expect(result.code).toBe(1);
    // Three generate jobs, two at once: at most the two asked before the first 401 came back.
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
    expect(server.requests.length).toBeLessThanOrEqual(2);
    expect(row.counts).toMatchObject({ failedJobs: { generate: 3 } });
    expect(row.error).toMatch(/^3 jobs failed for good: generate: HTTP 401 from .* \(x3\)$/);
    recordOutcome({
      fault: "4c. model answers 401",
      endS: seconds(started, at),
      boundS: 30,
      status: row.status,
      counts: `${describeCounts(store, round)}; ${server.requests.length} requests for 3 calls`,
    });
  }, 120_000);
});

describe("a worker stopped while its model calls hang", () => {
  it("stops at once, hands the jobs back, and another worker finishes the round with nothing lost", async () => {
    const [A1, HANGS] = [151027, 262027];
    let hang = true;
    const script = loopScript({
      batches: [[A1, HANGS].map((a) => fenced(validPuzzle(a)))],
      solutions: new Map<number, SolutionKind[]>([A1, HANGS].map((a) => [a, ["ok", "wrong"]])),
      delayMs: ({ kind, key }) => (kind === "solve" && key === HANGS && hang ? 600_000 : 0),
    });
    const server = await serve(script);
    const { path, store } = env.openStore("sigterm.db");
    const plan = await startRound(
      { redis: env.redis, queues: env.queues, store },
      { model: server.url, puzzles: 2, attempts: 2, samplesPerPrompt: 2, fewShot: 1 },
    );
    const workerEnv = { REDIS_URL: env.redisServer.url };
    const first = new WorkerProcess(["--db", path], workerEnv);
    workers.push(first);
    await waitFor(
      "the hanging call in flight",
      async () => (script.solveRequests(HANGS) === 1 && server.inFlight === 1 ? true : undefined),
      60_000,
    );
    const termAt = Date.now();
    first.child.kill("SIGTERM");
    await first.exited;
    const stopS = seconds(termAt, Date.now());
    expect(stopS).toBeLessThan(5);
    expect(first.output).toContain("worker stopped");
    // The job is back in the queue, its attempt not spent, and the round still runs.
    const job = await env.queues.solve.getJob(solveJobId(plan.id, hashOf(HANGS)));
    expect(await job?.getState()).toBe("waiting");
    expect(job?.attemptsMade).toBe(0);
    expect((await new RoundState(env.redis, plan.id).status()).status).toBe("running");

    hang = false;
    const second = new WorkerProcess(["--db", path], workerEnv);
    workers.push(second);
    const { row, at } = await roundEnded(store, plan.id, 60_000);
    expect(row.status).toBe("done");
    expect(row.counts).toMatchObject({ accepted: 2, stored: 2, lost: 0, attempts: 4 });
    expect(script.solveRequests(HANGS)).toBe(2);
    recordOutcome({
      fault: `4d. SIGTERM during a hanging call (worker stopped in ${stopS} s)`,
      endS: seconds(termAt, at),
      boundS: 60,
      status: row.status,
      counts: describeCounts(store, plan.id),
    });
  }, 180_000);
});
