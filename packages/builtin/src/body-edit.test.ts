// Body edits: comparisons swapped, constants nudged, structural constants and radixes left alone.
import { parsePuzzle, type SatFunction } from "@puzzleloop/core";
import { describe, expect, it } from "vitest";
import { bodyEdit } from "./body-edit.ts";
import { Prng } from "./prng.ts";

const sat = (source: string): SatFunction => {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.sat;
};

const bodyOf = (source: string) => sat(source).body;

describe("bodyEdit", () => {
  it("swaps the strictness of a comparison", () => {
    const puzzle = sat("/** Small. */\nexport function sat(x: number, n = 5): boolean {\n  return x < n;\n}");
    const derived = bodyEdit(puzzle, new Prng(1), 0)!;
    expect(bodyOf(derived.source)).toContain("return x <= n;");
    expect(derived.source).toContain("Derived (builtin body-edit)");
    expect(derived.source).toContain("`<` became `<=` in `x < n`");
    expect(parsePuzzle(derived.source).ok).toBe(true);
  });

  it("nudges `+ 1` and other constants, never 0 or a radix", () => {
    const puzzle = sat(
      "export function sat(s: string, n = 5): boolean {\n  return s === (n + 1).toString(2) && s.length > 0;\n}",
    );
    const bodies = new Set<string>();
    for (let seed = 0; seed < 40; seed++) bodies.add(bodyOf(bodyEdit(puzzle, new Prng(seed), 0)!.source));
    for (const body of bodies) {
      expect(body).toContain(".toString(2)");
      expect(body).toMatch(/> 0|>= 0/);
    }
    expect([...bodies].some((b) => /\(n \+ [23]\)/.test(b))).toBe(true);
    expect([...bodies].some((b) => b.includes("s.length >= 0"))).toBe(true);
  });

  it("finds nothing to change in a body without comparisons or constants", () => {
    const puzzle = sat('export function sat(s: string, t = "ab"): boolean {\n  return s === t;\n}');
    expect(bodyEdit(puzzle, new Prng(1), 1)).toBeUndefined();
  });
});
