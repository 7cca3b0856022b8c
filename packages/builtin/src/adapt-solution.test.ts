// Library solutions rewritten for a puzzle of the same shape, checked in the sandbox.
import { parsePuzzle, parseSolution, type SatFunction, type SolFunction } from "@puzzleloop/core";
import { closeSharedPool, verifyPair } from "@puzzleloop/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { adaptSolution, rewriteLiterals } from "./adapt-solution.ts";

const sat = (source: string): SatFunction => {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.sat;
};
const sol = (source: string): SolFunction => {
  const parsed = parseSolution(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.sol;
};

const PUZZLE =
  "export function sat(li: number[], n = 7): boolean {\n  return li.length === n && li.every((x, i) => x === i * i + 2);\n}";

afterAll(() => closeSharedPool());

describe("adaptSolution", () => {
  it("rewrites the defaults in place when the parameter names agree", async () => {
    const original = sol(
      "export function sol(n = 18): number[] {\n  return Array.from({ length: n }, (_, i) => i * i + 2);\n}",
    );
    const code = adaptSolution(sat(PUZZLE), original);
    expect(code).toBe(
      "export function sol(n = 7): number[] {\n  return Array.from({ length: n }, (_, i) => i * i + 2);\n}",
    );
    expect((await verifyPair(PUZZLE, code)).status).toBe("verified");
  });

  it("wraps a solution whose parameters are named differently and calls it with the puzzle's", async () => {
    const original = sol(
      "export const sol = (count = 18) => Array.from({ length: count }, (_, i) => i * i + 2);",
    );
    const code = adaptSolution(sat(PUZZLE), original);
    expect(code).toMatch(/^export function sol\(n = 7\): number\[\] \{\n {2}function solve\(count = 18\)/);
    expect(code).toContain("return solve(n);");
    expect((await verifyPair(PUZZLE, code)).status).toBe("verified");
  });

  it("carries the constants the puzzle changed into the solution's body", async () => {
    const original = sol(
      "export function sol(n = 18): number[] {\n  return Array.from({ length: n }, (_, i) => i * i + 1);\n}",
    );
    const code = adaptSolution(sat(PUZZLE), original, [], [{ from: 1, to: 2 }]);
    expect(code).toContain("i * i + 2");
    expect((await verifyPair(PUZZLE, code)).status).toBe("verified");
  });

  it("rewrites only literals, parenthesising a negative replacement", () => {
    expect(rewriteLiterals('{\n  return a - 5 + b5 + "5" + -5;\n}', [{ from: 5, to: -3 }])).toBe(
      '{\n  return a - (-3) + b5 + "5" + -5;\n}',
    );
  });
});
