/** The loop end to end: real Redis, SQLite, sandbox and CLI processes, with a scripted model over HTTP. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { normalizeSat } from "@puzzleloop/core";
import { exportIteration } from "@puzzleloop/dataset";
import {
  GENERATION_SYSTEM_PROMPT,
  reply,
  type ScriptedOpenAiServer,
  startOpenAiServer,
} from "@puzzleloop/model";
import {
  connect,
  LoopQueues,
  ModelRegistry,
  type RoundPlan,
  RoundState,
  type RunningWorkers,
  STAGES,
  type Stage,
  snapshotRound,
  startRound,
  startWorkers,
} from "@puzzleloop/pipeline";
import { loadHeldOut, loadPool } from "@puzzleloop/puzzles";
import { closeSharedPool } from "@puzzleloop/sandbox";
import { openSqliteStore, type SqliteStore } from "@puzzleloop/store";
import type { Job, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { type PrivateRedis, startPrivateRedis } from "puzzleloop/private-redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { puzzleOwners } from "../src/redis/keys.ts";
import { runCli, WorkerProcess, waitFor, waitForRound } from "./harness.ts";
import {
  fenced,
  type LoopScript,
  loopScript,
  PROSE_COMPLETION,
  restatedPuzzle,
  type SolutionKind,
  TRIVIAL_PUZZLE,
  validPuzzle,
} from "./scripted-model.ts";

let dir: string;
let redisServer: PrivateRedis;
let redis: Redis;
let queues: LoopQueues;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-loop-"));
  redisServer = await startPrivateRedis(dir);
  redis = connect(redisServer.url);
  queues = new LoopQueues(redis, { backoffMs: 200 });
});

afterAll(async () => {
  await queues?.close();
  redis?.disconnect();
  await closeSharedPool();
  await redisServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The constant `a` written in a stored puzzle, which names it in the script. */
const constantOf = (source: string) => Number(/\ba = (\d+)/.exec(source)?.[1]);

const shortest = <T extends { puzzle: string }>(puzzles: T[]): T =>
  [...puzzles].sort((x, y) => x.puzzle.length - y.puzzle.length)[0]!;

function hashOf(source: string): string {
  const normal = normalizeSat(source);
  if (!normal.ok) throw new Error(`unparsable test puzzle: ${normal.message}`);
  return normal.value.hash;
}

describe("a round against a scripted OpenAI-compatible model", () => {
  const [A1, A2, A3, A4, A5, A6, A7] = [100003, 200003, 300003, 400003, 500003, 600003, 700003] as const;

  // Four completions per puzzle; the same text twice is one attempt.
  const SOLUTIONS = new Map<number, SolutionKind[]>([
    [A1, ["ok", "ok2", "wrong", "wrong2"]],
    [A2, ["ok", "ok", "wrong", "prose"]],
    [A3, ["wrong", "wrong2", "throws", "prose"]],
    [A4, ["ok", "wrong", "wrong2", "throws"]],
    [A5, ["ok", "ok2", "ok3", "wrong"]],
    [A6, ["ok", "wrong", "wrong", "wrong2"]],
    [A7, ["wrong", "wrong", "wrong", "wrong"]],
  ]);
  /**
   * Distinct attempts, samples (identical completions each counted) and verified samples per puzzle,
   * as SOLUTIONS implies.
   */
  const PER_PUZZLE = new Map<number, { attempts: number; samples: number; verified: number }>([
    [A1, { attempts: 4, samples: 4, verified: 2 }],
    [A2, { attempts: 3, samples: 4, verified: 2 }],
    [A3, { attempts: 4, samples: 4, verified: 0 }],
    [A4, { attempts: 4, samples: 4, verified: 1 }],
    [A5, { attempts: 4, samples: 4, verified: 3 }],
    [A6, { attempts: 3, samples: 4, verified: 1 }],
    [A7, { attempts: 1, samples: 4, verified: 0 }],
  ]);
  const ATTEMPTS = { verified: 8, wrong_answer: 11, error: 2, invalid: 2 };
  const REJECTED = { trivial: 1, no_code: 1, duplicate: 3 };

  let server: ScriptedOpenAiServer;
  let script: LoopScript;
  let store: SqliteStore;
  let dbPath: string;
  /** A stage's queue; persist jobs live in the queue of the database the scripted round writes to. */
  const queueOf = (stage: Stage): Queue =>
    (stage === "persist" ? queues.persistFor(store.datasetId) : queues[stage]) as Queue;
  let workers: RunningWorkers;
  let plan: RoundPlan;
  let seedCopy: string;
  let heldCopy: string;

  beforeAll(async () => {
    seedCopy = shortest(await loadPool()).puzzle;
    heldCopy = shortest(await loadHeldOut("test")).puzzle;
    script = loopScript({
      // Twelve completions: seven new puzzles; a restatement of A1 and copies of a train and a test
      // seed puzzle (duplicates); a trivial puzzle; and one with no code.
      batches: [
        [validPuzzle(A1), validPuzzle(A2), TRIVIAL_PUZZLE, validPuzzle(A3)].map(fenced),
        [fenced(validPuzzle(A4)), PROSE_COMPLETION, fenced(restatedPuzzle(A1)), fenced(validPuzzle(A5))],
        [validPuzzle(A6), seedCopy, heldCopy, validPuzzle(A7)].map(fenced),
      ],
      solutions: SOLUTIONS,
      fault: ({ kind, key, nth }) => {
        if (kind === "generate" && key === 0 && nth === 0) return reply.rateLimited(1);
        if (kind === "solve" && key === A2 && nth === 0) return reply.status(500);
        return undefined;
      },
      delayMs: ({ kind, key }) => (kind === "solve" && key === A4 ? 1500 : 0),
    });
    server = await startOpenAiServer({ responder: script.responder });
    dbPath = join(dir, "scripted.db");
    store = openSqliteStore({ path: dbPath });
    const models = new ModelRegistry({
      http: { retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 2000, timeoutMs: 5000 } },
    });
    workers = startWorkers({ connection: redis, queues, models, store });
    plan = await startRound(
      { redis, queues, store },
      { model: server.url, puzzles: 12, attempts: 4, samplesPerPrompt: 4, fewShot: 2, seed: 1 },
    );
    await waitForRound(redis, plan.id, 90_000);
  }, 120_000);

  afterAll(async () => {
    await workers?.close();
    store?.close();
    await server?.stop();
  });

  it("stores exactly the puzzles, attempts and calls the script implies, through faults", async () => {
    expect(script.unexpected).toEqual([]);
    expect(plan.generateJobs).toBe(3);

    // Faults: the 429 and the 500 were each retried once, the 429 no sooner than Retry-After said.
    expect(script.faults).toEqual([
      { kind: "generate", key: 0, nth: 0, reply: "status" },
      { kind: "solve", key: A2, nth: 0, reply: "status" },
    ]);
    const rateLimited = server.requests.filter(
      (r) => r.messages[0]?.content === GENERATION_SYSTEM_PROMPT && r.seed === script.generateSeeds[0],
    );
    expect(rateLimited).toHaveLength(2);
    expect(rateLimited[1]!.receivedAt - rateLimited[0]!.receivedAt).toBeGreaterThanOrEqual(950);
    expect(script.solveRequests(A2)).toBe(2);
    // The slow answer came within the timeout: asked once.
    expect(script.solveRequests(A4)).toBe(1);
    for (const a of [A1, A3, A5, A6, A7]) expect(script.solveRequests(a)).toBe(1);
    // 3 generation + 7 solving requests, and the two retries. Duplicates cost no solve call.
    expect(server.requests).toHaveLength(12);

    const snapshot = (await snapshotRound(redis, plan.id))!;
    expect(snapshot.status).toBe("done");
    expect(snapshot.rejected).toEqual(REJECTED);
    expect(snapshot.attempts).toEqual(ATTEMPTS);
    expect(snapshot.failed).toEqual({});
    expect(snapshot.puzzlesAccepted).toBe(7);
    expect(snapshot.puzzlesSolved).toBe(5);
    expect(snapshot.calls.calls).toBe(10);
    expect(snapshot.stages).toEqual([
      { stage: "generate", done: 3, total: 3, open: false },
      { stage: "solve", done: 7, total: 7, open: false },
      { stage: "verify", done: 7, total: 7, open: false },
      { stage: "persist", done: 7, total: 7, open: false },
    ]);

    expect(store.getRound(plan.id)?.status).toBe("done");
    const stored = store.listPuzzles({ roundId: plan.id });
    expect(stored.every((p) => p.origin === "generated")).toBe(true);
    expect(stored.map((p) => constantOf(p.source)).sort()).toEqual([A1, A2, A3, A4, A5, A6, A7]);
    expect(store.countPuzzlesByOrigin({ roundId: plan.id }).generated).toBe(7);
    // The copied train puzzle stays a seed; the copied test puzzle never reaches the database.
    expect(store.getPuzzleByHash(hashOf(seedCopy))?.origin).toBe("seed");
    expect(store.getPuzzleByHash(hashOf(heldCopy))).toBeUndefined();
    expect(store.countPuzzlesByOrigin().seed).toBe((await loadPool()).length);

    expect(store.countAttemptsByStatus(plan.id)).toEqual({ ...ATTEMPTS, timeout: 0, memory: 0 });
    const perPuzzle = store.puzzleAttemptCounts({ roundId: plan.id });
    expect(perPuzzle).toHaveLength(7);
    for (const row of perPuzzle) {
      const a = constantOf(store.getPuzzle(row.puzzleId)!.source);
      expect({ a, attempts: row.attempts, samples: row.samples, verified: row.verified }).toEqual({
        a,
        ...PER_PUZZLE.get(a),
      });
    }

    const pairs = [...store.verifiedPairs({ iteration: plan.iteration, origin: "generated" })];
    expect(pairs).toHaveLength(8);
    for (const pair of pairs) {
      const a = constantOf(pair.puzzle);
      expect(pair.solution).toMatch(new RegExp(`sol\\(a = ${a}\\): number \\{\\s+return a( \\* 1| \\+ 0)?;`));
      const { samples, verified } = PER_PUZZLE.get(a)!;
      expect({ samples: pair.samples, verified: pair.verified }).toEqual({ samples, verified });
      expect(pair.model).toBe(server.url);
    }

    const calls = store.modelCallSums(plan.id);
    expect(calls.calls).toBe(10);
    expect(calls.errors).toBe(0);
    expect(calls.byKind.generate.calls).toBe(3);
    expect(calls.byKind.solve.calls).toBe(7);
    expect(calls.promptTokens).toBe(snapshot.calls.promptTokens);
    expect(calls.completionTokens).toBe(snapshot.calls.completionTokens);
    expect(calls.completionTokens).toBeGreaterThan(0);
  });

  it("reports the same counts through `puzzleloop status --json`", async () => {
    const result = await runCli(["status", "--json", "--db", dbPath], { REDIS_URL: redisServer.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      redis: string;
      rounds: {
        id: string;
        status: string;
        model: string;
        puzzles: number;
        verified: number;
        attempts: Record<string, number>;
        live?: { rejected: Record<string, number>; failed: Record<string, number>; stages: unknown };
      }[];
      queues: Record<Stage, Record<string, number>>;
    };
    expect(report.redis).toBe(redisServer.url);
    const round = report.rounds.find((r) => r.id === plan.id);
    expect(round).toMatchObject({ status: "done", model: server.url, puzzles: 7, verified: 8 });
    expect(round?.attempts).toEqual({ ...ATTEMPTS, timeout: 0, memory: 0 });
    expect(round?.live?.rejected).toEqual(REJECTED);
    expect(round?.live?.failed).toEqual({});
    expect(round?.live?.stages).toEqual((await snapshotRound(redis, plan.id))?.stages);
    for (const stage of STAGES) expect(report.queues[stage]?.failed).toBe(0);
  });

  it("adds nothing twice when every job of the round runs again", async () => {
    const observe = async () => {
      const state = new RoundState(redis, plan.id);
      return {
        status: (await state.status()).status,
        counts: await state.counts(),
        progress: await state.progress(),
        events: await redis.hgetall(state.keys.events),
        owners: await redis.hgetall(puzzleOwners(plan.dataset)),
        puzzles: store.listPuzzles().map((p) => `${p.id}:${p.hash}`),
        attempts: store.countAttemptsByStatus(plan.id),
        perPuzzle: store.puzzleAttemptCounts({ roundId: plan.id }),
        calls: store.modelCallSums(plan.id),
        pairs: [...store.verifiedPairs({ iteration: plan.iteration })].map((p) => p.attemptId),
        roundStatus: store.getRound(plan.id)?.status,
        modelRequests: server.requests.length,
      };
    };
    const before = await observe();

    const original = new Map<Stage, Job[]>();
    for (const stage of STAGES) {
      expect(await queueOf(stage).getJobCounts("waiting", "active", "delayed", "failed")).toEqual({
        waiting: 0,
        active: 0,
        delayed: 0,
        failed: 0,
      });
      const jobs = (await queueOf(stage).getJobs(["completed"], 0, -1, true)) as Job[];
      original.set(
        stage,
        jobs.sort((x, y) => x.timestamp - y.timestamp),
      );
    }
    expect(original.get("generate")).toHaveLength(3);
    expect(original.get("solve")).toHaveLength(7);
    expect(original.get("verify")).toHaveLength(7);
    // One round record, ten call records, seven attempt batches, one finish.
    expect(
      original
        .get("persist")
        ?.map((j) => j.name)
        .sort(),
    ).toEqual(
      ["round", ...Array<string>(10).fill("calls"), ...Array<string>(7).fill("attempts"), "finish"].sort(),
    );

    // A removed id no longer guards against its job, so every job runs again, in its first order;
    // the later stages first, so that the jobs the earlier ones add again meet their ids waiting.
    const rerunFrom = Date.now();
    for (const jobs of original.values()) for (const job of jobs) await job.remove();
    for (const stage of ["persist", "verify", "solve", "generate"] as const) {
      for (const job of original.get(stage)!) {
        await (queueOf(stage) as Queue).add(job.name, job.data, { ...job.opts, jobId: job.id! });
      }
    }
    await waitFor(
      "the re-added jobs to run",
      async () => {
        for (const stage of STAGES) {
          const counts = await queueOf(stage).getJobCounts(
            "completed",
            "waiting",
            "active",
            "delayed",
            "prioritized",
            "failed",
          );
          if (counts.failed) throw new Error(`a re-added ${stage} job failed`);
          if (counts.completed !== original.get(stage)!.length) return undefined;
          if (counts.waiting || counts.active || counts.delayed || counts.prioritized) return undefined;
        }
        return true;
      },
      60_000,
      100,
    );

    for (const stage of STAGES) {
      const again = (await queueOf(stage).getJobs(["completed"], 0, -1)) as Job[];
      expect(again.map((j) => j.id).sort()).toEqual(
        original
          .get(stage)!
          .map((j) => j.id)
          .sort(),
      );
      for (const job of again) expect(job.finishedOn).toBeGreaterThanOrEqual(rerunFrom);
    }
    const after = await observe();
    expect(after).toEqual(before);
    // The model was not asked again: the jobs reused the outputs recorded for their ids.
    expect(after.modelRequests).toBe(12);
    expect(after.attempts).toEqual({ ...ATTEMPTS, timeout: 0, memory: 0 });
  });

  it("exports pairs that `puzzleloop verify --jsonl` verifies again", async () => {
    const result = await exportIteration(store, {
      iteration: plan.iteration,
      out: join(dir, "export"),
      format: "raw",
    });
    const lines = readFileSync(join(result.dir, "train.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { puzzle: string; solution: string; puzzle_id: number });
    const pairs = [...store.verifiedPairs({ iteration: plan.iteration, origin: "generated" })];
    expect(lines).toHaveLength(8);
    const key = (p: { puzzleId: number; solution: string }) => `${p.puzzleId}\n${p.solution}`;
    expect(lines.map((l) => key({ puzzleId: l.puzzle_id, solution: l.solution })).sort()).toEqual(
      pairs.map(key).sort(),
    );

    const input = join(dir, "exported-pairs.jsonl");
    writeFileSync(
      input,
      `${lines.map((l) => JSON.stringify({ puzzle: l.puzzle, solution: l.solution })).join("\n")}\n`,
    );
    const verify = await runCli(["verify", "--jsonl", input], {});
    expect(verify.stderr).toBe("");
    const out = verify.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { status: string; verified: boolean });
    expect(out).toHaveLength(lines.length);
    for (const line of out) expect(line).toMatchObject({ status: "verified", verified: true });
    expect(verify.code).toBe(0);

    // The same check tells a wrong pair apart, so the verdicts above are not a formality.
    const first = lines[0]!;
    const wrong = first.solution.replace(/return a[^;]*;/, "return a + 1;");
    writeFileSync(input, `${JSON.stringify({ puzzle: first.puzzle, solution: wrong })}\n`);
    const control = await runCli(["verify", "--jsonl", input], {});
    expect(JSON.parse(control.stdout)).toMatchObject({ status: "wrong_answer", verified: false });
    expect(control.code).toBe(1);
  });
});

describe("a worker process killed in the middle of a round", () => {
  const CONSTANTS = [810007, 820007, 830007, 840007, 850007, 860007, 870007, 880007];
  let server: ScriptedOpenAiServer;
  let store: SqliteStore | undefined;
  const processes: WorkerProcess[] = [];

  afterAll(async () => {
    for (const worker of processes) await worker.stop();
    store?.close();
    await server?.stop();
  });

  it("loses nothing and stores nothing twice once another worker finishes the round", async () => {
    const script = loopScript({
      batches: [CONSTANTS.slice(0, 4), CONSTANTS.slice(4)].map((batch) =>
        batch.map((a) => fenced(validPuzzle(a))),
      ),
      solutions: new Map<number, SolutionKind[]>(CONSTANTS.map((a) => [a, ["ok", "wrong", "throws"]])),
      // Slow solving keeps solve jobs in flight long enough to be caught by the kill.
      delayMs: ({ kind }) => (kind === "solve" ? 2000 : 0),
    });
    server = await startOpenAiServer({ responder: script.responder });
    const dbPath = join(dir, "killed.db");
    const env = { REDIS_URL: redisServer.url };
    const args = ["--lock-ms", "3000", "--stalled-ms", "1000", "--db", dbPath];

    const first = new WorkerProcess(args, env);
    processes.push(first);
    store = openSqliteStore({ path: dbPath });
    const plan = await startRound({ redis, queues, store }, { model: server.url, puzzles: 8, attempts: 3 });
    const state = new RoundState(redis, plan.id);

    await waitFor(
      "a puzzle stored while solve requests are in flight",
      async () => {
        if (!first.running) throw new Error(`the worker exited early:\n${first.output}`);
        const progress = await state.progress();
        return progress.persisted >= 1 && server.inFlight >= 1 ? true : undefined;
      },
      60_000,
      20,
    );
    first.killGroup("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    // The dead worker's jobs still look active: only their locks running out gives them back.
    expect(await queues.solve.getActiveCount()).toBeGreaterThanOrEqual(1);
    const midway = (await snapshotRound(redis, plan.id))!;
    expect(midway.status).toBe("running");
    expect(midway.stages.find((s) => s.stage === "persist")!.done).toBeLessThan(8);

    const second = new WorkerProcess(args, env);
    processes.push(second);
    const done = await waitForRound(redis, plan.id, 90_000);
    await second.stop();
    expect(second.output).toContain("worker stopped");

    expect(script.unexpected).toEqual([]);
    expect(done.failed).toEqual({});
    expect(done.puzzlesAccepted).toBe(8);
    expect(done.attempts).toEqual({ verified: 8, wrong_answer: 8, error: 8 });
    // Ten jobs called the model; more requests than that means the ones cut off by the kill were asked
    // again, yet each job's call is counted and stored once.
    expect(server.requests.length).toBeGreaterThan(2 + 8);
    expect(done.calls.calls).toBe(2 + 8);
    expect(store.modelCallSums(plan.id).calls).toBe(2 + 8);

    expect(store.getRound(plan.id)?.status).toBe("done");
    const accepted = await redis.smembers(state.keys.accepted);
    expect(accepted).toHaveLength(8);
    for (const hash of accepted) {
      expect(store.getPuzzleByHash(hash)).toMatchObject({ origin: "generated", roundId: plan.id });
    }
    expect(
      store
        .listPuzzles({ roundId: plan.id })
        .map((p) => constantOf(p.source))
        .sort(),
    ).toEqual(CONSTANTS);

    const counts = await state.counts();
    const byStatus = store.countAttemptsByStatus(plan.id);
    expect(byStatus).toEqual({ verified: 8, wrong_answer: 8, error: 8, invalid: 0, timeout: 0, memory: 0 });
    expect(Object.values(byStatus).reduce((x, y) => x + y, 0)).toBe(counts.attempts);
    for (const [status, n] of Object.entries(done.attempts)) expect(byStatus[status as "verified"]).toBe(n);
    const perPuzzle = store.puzzleAttemptCounts({ roundId: plan.id });
    expect(perPuzzle).toHaveLength(8);
    for (const row of perPuzzle) expect(row).toMatchObject({ attempts: 3, verified: 1 });
  }, 150_000);
});
