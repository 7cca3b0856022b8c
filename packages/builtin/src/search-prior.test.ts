// The search prior: which family held a verified answer, the shares that follow, and answers kept for reuse.
import { parsePuzzle, type SatFunction } from "@puzzleloop/core";
import { describe, expect, it } from "vitest";
import { candidateFamilies } from "./answer-candidates.ts";
import { Prng } from "./prng.ts";
import { puzzleHints } from "./puzzle-hints.ts";
import { SearchPrior } from "./search-prior.ts";

const satOf = (source: string): SatFunction => {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.sat;
};

const multipleAbove = (lo: number, m: number) =>
  satOf(
    `/** Find the least multiple of m above lo. */\nexport function sat(x: number, lo = ${lo}, m = ${m}): boolean {\n  return x > lo && x % m === 0 && x - m <= lo;\n}`,
  );
const leastMultiple = (lo: number, m: number) => (Math.floor(lo / m) + 1) * m;

const numberFamilies = (sat: SatFunction) =>
  candidateFamilies(sat.answer.type, puzzleHints(sat), new Prng(0)).map((f) => f.name);

describe("SearchPrior", () => {
  it("credits the family that proposes a verified answer first", () => {
    const prior = new SearchPrior();
    expect(prior.learn(multipleAbove(5000, 97), leastMultiple(5000, 97))).toBe("number:scan");
    const period = satOf(
      "export function sat(s: string, w = 'xyzxyz'): boolean {\n  return w.startsWith(s);\n}",
    );
    expect(prior.learn(period, "xyz")).toBe("string:slice");
    expect(prior.hits()).toEqual({ "number:scan": 1, "string:slice": 1 });
  });

  it("learns nothing from trivial answers, which are always tried first", () => {
    const prior = new SearchPrior();
    expect(prior.learn(multipleAbove(5000, 97), 0)).toBeUndefined();
    expect(prior.size).toBe(0);
  });

  it("shifts shares toward families that held answers, keeping every family at least a quarter of its uniform share", () => {
    const prior = new SearchPrior();
    const families = numberFamilies(multipleAbove(1, 1));
    const uniform = 1 / families.length;
    for (const name of families) expect(prior.weight(name, families)).toBeCloseTo(uniform);
    for (const [lo, m] of [
      [5000, 97],
      [8123, 61],
      [12000, 313],
      [3333, 77],
    ] as const) {
      prior.learn(multipleAbove(lo, m), leastMultiple(lo, m));
    }
    const total = families.reduce((sum, name) => sum + prior.weight(name, families), 0);
    expect(total).toBeCloseTo(1);
    expect(prior.weight("number:scan", families)).toBeGreaterThan(2 * uniform);
    for (const name of families) expect(prior.weight(name, families)).toBeGreaterThanOrEqual(uniform / 4);
  });

  it("keeps answers by type class, and credits them when another puzzle has the same answer", () => {
    const prior = new SearchPrior();
    const first = satOf(
      "/** Find a list of n primes. */\nexport function sat(li: number[], n = 3): boolean {\n  return li.length === n;\n}",
    );
    prior.learn(first, [7, 19, 41]);
    expect(prior.bank("number[]")).toEqual([[7, 19, 41]]);
    // A variant of the same question with the same answer shows nothing about other questions.
    const variant = satOf(
      "/** Find a list of n primes. */\nexport function sat(li: number[], n = 3): boolean {\n  return li.length >= n;\n}",
    );
    expect(prior.learn(variant, [7, 19, 41])).toBeUndefined();
    const second = satOf(
      "/** Find a list whose third element is 41. */\nexport function sat(xs: number[]): boolean {\n  return xs[2] === 41;\n}",
    );
    expect(prior.learn(second, [7, 19, 41])).toBe("number[]:bank");
    expect(SearchPrior.fromJSON(prior.toJSON()).toJSON()).toEqual(prior.toJSON());
  });

  it("learns the shapes of list answers relative to each puzzle's sizes, credited once another question shares one", () => {
    const prior = new SearchPrior();
    const noAdjacentOnes = (n: number) =>
      satOf(
        `/** Find n bits with no two adjacent ones and n/2 ones. */\nexport function sat(b: number[], n = ${n}): boolean {\n  return b.length === n && b.every((x, i) => (x === 0 || x === 1) && !(x && b[i + 1])) && b.filter(Boolean).length === n / 2;\n}`,
      );
    const alternating = (n: number) => Array.from({ length: n }, (_, i) => (i + 1) % 2);
    expect(prior.learn(noAdjacentOnes(6), alternating(6))).not.toBe("number[]:shape");
    expect(prior.shapes("number[]")).toEqual([{ shape: { alphabet: "bits", size: "hint" }, count: 1 }]);
    const parity = satOf(
      "/** Find bits, one per row, giving each row's parity. */\nexport function sat(b: number[], rows = [[1, 2], [3, 3], [5, 0, 2]]): boolean {\n  return b.length === rows.length && rows.every((r, i) => r.reduce((s, x) => s + x, 0) % 2 === b[i]);\n}",
    );
    expect(prior.learn(parity, [1, 0, 1])).toBe("number[]:shape");
    expect(prior.shapes("number[]")).toEqual([{ shape: { alphabet: "bits", size: "hint" }, count: 2 }]);
    expect(prior.shapes("string[]")).toEqual([]);
    expect(SearchPrior.fromJSON(prior.toJSON()).toJSON()).toEqual(prior.toJSON());
  });
});
