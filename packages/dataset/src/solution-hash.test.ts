import { describe, expect, it } from "vitest";
import { solutionHash } from "./solution-hash.ts";

describe("solutionHash", () => {
  const base = "export function sol(n = 3): number {\n  return n * 2;\n}";

  it("ignores layout, comments, types, the declaration form and local names", () => {
    for (const same of [
      "export function sol(n=3){return n*2}",
      "// doubled\nexport function sol(n = 3): number { /* why */ return n * 2; }",
      "export const sol = (k = 3): number => k * 2;",
      "function sol(size: number = 3) {\n\treturn size * 2;\n}",
    ]) {
      expect(solutionHash(same)).toBe(solutionHash(base));
    }
  });

  it("tells different solutions apart", () => {
    for (const other of [
      "export function sol(n = 3): number { return n * 3; }",
      "export function sol(n = 4): number { return n * 2; }",
      "export function sol(n = 3): number { return 2 * n; }",
    ]) {
      expect(solutionHash(other)).not.toBe(solutionHash(base));
    }
  });

  it("counts helpers beside sol, and still hashes what does not parse", () => {
    const withHelper = (k: number) =>
      `function twice(x: number) { return x * ${k}; }\nexport function sol(n = 3) { return twice(n); }`;
    expect(solutionHash(withHelper(2))).not.toBe(solutionHash(withHelper(3)));
    expect(solutionHash(withHelper(2))).toBe(solutionHash(`${withHelper(2)}\n\n`));
    expect(solutionHash("not ( code")).toBe(solutionHash("  not   (\ncode "));
    expect(solutionHash("not ( code")).toMatch(/^[0-9a-f]{64}$/);
  });
});
