// Candidate streams: the puzzle's constants first, typed shapes, and a reproducible random tail.
import { type Json, parsePuzzle } from "@puzzleloop/core";
import { describe, expect, it } from "vitest";
import { answerCandidates } from "./answer-candidates.ts";
import { Prng } from "./prng.ts";
import { puzzleHints } from "./puzzle-hints.ts";

const firstOf = (source: string, count: number, seed = 1): Json[] => {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) throw new Error(parsed.message);
  const { sat } = parsed.value;
  const out: Json[] = [];
  for (const value of answerCandidates(sat.answer.type, puzzleHints(sat), new Prng(seed))) {
    out.push(value);
    if (out.length >= count) break;
  }
  return out;
};
const indexOf = (values: Json[], wanted: Json) =>
  values.findIndex((v) => JSON.stringify(v) === JSON.stringify(wanted));

describe("answerCandidates", () => {
  it("reaches the root of a linear condition from its constants early", () => {
    const values = firstOf("export function sat(x: number): boolean {\n  return x * 3 + 7 === 2023;\n}", 400);
    expect(indexOf(values, 672)).toBeGreaterThanOrEqual(0);
  });

  it("pads the puzzle's strings to a length", () => {
    const values = firstOf(
      'export function sat(s: string): boolean {\n  return s.length === 5 && s.startsWith("ab");\n}',
      400,
    );
    expect(indexOf(values, "abaaa")).toBeGreaterThanOrEqual(0);
  });

  it("permutes default lists and builds ranges from the puzzle's counts", () => {
    const values = firstOf(
      "export function sat(p: number[], li = [3, 1, 2], n = 4): boolean {\n  return true;\n}",
      300,
    );
    expect(indexOf(values, [1, 2, 3])).toBeGreaterThanOrEqual(0);
    expect(indexOf(values, [0, 1, 2, 3])).toBeGreaterThanOrEqual(0);
  });

  it("combines positions of tuples and objects, early candidates first", () => {
    const pairs = firstOf(
      "export function sat(p: [number, number], n = 35): boolean {\n  return true;\n}",
      50,
    );
    expect(pairs.every((p) => Array.isArray(p) && p.length === 2)).toBe(true);
    const points = firstOf(
      "export function sat(p: { x: number; y: string }): boolean {\n  return true;\n}",
      50,
    );
    expect(points.slice(1).every((p) => typeof (p as { x: unknown }).x === "number")).toBe(true);
  });

  it("ends for finite types and repeats itself for a seed", () => {
    const booleans = firstOf("export function sat(b: boolean): boolean {\n  return b;\n}", 100);
    expect(booleans.length).toBeLessThan(100);
    expect(new Set(booleans)).toEqual(new Set([true, false]));
    const source = 'export function sat(li: string[], w = "abc"): boolean {\n  return true;\n}';
    expect(firstOf(source, 2000, 4)).toEqual(firstOf(source, 2000, 4));
    expect(firstOf(source, 2000, 4)).not.toEqual(firstOf(source, 2000, 5));
  });
});
