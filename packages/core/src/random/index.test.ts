import { describe, expect, it } from "vitest";
import { sample, seededRandom } from "./index.ts";

describe("seeded randomness", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("samples distinct items, at most as many as there are", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const picked = sample(items, 7, seededRandom(1));
    expect(new Set(picked).size).toBe(7);
    expect(picked.every((x) => items.includes(x))).toBe(true);
    expect(sample(items, 50, seededRandom(1))).toHaveLength(20);
    expect(sample(items, 7, seededRandom(1))).toEqual(picked);
  });
});
