// Answer shapes: recognised relative to the puzzle's sizes, named by stable keys, and enumerated for another puzzle's sizes.
import type { Json } from "@puzzleloop/core";
import { describe, expect, it } from "vitest";
import {
  type AnswerShape,
  parseShapeKey,
  puzzleSizes,
  shapeCandidates,
  shapeKey,
  shapeOf,
} from "./answer-shapes.ts";
import { Prng } from "./prng.ts";
import type { PuzzleHints } from "./puzzle-hints.ts";

const hints = (numbers: number[], lists: Json[][] = [], strings: string[] = []): PuzzleHints => ({
  numbers,
  lists,
  strings,
});

const take = (stream: Iterator<Json>, count: number): Json[] => {
  const out: Json[] = [];
  for (let item = stream.next(); !item.done && out.length < count; item = stream.next()) out.push(item.value);
  return out;
};

describe("puzzleSizes", () => {
  it("lists small positive integers, then the lengths of lists and strings, each once", () => {
    expect(
      puzzleSizes(
        hints(
          [8, 0, -3, 2.5, 100, 3],
          [
            [1, 2, 3],
            [4, 5],
          ],
          ["abcd"],
        ),
      ),
    ).toEqual([8, 3, 2, 4]);
  });
});

describe("shapeOf", () => {
  it("says a length is the puzzle's when one of its sizes is that length, and a constant otherwise", () => {
    const bits = [0, 1, 1, 0, 1];
    expect(shapeOf(bits, hints([5]))).toEqual({ alphabet: "bits", size: "hint" });
    expect(shapeOf(bits, hints([], [[7, 7, 7, 7, 7]]))).toEqual({ alphabet: "bits", size: "hint" });
    expect(shapeOf(bits, hints([9]))).toEqual({ alphabet: "bits", size: 5 });
    expect(shapeOf(Array(40).fill(1), hints([9]))).toBeUndefined();
  });

  it("tells permutations, subsets and digits apart", () => {
    expect(shapeOf([2, 0, 3, 1], hints([4]))).toEqual({ alphabet: "permutation", size: "hint" });
    expect(shapeOf([1, 4, 9], hints([12]))).toEqual({ alphabet: "subset", size: "hint" });
    // A subset needs a size of the puzzle that holds it.
    expect(shapeOf([1, 4, 9], hints([5]))).toBeUndefined();
    expect(shapeOf([2, 0, 2, 1, 1, 0], hints([6, 3]))).toEqual({
      alphabet: "digits",
      size: "hint",
      base: "hint",
    });
    expect(shapeOf([2, 0, 2, 1, 1, 0], hints([6]))).toEqual({ alphabet: "digits", size: "hint", base: 3 });
  });

  it("sees values taken in order from one of the puzzle's lists as elements, repeats allowed", () => {
    const coins = hints([87], [[1, 9, 14, 25]]);
    expect(shapeOf([9, 14, 14, 25, 25], coins)).toEqual({ alphabet: "elements", size: "hint" });
    // Out of order, or a value the list does not hold, is no longer the list's elements.
    expect(shapeOf([14, 9, 25], coins)?.alphabet).not.toBe("elements");
    expect(shapeOf([9, 10], coins)?.alphabet).not.toBe("elements");
  });

  it("has no shape for what is not a list of at least two naturals", () => {
    for (const answer of [[1], [0, -1], [0.5, 1], ["a", "b"], 3, "01", null, [[0], [1]]] as Json[]) {
      expect(shapeOf(answer, hints([2, 3]))).toBeUndefined();
    }
  });
});

describe("shape keys", () => {
  it("round-trip, and reject what no shape writes", () => {
    const shapes: AnswerShape[] = [
      { alphabet: "bits", size: "hint" },
      { alphabet: "permutation", size: 6 },
      { alphabet: "digits", size: "hint", base: 3 },
      { alphabet: "subset", size: "hint" },
      { alphabet: "elements", size: "hint" },
    ];
    for (const shape of shapes) expect(parseShapeKey(shapeKey(shape))).toEqual(shape);
    for (const key of ["bits", "bits/0", "bits/hint/2", "digits/hint", "trits/hint", "bits/hint/x/y"]) {
      expect(parseShapeKey(key)).toBeUndefined();
    }
  });
});

describe("shapeCandidates", () => {
  it("enumerates every bit list of each of the puzzle's sizes, then stops", () => {
    const lists = [
      ...shapeCandidates({ alphabet: "bits", size: "hint" }, hints([3], [[0, 0, 0, 0, 0, 0]]), new Prng(1)),
    ];
    expect(lists).toHaveLength(2 ** 3 + 2 ** 6);
    expect(new Set(lists.map((l) => JSON.stringify(l))).size).toBe(lists.length);
    expect(lists).toContainEqual([1, 0, 1, 1, 0, 1]);
    expect(lists.every((l) => Array.isArray(l) && (l.length === 3 || l.length === 6))).toBe(true);
  });

  it("enumerates small permutations and subsets in full, and samples large spaces in the same shape", () => {
    const perms = [...shapeCandidates({ alphabet: "permutation", size: 5 }, hints([]), new Prng(1))];
    expect(perms).toHaveLength(120);
    expect(new Set(perms.map((p) => JSON.stringify(p))).size).toBe(120);
    const subsets = [...shapeCandidates({ alphabet: "subset", size: "hint" }, hints([4]), new Prng(1))];
    expect(subsets).toHaveLength(16);
    expect(subsets[0]).toEqual([]);

    const digits = take(
      shapeCandidates({ alphabet: "digits", size: "hint", base: "hint" }, hints([20, 3]), new Prng(1)),
      500,
    );
    expect(digits).toHaveLength(500);
    for (const list of digits as number[][]) {
      expect([20, 3]).toContain(list.length);
      expect(list.every((d) => d >= 0 && d < 20)).toBe(true);
    }
    const big = take(shapeCandidates({ alphabet: "permutation", size: 12 }, hints([]), new Prng(1)), 50);
    for (const p of big as number[][]) expect([...p].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
  });

  it("takes elements from each list, shorter lists of them first", () => {
    const lists = [
      ...shapeCandidates({ alphabet: "elements", size: "hint" }, hints([87], [[25, 1, 9, 14]]), new Prng(1)),
    ];
    expect(lists.slice(0, 4)).toEqual([[1], [9], [14], [25]]);
    // 4 values, 1 to 8 of them: every non-decreasing choice once.
    const expected = [1, 2, 3, 4, 5, 6, 7, 8].reduce((sum, k) => sum + binomial(k + 3, 3), 0);
    expect(lists).toHaveLength(expected);
    expect(lists.findIndex((l) => JSON.stringify(l) === "[9,14,14,25,25]")).toBeLessThan(200);
  });

  it("is the same stream for the same seed", () => {
    const shape: AnswerShape = { alphabet: "bits", size: 30 };
    const a = take(shapeCandidates(shape, hints([]), new Prng(7)), 20);
    expect(take(shapeCandidates(shape, hints([]), new Prng(7)), 20)).toEqual(a);
    expect(take(shapeCandidates(shape, hints([]), new Prng(8)), 20)).not.toEqual(a);
  });
});

function binomial(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}
