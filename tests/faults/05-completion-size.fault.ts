/**
 * Fault 5: completions of megabytes, and a Redis at its maxmemory. Completions are cut to the round's
 * limit before anything keeps them, and a Redis out of memory pauses the work instead of dropping it.
 */

import { type Responder, type ScriptedOpenAiServer, startOpenAiServer } from "@puzzleloop/model";
import { listRoundIds, RoundState } from "@puzzleloop/pipeline";
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
  waitFor,
} from "./fault-env.ts";
import { recordOutcome } from "./report.ts";

let env: FaultEnv;
const servers: ScriptedOpenAiServer[] = [];

beforeAll(async () => {
  env = await startFaultEnv("size");
});

afterAll(async () => {
  await env?.redis.config("SET", "maxmemory", "0");
  for (const server of servers) await server.stop();
  await env?.close();
});

const MB = 1024 * 1024;

async function redisMemory(): Promise<{ used: number; peak: number }> {
  const info = await env.redis.info("memory");
  const field = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, "m").exec(info)?.[1]);
  return { used: field("used_memory"), peak: field("used_memory_peak") };
}

async function serve(
  puzzles: number[],
  options: { padChars?: number; solveDelayMs?: (a: number) => number },
) {
  const script = loopScript({
    batches: [puzzles.map((a) => fenced(validPuzzle(a)))],
    solutions: new Map<number, SolutionKind[]>(puzzles.map((a) => [a, Array<SolutionKind>(8).fill("ok")])),
    delayMs: ({ kind, key }) => (kind === "solve" ? (options.solveDelayMs?.(key) ?? 0) : 0),
  });
  const pad =
    `\n\n${"All of this is commentary that goes on and on. ".repeat(Math.ceil((options.padChars ?? 0) / 48))}`.slice(
      0,
      (options.padChars ?? 0) + 2,
    );
  const responder: Responder = async (request, index) => {
    const answer = await script.responder(request, index);
    return answer.kind === "completion" && pad.length > 2
      ? { ...answer, contents: answer.contents.map((content) => content + pad) }
      : answer;
  };
  const server = await startOpenAiServer({ responder });
  servers.push(server);
  return { server, script };
}

async function localRound(model: string, db: string, puzzles: number) {
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
      "8",
    ].concat(["--no-check", "--few-shot", "1", "--db", db]),
    { REDIS_URL: env.redisServer.url },
    240_000,
  );
  const round = await waitFor(
    "the round to start",
    async () => (await listRoundIds(env.redis, 100)).find((id) => !known.has(id)),
    60_000,
  );
  return { cli, round };
}

describe("completions of 2 MB each", () => {
  it("are cut to the round's limit: Redis stays small under a 48 MB maxmemory, and nothing is lost", async () => {
    await env.redis.config("SET", "maxmemory", String(48 * MB));
    const before = await redisMemory();
    const { server } = await serve([191041, 202041, 313041, 424041], { padChars: 2 * MB });
    const { path, store } = env.openStore("big.db");
    const started = Date.now();
    const { cli, round } = await localRound(server.url, path, 4);
    const result = await cli;
    const { row, at } = await roundEnded(store, round, 10_000);
    const after = await redisMemory();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/OOM|out of memory/);
    expect(row.status).toBe("done");
    // 4 puzzles and 4 x 8 solutions came in, 2 MB each; every one was cut, none was lost.
    const counts = await new RoundState(env.redis, round).counts();
    expect(counts.truncated).toBe(4 + 32);
    expect(row.counts).toMatchObject({ accepted: 4, stored: 4, lost: 0 });
    expect(store.countAttemptsByStatus(round).verified).toBe(4);
    const grewMb = (after.peak - before.used) / MB;
    expect(grewMb).toBeLessThan(16);
    recordOutcome({
      fault: "5a. 36 completions of 2 MB, maxmemory 48 MB",
      endS: seconds(started, at),
      boundS: 120,
      status: row.status,
      counts: `${describeCounts(store, round)}; ${counts.truncated} completions cut; Redis peak +${grewMb.toFixed(1)} MB`,
    });
  }, 240_000);
});

describe("a Redis at its maxmemory", () => {
  it("pauses the work until it has room, then finishes the round with nothing lost", async () => {
    await env.redis.config("SET", "maxmemory", "0");
    const puzzles = [515043, 626043, 737043, 848043];
    // One puzzle is solved at once, the rest take long: Redis fills up while they are in flight.
    const { server } = await serve(puzzles, { solveDelayMs: (a) => (a === puzzles[0] ? 500 : 8000) });
    const { path, store } = env.openStore("oom.db");
    const { cli, round } = await localRound(server.url, path, 4);
    await waitFor(
      "a puzzle stored",
      async () => (store.countPuzzlesByOrigin({ roundId: round }).generated >= 1 ? true : undefined),
      60_000,
    );
    // From here on, every write that needs memory is refused, for 6 s.
    await env.redis.config("SET", "maxmemory", String((await redisMemory()).used - 256 * 1024));
    const fullAt = Date.now();
    await new Promise((r) => setTimeout(r, 6000));
    await env.redis.config("SET", "maxmemory", "0");
    const result = await cli;
    const { row, at } = await roundEnded(store, round, 10_000);
    expect(result.code, result.stderr).toBe(0);
    expect(row.status).toBe("done");
    expect(row.counts).toMatchObject({ accepted: 4, stored: 4, lost: 0 });
    const paused = result.stderr.split("\n").filter((l) => l.includes("Redis is out of memory"));
    const resumed = result.stderr.split("\n").filter((l) => l.includes("Redis has room again"));
    expect(paused).toHaveLength(1);
    // The pause starts at the first write refused, which may come seconds into the outage: it
    // lasts no longer than the outage and the time to notice its end.
    expect(resumed).toEqual([expect.stringMatching(/after \d+ s/)]);
    expect(Number(/after (\d+) s/.exec(resumed[0] as string)?.[1])).toBeLessThanOrEqual(9);
    // Those two lines are all it says about the outage.
    expect(result.stderr.trim().split("\n"), result.stderr).toHaveLength(2);
    recordOutcome({
      fault: "5b. Redis at maxmemory for 6 s mid-round",
      endS: seconds(fullAt, at),
      boundS: 60,
      status: row.status,
      counts: `${describeCounts(store, round)}; ${result.stderr.trim().split("\n").filter(Boolean).length} stderr lines`,
    });
  }, 240_000);
});
