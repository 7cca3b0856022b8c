/** The child-process pool: order, crash recovery, the watchdog and the bounded queue. */
import { afterEach, describe, expect, it } from "vitest";
import { SandboxPool } from "../src/pool.ts";
import type { Job } from "../src/types.ts";
import { HONEST, PUZZLE, WRONG } from "./hostile-pairs.ts";

const honest: Job = { kind: "pair", puzzle: PUZZLE, solution: HONEST };
const wrong: Job = { kind: "pair", puzzle: PUZZLE, solution: WRONG };
const crasher: Job = {
  kind: "pair",
  puzzle: PUZZLE,
  solution: "export function sol() { return [new Array(2 ** 26).fill(0).length]; }",
};
const looper: Job = { kind: "pair", puzzle: PUZZLE, solution: "export function sol() { for (;;) {} }" };

let pool: SandboxPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("SandboxPool", () => {
  it("returns results in the order of the jobs, spread over several children", async () => {
    pool = new SandboxPool({ size: 2, batchSize: 8 });
    const jobs = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? wrong : honest));
    const results = await pool.runBatch(jobs);
    expect(results.map((r) => r.status)).toEqual(
      jobs.map((j) => (j === wrong ? "wrong_answer" : "verified")),
    );
  });

  it("survives a child killed by a job in the middle of a batch: the others keep their results", async () => {
    pool = new SandboxPool({ size: 1, batchSize: 16, limits: { timeoutMs: 8000, memoryMb: 32 } });
    const jobs = [honest, wrong, honest, crasher, honest, wrong, honest];
    const results = await pool.runBatch(jobs);
    expect(results.map((r) => r.status)).toEqual([
      "verified",
      "wrong_answer",
      "verified",
      "memory",
      "verified",
      "wrong_answer",
      "verified",
    ]);
    expect(pool.stats().restarts).toBeGreaterThanOrEqual(1);
    expect((await pool.run(honest)).status).toBe("verified");
  });

  it("kills a child that stops answering and reports the job it held as a timeout", async () => {
    pool = new SandboxPool({ size: 1, graceMs: 200, limits: { timeoutMs: 300 } });
    await pool.run(honest);
    const [pid] = pool.stats().pids;
    const pending = pool.run(looper);
    // A stopped process cannot even let isolated-vm's own timer fire: only the watchdog can end it.
    process.kill(pid as number, "SIGSTOP");
    const result = await pending;
    expect(result.status).toBe("timeout");
    expect(result.error).toMatch(/stopped/);
    expect(pool.stats().pids).not.toContain(pid);
    expect((await pool.run(honest)).status).toBe("verified");
  });

  it("kills a child whose resident memory grows past its cap, and gives its job `memory`", async () => {
    pool = new SandboxPool({ size: 1, maxRssGrowthMb: 16, limits: { timeoutMs: 8000, memoryMb: 128 } });
    // Well under the heap limit, but its process grows by far more than the 16 MiB allowed.
    const grower: Job = {
      kind: "pair",
      puzzle: "export function sat(x: number): boolean { return x > 0; }",
      solution:
        "export function sol(): number { const keep = []; for (let i = 0; i < 40; i++) keep.push(new Array(2 ** 17).fill(i + 0.5)); for (;;) {} }",
    };
    const [before] = pool.stats().pids;
    const result = await pool.run(grower);
    expect(result.status).toBe("memory");
    expect(result.error).toMatch(/resident memory/);
    expect(pool.stats().pids).not.toContain(before);
    expect((await pool.run(honest)).status).toBe("verified");
  });

  it("keeps its queue within maxQueue however many jobs are submitted", async () => {
    pool = new SandboxPool({ size: 1, maxQueue: 4, batchSize: 2 });
    let most = 0;
    const watcher = setInterval(() => {
      most = Math.max(most, pool?.stats().queued ?? 0);
    }, 1);
    const results = await pool.runBatch(Array.from({ length: 300 }, () => honest));
    clearInterval(watcher);
    expect(results.every((r) => r.verified)).toBe(true);
    expect(most).toBeLessThanOrEqual(4);
  });

  it("ends jobs still waiting when closed, and refuses new ones", async () => {
    pool = new SandboxPool({ size: 1 });
    const waiting = pool.runBatch([looper, honest, honest]);
    await pool.close();
    const results = await waiting;
    expect(results.every((r) => !r.verified)).toBe(true);
    await expect(pool.run(honest)).rejects.toThrow(/closed/);
  });
});
