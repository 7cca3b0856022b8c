// New defaults: the same program with nudged defaults, described readably.
import { parsePuzzle, type SatFunction } from "@puzzleloop/core";
import { describe, expect, it } from "vitest";
import { describeChange, newDefaults } from "./new-defaults.ts";
import { Prng } from "./prng.ts";

const sat = (source: string): SatFunction => {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.sat;
};

const PUZZLE = [
  "/** Find x with x % m === r for each pair. */",
  "export function sat(",
  "  x: number,",
  "  mods = [",
  "    7, 11, 13, 17,",
  "  ],",
  "  rems = [3, 5, 2, 9],",
  "  strict = true,",
  "): boolean {",
  "  return mods.every((m, i) => x % m === rems[i]) && strict;",
  "}",
].join("\n");

describe("newDefaults", () => {
  it("changes defaults only, on one line each, keeping paired lists at their length", () => {
    const original = sat(PUZZLE);
    for (let seed = 0; seed < 30; seed++) {
      const derived = newDefaults(original, new Prng(seed), 0.5)!;
      const next = sat(derived.source);
      expect(next.body).toBe(original.body);
      expect(next.params.map((p) => p.name)).toEqual(["mods", "rems", "strict"]);
      expect(next.params.map((p) => p.default)).not.toEqual(original.params.map((p) => p.default));
      expect(next.params[2]!.default).toBe(true);
      for (const p of next.params) {
        expect(p.defaultText).not.toContain("\n");
        if (Array.isArray(p.default)) expect(p.default).toHaveLength(4);
      }
      expect(derived.source).toMatch(
        /^\/\*\*\n \* Find x with x % m === r for each pair\.\n \*\n \* Derived \(builtin new-defaults\)/,
      );
    }
  });

  it("returns nothing for a puzzle without a default worth changing", () => {
    expect(
      newDefaults(
        sat("export function sat(b: boolean, flag = false): boolean {\n  return b === flag;\n}"),
        new Prng(1),
        1,
      ),
    ).toBeUndefined();
  });

  it("describes changes to long lists by their entries", () => {
    const long = Array.from({ length: 20 }, (_, i) => i * 100);
    const moved = long.map((x, i) => (i === 17 ? 1750 : x));
    expect(describeChange("li", long, moved)).toBe("li[17] = 1700 became 1750");
    expect(describeChange("n", 18, 20)).toBe("n = 18 became 20");
    expect(describeChange("li", long, long.slice(1))).toMatch(/^li went from 20 to 19 entries: \[100, 200/);
  });
});
