// The semaphore: limit, order, release on failure, abort while waiting.

import { describe, expect, it } from "vitest";
import { ConcurrencyLimiter } from "./concurrency-limiter.ts";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("ConcurrencyLimiter", () => {
  it("never runs more than the limit at once, and runs everything", async () => {
    const limiter = new ConcurrencyLimiter(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 5 + (i % 3) * 3));
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(limiter.active).toBe(0);
    expect(limiter.waiting).toBe(0);
  });

  it("starts waiting tasks in arrival order", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const gate = deferred();
    const started: number[] = [];
    const first = limiter.run(async () => {
      started.push(0);
      await gate.promise;
    });
    const rest = [1, 2, 3].map((i) => limiter.run(async () => void started.push(i)));
    expect(limiter.waiting).toBe(3);
    gate.resolve();
    await Promise.all([first, ...rest]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it("frees the slot when a task throws", async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run(async () => "next")).resolves.toBe("next");
    expect(limiter.active).toBe(0);
  });

  it("lets an aborted waiter leave the line without running", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const gate = deferred();
    const holder = limiter.run(() => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const waiter = limiter.run(async () => {
      ran = true;
    }, controller.signal);
    const after = limiter.run(async () => "after");
    const reason = new Error("gave up");
    controller.abort(reason);
    await expect(waiter).rejects.toBe(reason);
    expect(limiter.waiting).toBe(1);
    gate.resolve();
    await holder;
    await expect(after).resolves.toBe("after");
    expect(ran).toBe(false);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const limiter = new ConcurrencyLimiter(2);
    await expect(limiter.run(async () => 1, AbortSignal.abort())).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(limiter.active).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses the limit %s", (limit) => {
    expect(() => new ConcurrencyLimiter(limit)).toThrow(RangeError);
  });
});
