// Nudged defaults keep their kind and the invariants the puzzle relies on.
import { describe, expect, it } from "vitest";
import { Prng } from "./prng.ts";
import { varyList, varyNumber, varyString, varyValue } from "./vary-value.ts";

const runs = (f: (rng: Prng) => void) => {
  for (let seed = 0; seed < 200; seed++) f(new Prng(seed));
};

describe("varyValue", () => {
  it("moves numbers a little, keeping integers integral and signs as they were", () => {
    runs((rng) => {
      for (const v of [1, 2, 7, 18, 1000, 2023, -5, -40]) {
        const moved = varyNumber(v, rng);
        expect(moved).not.toBe(v);
        expect(Number.isInteger(moved)).toBe(true);
        expect(Math.sign(moved)).toBe(Math.sign(v));
        expect(Math.abs(moved - v)).toBeLessThanOrEqual(Math.max(2, Math.abs(v) * 0.15 + 1));
      }
      const real = varyNumber(0.25, rng);
      expect(real).not.toBe(0.25);
      expect(Math.abs(real - 0.25)).toBeLessThan(0.1);
    });
  });

  it("changes strings over their own characters", () => {
    runs((rng) => {
      const s = varyString("abcab", rng)!;
      expect(s).not.toBe("abcab");
      expect([...s].every((c) => "abc".includes(c))).toBe(true);
      expect(Math.abs(s.length - 5)).toBeLessThanOrEqual(1);
    });
  });

  it("keeps sorted lists sorted, distinct lists distinct, and paired lists at their length", () => {
    runs((rng) => {
      const sorted = varyList([1, 5, 9, 14, 20], rng, true) as number[];
      expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
      expect(new Set(sorted).size).toBe(sorted.length);
      const paired = varyList([7, 11, 13, 17], rng, false)!;
      expect(paired).toHaveLength(4);
      expect(paired).not.toEqual([7, 11, 13, 17]);
    });
  });

  it("leaves booleans, null and empty values alone", () => {
    const rng = new Prng(1);
    expect(varyValue(true, rng)).toBeUndefined();
    expect(varyValue(null, rng)).toBeUndefined();
    expect(varyValue("", rng)).toBeUndefined();
    expect(varyValue([], rng)).toBeUndefined();
    expect(varyValue({}, rng)).toBeUndefined();
  });

  it("changes one leaf of nested lists and objects", () => {
    runs((rng) => {
      const grid = varyValue(
        [
          [1, 2],
          [3, 4],
        ],
        rng,
      ) as number[][];
      expect(grid).not.toEqual([
        [1, 2],
        [3, 4],
      ]);
      const point = varyValue({ x: 3, y: 4 }, rng) as { x: number; y: number };
      expect(Object.keys(point)).toEqual(["x", "y"]);
      expect(point).not.toEqual({ x: 3, y: 4 });
    });
  });
});
