/**
 * Waiting never goes unexplained: `round start --wait`, `watch` and `eval --no-local` say when no
 * worker serves a round and how to start one; `round list`, `round cancel` and `run --resume` handle
 * rounds left behind.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, oneLine, type Scratch, scratch, start } from "./harness.ts";

let s: Scratch;
let db: string;
let env: Record<string, string>;
/** The evaluation `eval --no-local` left queued. */
let evaluation = "";

beforeAll(async () => {
  s = await scratch("rounds");
  db = join(s.dir, "db.sqlite");
  env = { REDIS_URL: s.redis.url };
});

afterAll(async () => {
  await s.close();
});

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Waiting jobs of `round` in every stage queue. */
async function waitingJobsOf(round: string): Promise<string[]> {
  const client = new Redis(s.redis.url);
  try {
    const ids: string[] = [];
    for (const key of await client.keys("puzzleloop:*:wait")) ids.push(...(await client.lrange(key, 0, -1)));
    return ids.filter((id) => id.includes(`-${round}-`) || id.endsWith(`-${round}`));
  } finally {
    client.disconnect();
  }
}

describe("no worker", () => {
  it("round start --wait says no worker serves the round, and how to start one; Ctrl-C leaves it queued", async () => {
    const waiting = start(
      ["round", "start", "--model", "builtin", "--puzzles", "2", "--attempts", "1", "--wait", "--db", db],
      {
        cwd: s.dir,
        env,
      },
    );
    await waiting.waitFor(
      new RegExp(
        `no worker serves generate, solve, verify, persist on ${literal(s.redis.url)}: start one with \`puzzleloop worker --db ${literal(db)}\``,
      ),
    );
    const end = await waiting.stop("SIGINT");
    expect(end.status).toBe(130);
    expect(end.stdout).toContain("started round r-0-1");
    expect(end.stderr).toContain("Stopped watching: the round goes on in the workers");
    expect(await waitingJobsOf("r-0-1")).not.toEqual([]);
  });

  it("watch says it too, naming the --db to give the worker", async () => {
    const watching = start(["watch"], { cwd: s.dir, env });
    await watching.waitFor(
      /no worker serves generate, solve, verify, persist on redis:\/\/127\.0\.0\.1:\d+: start one with `puzzleloop worker` \(same REDIS_URL, and the --db of the round's database\)/,
    );
    const end = await watching.stop("SIGINT");
    expect(end.status).toBe(130);
    expect(end.stderr).toContain("Stopped watching: the round goes on in its workers");
  });

  it("eval --no-local says it for the stages an evaluation needs", async () => {
    const evaluating = start(["eval", "--model", "builtin", "--attempts", "1", "--no-local", "--db", db], {
      cwd: s.dir,
      env,
    });
    const said = await evaluating.waitFor(
      /no worker serves solve, verify, persist on redis:\/\/127\.0\.0\.1:\d+: start one with `puzzleloop worker --db /,
    );
    evaluation = /\(run (e-0-\d+)\)/.exec(said)?.[1] ?? "";
    expect(evaluation).toMatch(/^e-0-\d+$/);
    expect((await evaluating.stop("SIGINT")).status).toBe(130);
  });
});

describe("rounds left behind", () => {
  it("round list shows the queued rounds of this database, not yet stored", () => {
    const list = cli(["round", "list", "--json", "--db", db], { cwd: s.dir, env });
    expect(list.status, list.stderr).toBe(0);
    const rounds = JSON.parse(list.stdout) as { id: string; kind: string; status: string }[];
    expect(rounds.map((r) => [r.id, r.kind, r.status])).toEqual([
      [evaluation, "eval", "running"],
      ["r-0-1", "generate", "running"],
    ]);
  });

  it("round cancel removes a round's queued work but keeps what writes done work; a second cancel and an unknown round are refused", async () => {
    const cancel = cli(["round", "cancel", "r-0-1"], { cwd: s.dir, env });
    expect(cancel.status, cancel.stderr).toBe(0);
    expect(cancel.stdout).toBe(
      "cancelled round r-0-1: removed 1 queued job(s) (generate 1); what the database holds of it stays\n",
    );
    // The persist job that records the round stays, to write it as cancelled.
    expect(await waitingJobsOf("r-0-1")).toEqual(["round-r-0-1"]);
    const again = cli(["round", "cancel", "r-0-1"], { cwd: s.dir, env });
    expect(again.status).toBe(1);
    expect(oneLine(again)).toBe("puzzleloop: round r-0-1 is already cancelled: nothing to cancel");
    const unknown = cli(["round", "cancel", "r-9-9"], { cwd: s.dir, env });
    expect(unknown.status).toBe(2);
    expect(oneLine(unknown)).toBe(
      `puzzleloop: round r-9-9 is unknown to Redis at ${s.redis.url}: see \`puzzleloop round list\` (a private Redis keeps nothing after it stops)`,
    );
    expect(cli(["round", "cancel", evaluation], { cwd: s.dir, env }).status).toBe(0);
    const list = JSON.parse(cli(["round", "list", "--json", "--db", db], { cwd: s.dir, env }).stdout);
    expect(list.map((r: { status: string }) => r.status)).toEqual(["cancelled", "cancelled"]);
  });

  it("run --resume finishes a round whose workers never came, and exports it", () => {
    const started = cli(
      ["round", "start", "--model", "builtin", "--puzzles", "2", "--attempts", "1", "--db", db],
      {
        cwd: s.dir,
        env,
      },
    );
    expect(started.status, started.stderr).toBe(0);
    const round = /started round (r-0-\d+)/.exec(started.stdout)?.[1] as string;
    const resumed = cli(["run", "--resume", round, "--db", db], { cwd: s.dir, env, timeoutMs: 180_000 });
    expect(resumed.signal).toBeNull();
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`round ${round}: finishing it with builtin (interrupted earlier)`);
    expect(resumed.stdout).toMatch(/this round: \d+ verified pairs of \d+ new puzzles; exported iteration 0/);
    expect(existsSync(join(s.dir, ".puzzleloop", "exports", "iteration-0", "train.jsonl"))).toBe(true);
    const done = cli(["run", "--resume", round, "--db", db], { cwd: s.dir, env });
    expect(done.status).toBe(2);
    expect(oneLine(done)).toBe(`puzzleloop: round ${round} is done: there is nothing to resume`);
  }, 200_000);

  it("run says which unfinished round of this database its workers finish too", () => {
    const started = cli(
      ["round", "start", "--model", "builtin", "--puzzles", "1", "--attempts", "1", "--db", db],
      {
        cwd: s.dir,
        env,
      },
    );
    const round = /started round (r-0-\d+)/.exec(started.stdout)?.[1] as string;
    const next = `r-0-${Number(round.split("-")[2]) + 1}`;
    const run = cli(["run", "--puzzles", "1", "--attempts", "1", "--db", db], {
      cwd: s.dir,
      env,
      timeoutMs: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `round ${round} of this database did not finish: its queued jobs run here too (\`puzzleloop round cancel ${round}\` drops them)`,
    );
    expect(run.stdout).toContain(`round ${next}: asking builtin for 1 puzzles, 1 attempts each`);
  }, 200_000);
});
