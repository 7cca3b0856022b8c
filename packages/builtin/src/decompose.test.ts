// Taking conjunctions and compositions apart into standalone parts, with the inverse of the answer transform.
import { parsePuzzle, type SatFunction } from "@puzzleloop/core";
import { describe, expect, it } from "vitest";
import { composition } from "./composition.ts";
import { conjunction } from "./conjunction.ts";
import { decompose } from "./decompose.ts";
import { Prng } from "./prng.ts";

const sat = (source: string): SatFunction => {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.sat;
};

const LENGTH = sat(
  "/** Of length n. */\nexport function sat(s: string, n = 4): boolean {\n  return s.length === n;\n}",
);
const PREFIX = sat(
  '/** Starts with p. */\nexport function sat(s: string, n = "ab"): boolean {\n  return s.startsWith(n);\n}',
);
const LIST = sat(
  "export function sat(li: number[], n = 3): boolean {\n  return li.length === n && li[0] === 1;\n}",
);
const NUMBER = sat("export function sat(x: number, t = 9): boolean {\n  return x * x === t;\n}");

describe("decompose", () => {
  it("splits a conjunction into parts whose defaults are what the outer puzzle passes", () => {
    const derived = conjunction(LENGTH, [LENGTH, PREFIX], new Prng(1))!;
    expect(derived.source).toContain('export function sat(s: string, n = 4, n2 = "ab"): boolean');
    const parts = decompose(sat(derived.source))!;
    expect(parts.kind).toBe("all");
    expect(parts.parts.map((p) => p.sat.params.map((q) => q.defaultText))).toEqual([["4"], ['"ab"']]);
    expect(parts.parts.map((p) => p.args)).toEqual([["n"], ["n2"]]);
  });

  it.each([
    [LENGTH, "part(n)", '[...part(n)].reverse().join("")'],
    [LIST, "part(n)", "[...part(n)].reverse() as number[]"],
  ])("inverts the transform of a composition", (inner, call, inverted) => {
    const derived = composition(inner, new Prng(1))!;
    const parts = decompose(sat(derived.source))!;
    expect(parts.kind).toBe("transformed");
    expect(parts.parts).toHaveLength(1);
    expect(parts.invert!(call)).toBe(inverted);
  });

  it("inverts a shift of a number", () => {
    const derived = composition(NUMBER, new Prng(3))!;
    const shift = derived.source.match(/inner\(x - (\d)/)![1];
    expect(decompose(sat(derived.source))!.invert!("part(t)")).toBe(`part(t) + ${shift}`);
  });

  it("leaves ordinary puzzles whole", () => {
    expect(decompose(LENGTH)).toBeUndefined();
    expect(
      decompose(
        sat(
          "export function sat(x: number): boolean {\n  function f(y: number) { return y > 0; }\n  return f(x) || x === -1;\n}",
        ),
      ),
    ).toBeUndefined();
  });
});
