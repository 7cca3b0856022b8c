/**
 * Fault 1: a job whose worker is killed while it holds it, three times. BullMQ then fails the job as
 * "stalled more than allowable limit" with fewer attempts made than allowed; the round must still end.
 */

import { type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import { RoundState, startRound } from "@puzzleloop/pipeline";
import { afterAll, beforeAll, expect, it } from "vitest";
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

const [A1, A2, A3, STALLS] = [111013, 222013, 333013, 444013] as const;
let env: FaultEnv;
let server: ScriptedOpenAiServer;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  env = await startFaultEnv("stall");
});

afterAll(async () => {
  for (const worker of workers) await worker.stop(5000);
  await server?.stop();
  await env?.close();
});

it("ends a round whose solve job stalled three times, and records the puzzle as lost", async () => {
  const script = loopScript({
    batches: [[A1, A2, A3, STALLS].map((a) => fenced(validPuzzle(a)))],
    solutions: new Map<number, SolutionKind[]>([A1, A2, A3, STALLS].map((a) => [a, ["ok", "wrong"]])),
    // The stalling puzzle's answer never comes in time: its job is always in flight when its worker dies.
    delayMs: ({ kind, key }) => (kind === "solve" && key === STALLS ? 600_000 : 0),
  });
  server = await startOpenAiServer({ responder: script.responder });
  const { path, store } = env.openStore("stall.db");
  const args = ["--lock-ms", "2000", "--stalled-ms", "1000", "--db", path];
  const workerEnv = { REDIS_URL: env.redisServer.url };
  const plan = await startRound(
    { redis: env.redis, queues: env.queues, store },
    { model: server.url, puzzles: 4, attempts: 2, samplesPerPrompt: 4, fewShot: 1 },
  );

  const state = new RoundState(env.redis, plan.id);
  let lastKill = 0;
  for (let kill = 1; kill <= 3; kill++) {
    const worker = new WorkerProcess(args, workerEnv);
    workers.push(worker);
    // Each kill catches the stalling job alone: the other puzzles are stored before the first.
    await waitFor(
      `solve request ${kill} for the stalling puzzle`,
      async () => {
        if (!worker.running) throw new Error(`the worker exited early:\n${worker.output}`);
        const stored = (await state.progress()).persisted;
        return stored === 3 && script.solveRequests(STALLS) >= kill && server.inFlight >= 1
          ? true
          : undefined;
      },
      60_000,
    );
    worker.killGroup("SIGKILL");
    await worker.exited;
    lastKill = Date.now();
  }
  const last = new WorkerProcess(args, workerEnv);
  workers.push(last);
  const { row, at } = await roundEnded(store, plan.id, 60_000);
  const endS = seconds(lastKill, at);

  expect(row.status).toBe("failed");
  expect(row.error).toMatch(/1 puzzle lost/);
  expect(row.error).toMatch(/solve: job stalled more than allowable limit/);
  // The stalled job was never run a fourth time: its third stall ended it.
  expect(script.solveRequests(STALLS)).toBe(3);
  const stored = store.listPuzzles({ roundId: plan.id });
  expect(stored).toHaveLength(3);
  expect(store.countAttemptsByStatus(plan.id)).toMatchObject({ verified: 3, wrong_answer: 3 });
  const failures = store.listFailures({ roundId: plan.id });
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatchObject({ stage: "solve", message: "job stalled more than allowable limit" });
  expect(row.counts).toMatchObject({ accepted: 4, stored: 3, lost: 1, attempts: 6 });

  // SQLite and the live counters agree.
  const counts = await env.redis.hgetall(`puzzleloop:round:${plan.id}:counts`);
  expect(Number(counts["stored:attempts"])).toBe(6);
  expect(Number(counts["stored:puzzles"])).toBe(3);

  const status = await runCli(["status", "--json", "--db", path], workerEnv);
  expect(status.code).toBe(0);
  const reported = (JSON.parse(status.stdout) as { rounds: { id: string; status: string; error?: string }[] })
    .rounds;
  expect(reported.find((r) => r.id === plan.id)).toMatchObject({
    status: "failed",
    error: expect.stringMatching(/stalled more than allowable limit/),
  });

  recordOutcome({
    fault: "1. solve job's worker killed 3 times",
    endS,
    boundS: 30,
    status: row.status,
    counts: describeCounts(store, plan.id),
  });
  expect(endS).toBeLessThan(30);
}, 180_000);
