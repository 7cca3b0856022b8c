/**
 * Nothing a job does is seen by a later job: the realm after a job that wrote to everything it could
 * reach reads the same as a fresh one, memory a job pins is not missed by the next, and a pair's
 * status is the same first in a child, after a thousand other jobs, and in another child.
 */
import { afterAll, describe, expect, it } from "vitest";
import { SandboxPool } from "../src/pool.ts";
import type { Job } from "../src/types.ts";
import { ACCEPT_ANY, FINGERPRINT, WRITE_EVERYTHING } from "./fixtures/realm-walk.ts";
import { HONEST, HOSTILE, PUZZLE, WRONG } from "./hostile-pairs.ts";
import { INTEGRITY } from "./integrity-pairs.ts";

const pair = (puzzle: string, solution: string): Job => ({ kind: "pair", puzzle, solution });
const pools: SandboxPool[] = [];
const newPool = () => {
  const pool = new SandboxPool({ size: 1, limits: { timeoutMs: 5000, memoryMb: 64 } });
  pools.push(pool);
  return pool;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

/** Finds the deepest recursion that fits; the puzzle accepts a depth that fits in sat too. */
const RECURSION = pair(
  `export function sat(d: number): boolean {
  function f(n: number): number { return n === 0 ? 0 : 1 + f(n - 1); }
  try { f(d); return true; } catch { return false; }
}`,
  `export function sol(): number {
  function f(n: number): number { return n === 0 ? 0 : 1 + f(n - 1); }
  let lo = 1, hi = 1e7;
  while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); try { f(mid); lo = mid; } catch { hi = mid - 1; } }
  return lo;
}`,
);
/** Needs most of a 64 MiB heap: it fails if an earlier job left memory pinned. */
const NEEDY = pair(
  "export function sat(x: number): boolean { return x === 5000000; }",
  "export function sol(): number { const a = new Array(5e6).fill(1.5); return a.length; }",
);
/** Pins 48 MiB in the global symbol registry, if the registry outlives the job. */
const PLANT = pair(
  ACCEPT_ANY,
  'export function sol(): number { for (let i = 0; i < 48; i++) Symbol.for(String(i).padEnd(1 << 20, "x")); return 1; }',
);

describe("isolation between jobs", () => {
  it("a job that writes to everything it can reach leaves the realm as a fresh one reads", async () => {
    const pool = newPool();
    const fresh = await pool.run(pair(ACCEPT_ANY, FINGERPRINT));
    expect(fresh.status).toBe("verified");
    const writer = await pool.run(pair(ACCEPT_ANY, WRITE_EVERYTHING));
    // It ran to the end in the same realm: no timeout or crash replaced the realm behind its back.
    expect(writer.status).toBe("verified");
    expect(Number(writer.answer)).toBeGreaterThan(1000);
    const after = await pool.run(pair(ACCEPT_ANY, FINGERPRINT));
    const lines = JSON.parse(after.answer as string) as string[];
    expect(lines.length).toBeGreaterThan(500);
    expect(lines).toEqual(JSON.parse(fresh.answer as string));
    const other = await newPool().run(pair(ACCEPT_ANY, FINGERPRINT));
    expect(other.answer).toBe(fresh.answer);
  });

  it("memory a job pins in the symbol registry is not missed by the next job", async () => {
    const pool = newPool();
    expect((await pool.run(NEEDY)).status).toBe("verified");
    expect((await pool.run(PLANT)).status).toBe("verified");
    expect((await pool.run(NEEDY)).status).toBe("verified");
  });

  it("a pair that recurses to the stack limit gets one status however warm the code is", async () => {
    const pool = newPool();
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await pool.run(RECURSION));
    expect(new Set(results.map((r) => `${r.status} ${r.answer}`)).size).toBe(1);
  });

  it("a pair's status is the same first, after 1,000 other jobs, and in another child", async () => {
    const named = (name: string) => INTEGRITY.find((c) => c.name === name)!;
    const probes = [
      "sol sets Error.prepareStackTrace for sat to run",
      "sol replays sat's Math.random",
      "the hour of the epoch in local time",
      "a sat that calls the sol beside it",
    ].map((name) => pair(named(name).puzzle ?? PUZZLE, named(name).solution));
    const watched = [RECURSION, NEEDY, ...probes];
    const first: string[] = [];
    for (const job of watched) first.push((await newPool().run(job)).status);

    const busy = newPool();
    const others: Job[] = [PLANT, pair(ACCEPT_ANY, WRITE_EVERYTHING)];
    const mixed = [...HOSTILE, ...INTEGRITY].filter((c) => c.status !== "memory" && c.status !== "timeout");
    for (let i = 0; others.length < 1000; i++) {
      const c = mixed[i % mixed.length]!;
      others.push(
        i % 50 === 0 ? RECURSION : i % 2 === 0 ? pair(PUZZLE, HONEST) : pair(c.puzzle ?? PUZZLE, c.solution),
      );
    }
    const ran = await busy.runBatch(others);
    expect(ran.filter((r) => r.verified).length).toBeGreaterThan(400);
    expect((await busy.runBatch(watched)).map((r) => r.status)).toEqual(first);
    expect(
      (await newPool().runBatch([pair(PUZZLE, WRONG), ...watched])).slice(1).map((r) => r.status),
    ).toEqual(first);
  });
});
