// Shapes: presentation does not matter; constants and then comparisons are abstracted level by level.
import { parsePuzzle, type SatFunction } from "@puzzleloop/core";
import { describe, expect, it } from "vitest";
import { puzzleShape, similarity } from "./puzzle-shape.ts";

const sat = (source: string): SatFunction => {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.sat;
};
const shape = (source: string) => puzzleShape(sat(source))!;

const BASE =
  "export function sat(li: number[], n = 18): boolean {\n  return li.length === n && li.every((x, i) => x === i * i + 1);\n}";

describe("puzzleShape", () => {
  it("is the same for the same puzzle written differently", () => {
    const other = [
      "/** Squares. */",
      "export const sat = (list: Array<number>, n: number = 18): boolean =>",
      "  list.length === n && list.every((y: number, k) => y === k * k + 1) // checked",
    ].join("\n");
    expect(shape(other).key).toBe(shape(BASE).key);
  });

  it("tells constants and defaults apart at the first level only", () => {
    const newDefault = BASE.replace("n = 18", "n = 20");
    const newConstant = BASE.replace("+ 1", "+ 2");
    for (const variant of [newDefault, newConstant]) {
      expect(shape(variant).key).not.toBe(shape(BASE).key);
      expect(shape(variant).literalKey).toBe(shape(BASE).literalKey);
    }
    expect(shape(newConstant).literals.map((l) => l.value)).toEqual([2]);
  });

  it("abstracts comparison strictness and direction at the last level only", () => {
    const a = shape("export function sat(x: number, n = 5): boolean {\n  return x < n;\n}");
    const b = shape("export function sat(x: number, n = 5): boolean {\n  return x >= n;\n}");
    expect(b.literalKey).not.toBe(a.literalKey);
    expect(b.operatorKey).toBe(a.operatorKey);
  });

  it("keeps different programs apart and scores their likeness", () => {
    const other = shape(
      "export function sat(li: number[], n = 18): boolean {\n  return li.length === n && li.every((x) => x > 0);\n}",
    );
    expect(other.operatorKey).not.toBe(shape(BASE).operatorKey);
    const s = similarity(other, shape(BASE));
    expect(s).toBeGreaterThan(0.2);
    expect(s).toBeLessThan(1);
    expect(similarity(shape(BASE), shape(BASE))).toBe(1);
  });
});
