/**
 * The adapter on real data: a round whose solve calls all fail (its persist stage has no worker at
 * first, so it stays running), and a hand-made database whose puzzles prompted one another.
 */
import { join } from "node:path";
import { openSqliteStore, type SqliteStore } from "@puzzleloop/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Background, roundArgs, type World, world } from "../../test/fixture.ts";
import { DashboardData } from "./index.ts";

describe("a round whose solve jobs failed for good", () => {
  let w: World;
  let store: SqliteStore;
  let data: DashboardData;
  let worker: Background;
  let round: string;

  beforeAll(async () => {
    w = await world("dashboard-data", { solveStatus: 400 });
    // The database exists before the dashboard opens it, as `puzzleloop dashboard` requires.
    const first = await w.cli(["iteration", "new", "--model", w.model.url]);
    expect(first.code, first.stderr).toBe(0);
    worker = w.start(["worker", "--stages", "generate,solve"]);
    await worker.waitFor(/worker running generate, solve/);
    const started = await w.cli(roundArgs(w, 2, 1));
    expect(started.code, started.stderr).toBe(0);
    round = /started round (\S+)/.exec(started.stdout)?.[1] as string;
    store = openSqliteStore({ path: w.db });
    data = new DashboardData({ store, redisUrl: w.redis.url });
    // Each solve job runs 4 times, 1 + 2 + 4 s apart, before it fails for good.
    const until = Date.now() + 60_000;
    while ((await data.round(round))?.failedJobs !== 2) {
      if (Date.now() > until) throw new Error(`the solve jobs did not fail:\n${worker.output()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    await worker.stop();
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await data?.close();
    store?.close();
    await w?.close();
  });

  it("shows the round running, not stored yet, with its failures grouped by message", async () => {
    const overview = await data.overview();
    expect(overview.redis.answering).toBe(true);
    const view = overview.rounds.find((r) => r.id === round);
    expect(view?.status).toBe("running");
    expect(view?.stored).toBeNull();
    expect(view?.model).toBe(w.model.url);
    expect(view?.live?.failures).toHaveLength(1);
    expect(view?.live?.failures[0]?.count).toBe(2);
    expect(view?.live?.failures[0]?.reason).toMatch(/^solve: .*400/);
    // Both puzzles were accepted; neither was solved.
    const solve = view?.live?.stages.find((s) => s.stage === "solve");
    expect(solve).toMatchObject({ done: 0, total: 2, open: false });
  });

  it("retries the failed jobs: they wait in the queue again", async () => {
    const solveQueue = data.boardQueues().find((q) => q.name === "solve");
    const waitingBefore = (await solveQueue?.getWaitingCount()) ?? 0;
    expect(await data.retryFailed(round)).toEqual({
      ok: true,
      message: `retried 2 failed job(s) of round ${round}`,
    });
    expect(await solveQueue?.getWaitingCount()).toBe(waitingBefore + 2);
    expect((await data.round(round))?.failedJobs).toBe(0);
    expect(await data.retryFailed(round)).toEqual({
      ok: true,
      message: `round ${round} has no failed jobs to retry`,
    });
  });

  it("once a persist worker has closed it, shows it failed with the failures the database recorded", async () => {
    const persist = w.start(["worker", "--stages", "persist"]);
    try {
      const until = Date.now() + 60_000;
      let view = (await data.overview()).rounds.find((r) => r.id === round);
      while (view?.status !== "failed" || view.stored?.failures.length === 0) {
        if (Date.now() > until) throw new Error(`the round was not closed:\n${persist.output()}`);
        await new Promise((r) => setTimeout(r, 250));
        view = (await data.overview()).rounds.find((r) => r.id === round);
      }
      expect(view.stored?.status).toBe("failed");
      expect(view.stored?.failures).toHaveLength(1);
      expect(view.stored?.failures[0]?.count).toBe(2);
      expect(view.stored?.failures[0]?.reason).toMatch(/^solve: .*400/);
      expect(view.stored?.lost).toBe(2);
      expect(view.error).toMatch(/2 puzzles lost, 2 jobs failed for good: solve: /);
    } finally {
      await persist.stop();
    }
  });

  it("has nothing to cancel or retry once it ended", async () => {
    expect(await data.cancelRound(round)).toEqual({
      ok: false,
      message: `round ${round} is already failed: nothing to cancel`,
    });
    expect((await data.retryFailed(round)).message).toMatch(
      new RegExp(`^round ${round} is failed: its failed jobs were accounted for when it ended`),
    );
  });

  it("acts on no round of another database, nor on one Redis does not know", async () => {
    const other = openSqliteStore({ path: join(w.dir, "other.sqlite") });
    const elsewhere = new DashboardData({ store: other, redisUrl: w.redis.url });
    try {
      expect(await elsewhere.cancelRound(round)).toEqual({
        ok: false,
        message: `round ${round} belongs to another database than ${other.path}`,
      });
      expect((await elsewhere.overview()).rounds).toEqual([]);
      expect((await data.cancelRound("r-9-9")).message).toBe(
        `round r-9-9 is unknown to Redis at ${w.redis.url}`,
      );
    } finally {
      await elsewhere.close();
      other.close();
    }
  });
});

describe("lineage", () => {
  let w: World;
  let store: SqliteStore;
  let data: DashboardData;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    w = await world("dashboard-lineage");
    store = openSqliteStore({ path: w.db });
    const iteration = store.createIteration({ model: "m" });
    const round = store.createRound({
      iterationId: iteration.id,
      model: "m",
      config: { puzzles: 1, attempts: 1, temperature: 1, seed: 1, fewShot: 2 },
    });
    const puzzle = (name: string, fewShotIds: string[], seedId?: string) => {
      const [outcome] = store.insertPuzzles([
        {
          hash: name,
          source: `/** Puzzle ${name}. */\nexport function sat(x: number) { return x === 1; }`,
          origin: seedId ? "seed" : "generated",
          seedId: seedId ?? null,
          roundId: seedId ? null : round.id,
          answerType: "number",
          fewShotIds,
        },
      ]);
      ids[name] = outcome!.id;
    };
    puzzle("seed", [], "arrays/seed");
    puzzle("child", ["arrays/seed"]);
    puzzle("grandchild", [`p${ids.child}`, "missing/seed", `p${ids.child}`]);
    data = new DashboardData({ store, redisUrl: w.redis.url, lineageDepth: 6 });
  });

  afterAll(async () => {
    await data?.close();
    store?.close();
    await w?.close();
  });

  it("follows the few-shot examples back to the seeds, once each", () => {
    const seed = {
      ref: "arrays/seed",
      puzzleId: ids.seed,
      origin: "seed",
      roundId: null,
      summary: "Puzzle seed.",
      parents: [],
      truncated: false,
    };
    const child = {
      ref: `p${ids.child}`,
      puzzleId: ids.child,
      origin: "generated",
      roundId: "r-0-1",
      summary: "Puzzle child.",
    };
    expect(data.puzzle(ids.grandchild!)?.lineage).toEqual([
      { ...child, parents: [seed], truncated: false },
      {
        ref: "missing/seed",
        puzzleId: null,
        origin: null,
        roundId: null,
        summary: "",
        parents: [],
        truncated: false,
      },
      // Named twice: shown again, its examples not followed again.
      { ...child, parents: [], truncated: true },
    ]);
  });

  it("stops at the depth it is given", () => {
    const shallow = new DashboardData({ store, redisUrl: w.redis.url, lineageDepth: 1 });
    try {
      const [child] = shallow.puzzle(ids.grandchild!)?.lineage ?? [];
      expect(child?.parents).toEqual([]);
      expect(child?.truncated).toBe(true);
    } finally {
      void shallow.close();
    }
  });
});
