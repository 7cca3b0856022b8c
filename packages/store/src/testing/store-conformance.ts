/** The behaviour every Store implementation must show, as a vitest suite to run against each of them. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InvalidRoundIdError, IterationNotFoundError, RoundNotFoundError } from "../errors.ts";
import type { AttemptStatus, NewAttempt, NewPuzzle, RoundConfig } from "../schema.ts";
import type { Store } from "../store.ts";

const CONFIG: RoundConfig = { puzzles: 10, attempts: 4, temperature: 0.8, seed: 7, fewShot: 3 };

/** Above 10,000 rows, so that one batch needs several statements under SQLite's parameter limit. */
const LARGE_BATCH = 12_000;

function generated(hash: string, roundId: string, extra: Partial<NewPuzzle> = {}): NewPuzzle {
  return {
    hash,
    source: `export function sat(x: number): boolean { return x === ${JSON.stringify(hash)}.length; }`,
    origin: "generated",
    roundId,
    model: "builtin",
    answerType: "number",
    ...extra,
  };
}

function seed(hash: string, extra: Partial<NewPuzzle> = {}): NewPuzzle {
  return {
    hash,
    source: "export function sat(s: string): boolean { return s === 'a'; }",
    solution: "export function sol(): string { return 'a'; }",
    origin: "seed",
    seedId: `strings/${hash}`,
    answerType: "string",
    domain: "strings",
    ...extra,
  };
}

function attempt(
  puzzleId: number,
  roundId: string,
  solution: string,
  status: AttemptStatus,
  extra: Partial<NewAttempt> = {},
): NewAttempt {
  return {
    puzzleId,
    roundId,
    solution,
    solutionHash: `h:${solution}`,
    status,
    answer: status === "verified" ? "1" : null,
    solveMs: 1.5,
    checkMs: 0.5,
    error: status === "verified" ? null : "no",
    model: "builtin",
    ...extra,
  };
}

/**
 * Registers the conformance suite for one implementation. `makeStore` is called before each test and must
 * return an empty store; the suite closes it afterwards.
 */
export function describeStoreConformance(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(() => {
      store.close();
    });

    /** Iteration 0 with one round, the setting most tests start from. */
    function withRound(): string {
      store.createIteration({ model: "builtin" });
      return store.createRound({ iterationId: 0, model: "builtin", config: CONFIG }).id;
    }

    it("has a dataset id of its own", async () => {
      expect(store.datasetId).toMatch(/^[0-9a-f]{16}$/);
      const other = await makeStore();
      try {
        expect(other.datasetId).not.toBe(store.datasetId);
      } finally {
        other.close();
      }
    });

    describe("iterations", () => {
      it("numbers iterations from 0, keeps parents and lists them by id", () => {
        const base = store.createIteration({ model: "base" });
        const next = store.createIteration({ model: "tuned-1", parent: base.id, trainDir: "/exports/0" });
        expect(base).toMatchObject({ id: 0, model: "base", parent: null, trainDir: null });
        expect(next).toMatchObject({ id: 1, model: "tuned-1", parent: 0, trainDir: "/exports/0" });
        expect(typeof base.createdAt).toBe("number");
        expect(store.getIteration(1)).toEqual(next);
        expect(store.getIteration(9)).toBeUndefined();
        expect(store.listIterations().map((i) => i.id)).toEqual([0, 1]);
      });

      it("returns the stored iteration when an explicit id is created again", () => {
        const first = store.createIteration({ id: 0, model: "base" });
        const again = store.createIteration({ id: 0, model: "other" });
        expect(again).toEqual(first);
        expect(store.listIterations()).toHaveLength(1);
      });

      it("refuses a parent that does not exist", () => {
        expect(() => store.createIteration({ model: "m", parent: 3 })).toThrow(IterationNotFoundError);
        expect(store.listIterations()).toEqual([]);
      });

      it("takes the newest as current until one is set", () => {
        expect(store.currentIteration()).toBeUndefined();
        store.createIteration({ model: "base" });
        store.createIteration({ model: "tuned", parent: 0 });
        expect(store.currentIteration()?.id).toBe(1);
        store.setCurrentIteration(0);
        expect(store.currentIteration()?.id).toBe(0);
        store.createIteration({ model: "tuned-2", parent: 1 });
        expect(store.currentIteration()?.id).toBe(0);
        store.setCurrentIteration(2);
        store.setCurrentIteration(2);
        expect(store.currentIteration()?.id).toBe(2);
        expect(() => store.setCurrentIteration(5)).toThrow(IterationNotFoundError);
      });
    });

    describe("rounds", () => {
      it("names new rounds r-<iteration>-<n> and keeps their config", () => {
        store.createIteration({ model: "base" });
        store.createIteration({ model: "tuned", parent: 0 });
        const a = store.createRound({ iterationId: 0, model: "builtin", config: CONFIG });
        const b = store.createRound({ iterationId: 0, model: "builtin", config: { ...CONFIG, seed: 8 } });
        const c = store.createRound({ iterationId: 1, model: "tuned", config: CONFIG });
        expect([a.id, b.id, c.id]).toEqual(["r-0-1", "r-0-2", "r-1-1"]);
        expect(a).toMatchObject({ iterationId: 0, model: "builtin", config: CONFIG, status: "pending" });
        expect(a.startedAt).toBeNull();
        expect(a.finishedAt).toBeNull();
        expect(store.getRound("r-0-2")?.config.seed).toBe(8);
        expect(store.getRound("r-9-9")).toBeUndefined();
      });

      it("skips a name already taken by an explicit id", () => {
        store.createIteration({ model: "base" });
        store.createRound({ id: "r-0-2", iterationId: 0, model: "m", config: CONFIG });
        expect(store.createRound({ iterationId: 0, model: "m", config: CONFIG }).id).toBe("r-0-3");
        expect(store.createRound({ iterationId: 0, model: "m", config: CONFIG }).id).toBe("r-0-4");
      });

      it("returns the stored round when an explicit id is created again", () => {
        store.createIteration({ model: "base" });
        const first = store.createRound({ id: "r-0-7", iterationId: 0, model: "m", config: CONFIG });
        const again = store.createRound({ id: "r-0-7", iterationId: 0, model: "other", config: CONFIG });
        expect(again).toEqual(first);
        expect(store.listRounds()).toHaveLength(1);
      });

      it("refuses ids with ':' and unknown iterations", () => {
        store.createIteration({ model: "base" });
        expect(() => store.createRound({ id: "r:0:1", iterationId: 0, model: "m", config: CONFIG })).toThrow(
          InvalidRoundIdError,
        );
        expect(() => store.createRound({ iterationId: 4, model: "m", config: CONFIG })).toThrow(
          IterationNotFoundError,
        );
        expect(store.listRounds()).toEqual([]);
      });

      it("lists rounds in creation order, all or by iteration", () => {
        store.createIteration({ model: "base" });
        store.createIteration({ model: "tuned", parent: 0 });
        store.createRound({ iterationId: 0, model: "m", config: CONFIG });
        store.createRound({ iterationId: 1, model: "m", config: CONFIG });
        store.createRound({ iterationId: 0, model: "m", config: CONFIG });
        expect(store.listRounds().map((r) => r.id)).toEqual(["r-0-1", "r-1-1", "r-0-2"]);
        expect(store.listRounds({ iteration: 0 }).map((r) => r.id)).toEqual(["r-0-1", "r-0-2"]);
        expect(store.listRounds({ iteration: 1 }).map((r) => r.id)).toEqual(["r-1-1"]);
        expect(store.listRounds({ iteration: 2 })).toEqual([]);
      });

      it("stamps start and finish once, so that repeating a status changes nothing", () => {
        const id = withRound();
        const running = store.setRoundStatus(id, "running");
        expect(running.status).toBe("running");
        expect(running.startedAt).toEqual(expect.any(Number));
        expect(running.finishedAt).toBeNull();
        expect(store.setRoundStatus(id, "running")).toEqual(running);
        const done = store.setRoundStatus(id, "done");
        expect(done).toMatchObject({ status: "done", startedAt: running.startedAt });
        expect(done.finishedAt).toEqual(expect.any(Number));
        expect(done.finishedAt!).toBeGreaterThanOrEqual(running.startedAt!);
        expect(store.setRoundStatus(id, "done")).toEqual(done);
        expect(store.getRound(id)).toEqual(done);
      });

      it("keeps why a round failed until it runs again", () => {
        const id = withRound();
        store.setRoundStatus(id, "running");
        const failed = store.setRoundStatus(id, "failed", { error: "redis went away" });
        expect(failed).toMatchObject({ status: "failed", error: "redis went away" });
        expect(failed.finishedAt).toEqual(expect.any(Number));
        const rerun = store.setRoundStatus(id, "running");
        expect(rerun).toMatchObject({
          status: "running",
          error: null,
          finishedAt: null,
          startedAt: failed.startedAt,
        });
        expect(store.setRoundStatus(id, "cancelled").finishedAt).toEqual(expect.any(Number));
      });

      it("keeps what a failed round held and lost until it runs again", () => {
        const id = withRound();
        store.setRoundStatus(id, "running");
        const counts = { accepted: 4, stored: 3, lost: 1, attempts: 6, failedJobs: { solve: 1 } };
        const failed = store.setRoundStatus(id, "failed", { error: "1 puzzle lost", counts });
        expect(failed).toMatchObject({ status: "failed", error: "1 puzzle lost", counts });
        expect(store.getRound(id)?.counts).toEqual(counts);
        expect(store.setRoundStatus(id, "running").counts).toBeNull();
      });

      it("refuses an unknown round", () => {
        expect(() => store.setRoundStatus("r-0-1", "running")).toThrow(RoundNotFoundError);
      });
    });

    describe("puzzles", () => {
      it("stores new hashes and reports, in input order, which rows were new", () => {
        const roundId = withRound();
        const outcomes = store.insertPuzzles([
          seed("s1"),
          generated("g1", roundId, { fewShotIds: ["arrays/squares-list"], domain: "math" }),
          generated("g1", roundId),
          generated("g2", roundId),
        ]);
        expect(outcomes.map((o) => [o.hash, o.inserted])).toEqual([
          ["s1", true],
          ["g1", true],
          ["g1", false],
          ["g2", true],
        ]);
        expect(outcomes[2]!.id).toBe(outcomes[1]!.id);
        expect(new Set(outcomes.map((o) => o.id)).size).toBe(3);

        const g1 = store.getPuzzle(outcomes[1]!.id);
        expect(g1).toMatchObject({
          hash: "g1",
          origin: "generated",
          roundId,
          model: "builtin",
          fewShotIds: ["arrays/squares-list"],
          answerType: "number",
          domain: "math",
          solution: null,
          seedId: null,
        });
        expect(typeof g1?.createdAt).toBe("number");
        expect(store.getPuzzleByHash("s1")).toMatchObject({
          origin: "seed",
          seedId: "strings/s1",
          solution: "export function sol(): string { return 'a'; }",
          roundId: null,
          model: null,
          fewShotIds: [],
        });
        expect(store.getPuzzleByHash("nope")).toBeUndefined();
        expect(store.getPuzzle(999)).toBeUndefined();
      });

      it("adds nothing when the same batch is inserted twice", () => {
        const roundId = withRound();
        const batch = [seed("s1"), generated("g1", roundId), generated("g2", roundId)];
        const first = store.insertPuzzles(batch);
        const second = store.insertPuzzles(batch);
        expect(second.map((o) => o.inserted)).toEqual([false, false, false]);
        expect(second.map((o) => o.id)).toEqual(first.map((o) => o.id));
        expect(store.listPuzzles()).toHaveLength(3);
        expect(store.insertPuzzles([])).toEqual([]);
      });

      it("keeps the first puzzle stored under a hash", () => {
        const roundId = withRound();
        store.insertPuzzles([generated("same", roundId, { source: "first" })]);
        store.insertPuzzles([generated("same", roundId, { source: "second" })]);
        expect(store.getPuzzleByHash("same")?.source).toBe("first");
      });

      it("lists by round and origin, and counts by origin", () => {
        const r1 = withRound();
        const r2 = store.createRound({ iterationId: 0, model: "m", config: CONFIG }).id;
        store.insertPuzzles([
          seed("s1"),
          seed("s2"),
          generated("a", r1),
          generated("b", r2),
          generated("c", r2),
        ]);
        expect(store.listPuzzles().map((p) => p.hash)).toEqual(["s1", "s2", "a", "b", "c"]);
        expect(store.listPuzzles({ roundId: r2 }).map((p) => p.hash)).toEqual(["b", "c"]);
        expect(store.listPuzzles({ origin: "seed" }).map((p) => p.hash)).toEqual(["s1", "s2"]);
        expect(store.countPuzzlesByOrigin()).toEqual({ seed: 2, generated: 3 });
        expect(store.countPuzzlesByOrigin({ roundId: r1 })).toEqual({ seed: 0, generated: 1 });
      });
    });

    describe("attempts", () => {
      it("stores each (puzzle, solution hash) once and counts the new ones", () => {
        const roundId = withRound();
        const [p, q] = store
          .insertPuzzles([generated("p", roundId), generated("q", roundId)])
          .map((o) => o.id);
        const batch = [
          attempt(p!, roundId, "sol-1", "verified"),
          attempt(p!, roundId, "sol-2", "wrong_answer"),
          attempt(p!, roundId, "sol-1", "verified"),
        ];
        expect(store.insertAttempts(batch)).toBe(2);
        expect(store.insertAttempts(batch)).toBe(0);
        // The same solution to another puzzle is another attempt.
        expect(store.insertAttempts([attempt(q!, roundId, "sol-1", "timeout")])).toBe(1);
        expect(store.insertAttempts([])).toBe(0);
        expect(store.puzzleAttemptCounts()).toEqual([
          { puzzleId: p, attempts: 2, samples: 2, verified: 1 },
          { puzzleId: q, attempts: 1, samples: 1, verified: 0 },
        ]);
      });

      it("counts an attempt's copies as the samples they were", () => {
        const roundId = withRound();
        const [p] = store.insertPuzzles([generated("p", roundId)]).map((o) => o.id);
        // Seven identical correct completions and one wrong one: two attempts, eight samples.
        store.insertAttempts([
          { ...attempt(p!, roundId, "same", "verified"), copies: 7 },
          attempt(p!, roundId, "other", "wrong_answer"),
        ]);
        expect(store.puzzleAttemptCounts()).toEqual([{ puzzleId: p, attempts: 2, samples: 8, verified: 7 }]);
        expect([...store.verifiedPairs({ iteration: 0 })]).toMatchObject([{ samples: 8, verified: 7 }]);
      });

      it("counts attempts by status for a round, zero for the statuses absent", () => {
        const r1 = withRound();
        const r2 = store.createRound({ iterationId: 0, model: "m", config: CONFIG }).id;
        const [p] = store.insertPuzzles([generated("p", r1)]).map((o) => o.id);
        store.insertAttempts([
          attempt(p!, r1, "a", "verified"),
          attempt(p!, r1, "b", "verified"),
          attempt(p!, r1, "c", "timeout"),
          attempt(p!, r2, "d", "invalid"),
        ]);
        expect(store.countAttemptsByStatus(r1)).toEqual({
          verified: 2,
          wrong_answer: 0,
          timeout: 1,
          memory: 0,
          error: 0,
          invalid: 0,
        });
        expect(store.countAttemptsByStatus(r2).invalid).toBe(1);
        expect(store.countAttemptsByStatus("r-5-5").verified).toBe(0);
      });

      it("counts attempts and verified attempts per puzzle, by round or iteration", () => {
        const r0 = withRound();
        store.createIteration({ model: "tuned", parent: 0 });
        const r1 = store.createRound({ iterationId: 1, model: "tuned", config: CONFIG }).id;
        const [p, q] = store.insertPuzzles([generated("p", r0), generated("q", r1)]).map((o) => o.id);
        store.insertAttempts([
          attempt(p!, r0, "a", "verified"),
          attempt(p!, r0, "b", "error"),
          attempt(q!, r1, "c", "verified"),
          attempt(p!, r1, "d", "verified"),
        ]);
        expect(store.puzzleAttemptCounts({ iteration: 0 })).toEqual([
          { puzzleId: p, attempts: 2, samples: 2, verified: 1 },
        ]);
        expect(store.puzzleAttemptCounts({ roundId: r1 })).toEqual([
          { puzzleId: p, attempts: 1, samples: 1, verified: 1 },
          { puzzleId: q, attempts: 1, samples: 1, verified: 1 },
        ]);
        expect(store.puzzleAttemptCounts({ iteration: 3 })).toEqual([]);
      });

      it("keeps what verification reported", () => {
        const roundId = withRound();
        const [p] = store.insertPuzzles([generated("p", roundId)]).map((o) => o.id);
        store.insertAttempts([
          attempt(p!, roundId, "a", "verified", { answer: '{"x":[1,2]}', solveMs: 3.25 }),
        ]);
        const [pair] = [...store.verifiedPairs({ iteration: 0 })];
        expect(pair).toMatchObject({
          answer: '{"x":[1,2]}',
          solution: "a",
          solutionHash: "h:a",
          model: "builtin",
        });
      });
    });

    describe("failures", () => {
      it("records each failure once, by key, and lists them by round", () => {
        const r1 = withRound();
        const r2 = store.createRound({ iterationId: 0, model: "builtin", config: CONFIG }).id;
        const failure = {
          key: "solve-r-0-1-abc",
          roundId: r1,
          stage: "solve" as const,
          puzzleHash: "abc",
          model: "http://model",
          message: "HTTP 500",
          attemptsMade: 3,
        };
        expect(store.insertFailures([failure, { ...failure, key: "verify-x", stage: "verify" }])).toBe(2);
        expect(store.insertFailures([failure])).toBe(0);
        expect(
          store.insertFailures([{ key: "round-lost", roundId: r2, stage: "round", message: "gone" }]),
        ).toBe(1);
        const listed = store.listFailures({ roundId: r1 });
        expect(listed.map((f) => [f.key, f.stage])).toEqual([
          ["solve-r-0-1-abc", "solve"],
          ["verify-x", "verify"],
        ]);
        expect(listed[0]).toMatchObject({ ...failure, createdAt: expect.any(Number) });
        expect(store.listFailures()).toHaveLength(3);
        expect(store.listFailures({ roundId: r2 })[0]).toMatchObject({ puzzleHash: null, attemptsMade: 0 });
      });

      it("refuses a stage that does not exist", () => {
        const roundId = withRound();
        expect(() =>
          store.insertFailures([{ key: "k", roundId, stage: "export" as "solve", message: "no" }]),
        ).toThrow();
      });
    });

    describe("transactions", () => {
      it("commits every write inside together, or none when the body throws", () => {
        const roundId = withRound();
        expect(() =>
          store.transaction(() => {
            store.insertPuzzles([generated("t1", roundId)]);
            store.insertFailures([{ key: "k", roundId, stage: "persist", message: "no" }]);
            throw new Error("stop");
          }),
        ).toThrow("stop");
        expect(store.getPuzzleByHash("t1")).toBeUndefined();
        expect(store.listFailures()).toEqual([]);
        const id = store.transaction(() => store.insertPuzzles([generated("t1", roundId)])[0]!.id);
        expect(store.getPuzzle(id)?.hash).toBe("t1");
      });
    });

    describe("model calls", () => {
      it("records calls, keyed ones once, and sums them per round and kind", () => {
        const roundId = withRound();
        const calls = [
          {
            key: "gen-1",
            roundId,
            kind: "generate" as const,
            model: "m",
            latencyMs: 100,
            promptTokens: 50,
            completionTokens: 20,
          },
          {
            key: "solve-1",
            roundId,
            kind: "solve" as const,
            model: "m",
            latencyMs: 40.5,
            promptTokens: 30,
            completionTokens: 10,
          },
          { key: "solve-2", roundId, kind: "solve" as const, model: "m", latencyMs: 10, error: "HTTP 503" },
        ];
        expect(store.insertModelCalls(calls)).toBe(3);
        expect(store.insertModelCalls(calls)).toBe(0);
        // Without a key, every call counts: nothing tells a retry from a second call.
        const unkeyed = {
          roundId,
          kind: "solve" as const,
          model: "m",
          latencyMs: 1,
          promptTokens: 1,
          completionTokens: 1,
        };
        expect(store.insertModelCalls([unkeyed, unkeyed])).toBe(2);
        expect(store.insertModelCalls([{ kind: "eval", model: "m", latencyMs: 5 }])).toBe(1);
        expect(store.insertModelCalls([])).toBe(0);

        const sums = store.modelCallSums(roundId);
        expect(sums).toMatchObject({
          calls: 5,
          errors: 1,
          promptTokens: 82,
          completionTokens: 32,
          latencyMs: 152.5,
        });
        expect(sums.byKind.generate).toEqual({
          calls: 1,
          errors: 0,
          promptTokens: 50,
          completionTokens: 20,
          latencyMs: 100,
        });
        expect(sums.byKind.solve).toEqual({
          calls: 4,
          errors: 1,
          promptTokens: 32,
          completionTokens: 12,
          latencyMs: 52.5,
        });
        expect(sums.byKind.eval).toEqual({
          calls: 0,
          errors: 0,
          promptTokens: 0,
          completionTokens: 0,
          latencyMs: 0,
        });
        expect(store.modelCallSums("r-8-8").calls).toBe(0);
      });
    });

    describe("verified pairs", () => {
      /** Iteration 0 with two rounds, iteration 1 with one, and attempts of every kind. */
      function populate() {
        const r1 = withRound();
        const r2 = store.createRound({ iterationId: 0, model: "m", config: CONFIG }).id;
        store.createIteration({ model: "tuned", parent: 0 });
        const r3 = store.createRound({ iterationId: 1, model: "tuned", config: CONFIG }).id;
        const [s, p, q, z] = store
          .insertPuzzles([seed("s"), generated("p", r1), generated("q", r2), generated("z", r3)])
          .map((o) => o.id);
        store.insertAttempts([
          // q is written in round 2 but solved in both rounds of iteration 0.
          attempt(q!, r2, "longer", "verified"),
          attempt(q!, r1, "bbb", "verified"),
          attempt(q!, r2, "aaa", "verified"),
          attempt(q!, r2, "x", "wrong_answer"),
          attempt(p!, r1, "p-sol", "verified"),
          attempt(p!, r1, "p-bad-1", "timeout"),
          attempt(p!, r1, "p-bad-2", "error"),
          attempt(p!, r1, "p-bad-3", "memory"),
          attempt(s!, r1, "s-sol", "verified"),
          attempt(z!, r3, "z-sol", "verified"),
          attempt(p!, r3, "p-later", "verified"),
        ]);
        return { s: s!, p: p!, q: q!, z: z! };
      }

      it("streams an iteration's verified pairs by puzzle, solution length, then solution hash", () => {
        const { s, p, q } = populate();
        const pairs = [...store.verifiedPairs({ iteration: 0 })];
        expect(pairs.map((x) => [x.puzzleId, x.solution])).toEqual([
          [s, "s-sol"],
          [p, "p-sol"],
          [q, "aaa"],
          [q, "bbb"],
          [q, "longer"],
        ]);
        expect(pairs.every((x) => x.answer === "1")).toBe(true);
      });

      it("carries each puzzle's origin and solve rate within the iteration", () => {
        const { p, q, s } = populate();
        const pairs = [...store.verifiedPairs({ iteration: 0 })];
        const byPuzzle = new Map(pairs.map((x) => [x.puzzleId, x]));
        expect(byPuzzle.get(p)).toMatchObject({
          origin: "generated",
          samples: 4,
          verified: 1,
        });
        expect(byPuzzle.get(q)).toMatchObject({ samples: 4, verified: 3 });
        expect(byPuzzle.get(s)).toMatchObject({
          origin: "seed",
          seedId: "strings/s",
          domain: "strings",
          answerType: "string",
          samples: 1,
          verified: 1,
        });
        const later = [...store.verifiedPairs({ iteration: 1 })];
        expect(later.map((x) => x.solution)).toEqual(["p-later", "z-sol"]);
        expect(later[0]).toMatchObject({
          puzzleId: p,
          samples: 1,
          verified: 1,
          roundId: "r-1-1",
        });
        expect([...store.verifiedPairs({ iteration: 2 })]).toEqual([]);
      });

      it("filters by origin and keeps the shortest solutions per puzzle", () => {
        const { q } = populate();
        expect([...store.verifiedPairs({ iteration: 0, origin: "seed" })].map((x) => x.solution)).toEqual([
          "s-sol",
        ]);
        expect([...store.verifiedPairs({ iteration: 0, origin: "generated" })]).toHaveLength(4);
        const one = [...store.verifiedPairs({ iteration: 0, maxPerPuzzle: 1 })];
        expect(one.map((x) => x.solution)).toEqual(["s-sol", "p-sol", "aaa"]);
        const two = [...store.verifiedPairs({ iteration: 0, maxPerPuzzle: 2 })].filter(
          (x) => x.puzzleId === q,
        );
        expect(two.map((x) => x.solution)).toEqual(["aaa", "bbb"]);
      });

      it("leaves the store usable while a stream is open, and after one is left early", () => {
        const { p } = populate();
        const stream = store.verifiedPairs({ iteration: 0 });
        const first = stream.next();
        expect(first.done).toBe(false);
        // Reads and writes between items, as an exporter recording its progress would do.
        expect(store.puzzleAttemptCounts({ iteration: 0 })).toHaveLength(3);
        expect(store.insertAttempts([attempt(p, "r-0-1", "p-new", "wrong_answer")])).toBe(1);
        let rest = 0;
        for (const _ of { [Symbol.iterator]: () => stream }) {
          rest++;
          break;
        }
        expect(rest).toBe(1);
        expect(stream.next().done).toBe(true);
        expect(store.countAttemptsByStatus("r-0-1").wrong_answer).toBe(1);
      });
    });

    describe("exports and evaluations", () => {
      it("records exports and lists them by iteration", () => {
        store.createIteration({ model: "base" });
        store.createIteration({ model: "tuned", parent: 0 });
        const a = store.insertExport({
          iterationId: 0,
          dir: "/out/0",
          format: "jsonl",
          options: { maxPerPuzzle: 1 },
          counts: { pairs: 10, puzzles: 8 },
        });
        store.insertExport({
          iterationId: 1,
          dir: "/out/1",
          format: "jsonl",
          options: {},
          counts: { pairs: 3 },
        });
        expect(a).toMatchObject({
          iterationId: 0,
          dir: "/out/0",
          options: { maxPerPuzzle: 1 },
          counts: { pairs: 10, puzzles: 8 },
        });
        expect(store.listExports({ iteration: 0 })).toEqual([a]);
        expect(store.listExports().map((e) => e.dir)).toEqual(["/out/0", "/out/1"]);
        expect(() =>
          store.insertExport({ iterationId: 5, dir: "/x", format: "jsonl", options: {}, counts: {} }),
        ).toThrow(IterationNotFoundError);
      });

      it("records evaluations, inside or outside the loop, and lists them by iteration", () => {
        store.createIteration({ model: "base" });
        const results = { overall: { "1": 0.25, "10": 0.5 }, byDomain: { strings: { "1": 0.5 } } };
        const counts = { "strings/a": { n: 10, c: 3 }, "math/b": { n: 10, c: 0 } };
        const inLoop = store.insertEvaluation({
          iterationId: 0,
          model: "base",
          split: "test",
          attempts: 10,
          results,
          counts,
        });
        const outside = store.insertEvaluation({
          model: "some/model",
          split: "test",
          attempts: 1,
          results,
          counts: {},
        });
        expect(inLoop).toMatchObject({ iterationId: 0, split: "test", attempts: 10, results, counts });
        expect(outside.iterationId).toBeNull();
        expect(store.listEvaluations({ iteration: 0 })).toEqual([inLoop]);
        expect(store.listEvaluations()).toEqual([inLoop, outside]);
        expect(() =>
          store.insertEvaluation({ iterationId: 3, model: "m", split: "test", attempts: 1, results, counts }),
        ).toThrow(IterationNotFoundError);
      });
    });

    describe(`batches over ${LARGE_BATCH.toLocaleString("en")} rows`, () => {
      it("stores, deduplicates and streams them", () => {
        const roundId = withRound();
        const rows = Array.from({ length: LARGE_BATCH }, (_, i) =>
          generated(`big-${i}`, roundId, { fewShotIds: [`p${i}`] }),
        );
        const outcomes = store.insertPuzzles(rows);
        expect(outcomes.filter((o) => o.inserted)).toHaveLength(LARGE_BATCH);
        expect(outcomes.map((o) => o.hash)).toEqual(rows.map((r) => r.hash));
        expect(store.insertPuzzles(rows).filter((o) => o.inserted)).toHaveLength(0);
        expect(store.countPuzzlesByOrigin().generated).toBe(LARGE_BATCH);

        const tries = outcomes.flatMap((o, i) => [
          attempt(o.id, roundId, `sol-${i}`, "verified"),
          attempt(o.id, roundId, `bad-${i}`, "wrong_answer"),
        ]);
        expect(store.insertAttempts(tries)).toBe(2 * LARGE_BATCH);
        expect(store.insertAttempts(tries)).toBe(0);
        expect(store.countAttemptsByStatus(roundId)).toMatchObject({
          verified: LARGE_BATCH,
          wrong_answer: LARGE_BATCH,
        });

        const calls = Array.from({ length: LARGE_BATCH }, (_, i) => ({
          key: `call-${i}`,
          roundId,
          kind: "solve" as const,
          model: "m",
          latencyMs: 1,
          promptTokens: 2,
          completionTokens: 3,
        }));
        expect(store.insertModelCalls(calls)).toBe(LARGE_BATCH);
        expect(store.insertModelCalls(calls)).toBe(0);
        expect(store.modelCallSums(roundId)).toMatchObject({
          calls: LARGE_BATCH,
          promptTokens: 2 * LARGE_BATCH,
        });

        let n = 0;
        let ordered = true;
        let previous = -1;
        for (const pair of store.verifiedPairs({ iteration: 0 })) {
          ordered &&= pair.puzzleId > previous && pair.verified * 2 === pair.samples;
          previous = pair.puzzleId;
          n++;
        }
        expect(ordered).toBe(true);
        expect(n).toBe(LARGE_BATCH);
      });
    });
  });
}
