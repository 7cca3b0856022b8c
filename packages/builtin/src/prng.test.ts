// The seeded generator: reproducible streams, ranges, weights and forks.
import { describe, expect, it } from "vitest";
import { Prng, seedFrom } from "./prng.ts";

const draw = (rng: Prng, n: number) => Array.from({ length: n }, () => rng.next());

describe("Prng", () => {
  it("gives the same stream for the same seed and another for another seed", () => {
    expect(draw(new Prng(7), 20)).toEqual(draw(new Prng(7), 20));
    expect(draw(new Prng(7), 20)).not.toEqual(draw(new Prng(8), 20));
  });

  it("keeps draws in range", () => {
    const rng = new Prng(1);
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = rng.int(-3, 3);
      expect(Number.isInteger(k) && k >= -3 && k <= 3).toBe(true);
    }
  });

  it("never picks a zero weight, and says so when every weight is zero", () => {
    const rng = new Prng(2);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.weighted([0, 1, 0, 3]));
    expect([...seen].sort()).toEqual([1, 3]);
    expect(rng.weighted([0, 0])).toBe(-1);
  });

  it("shuffles into a permutation without touching the input", () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = new Prng(3).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual(items);
  });

  it("forks streams that do not depend on draws made after the fork point elsewhere", () => {
    const a = new Prng(5);
    const b = new Prng(5);
    expect(draw(a.fork("x"), 5)).toEqual(draw(b.fork("x"), 5));
    expect(draw(a.fork("x"), 5)).not.toEqual(draw(a.fork("y"), 5));
  });

  it("mixes seeds from parts, telling numbers from strings", () => {
    expect(seedFrom(1, "a")).toBe(seedFrom(1, "a"));
    expect(seedFrom(1, "a")).not.toBe(seedFrom("1", "a"));
  });
});
