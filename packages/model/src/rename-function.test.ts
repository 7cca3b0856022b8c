// Renaming sat in few-shot examples: declarations and calls only.

import { describe, expect, it } from "vitest";
import { renameFunction } from "./rename-function.ts";

describe("renameFunction", () => {
  it("renames the declaration and recursive calls", () => {
    const source = [
      "/** Count down: sat(n) holds at zero. */",
      "export function sat(n: number, k = 3): boolean {",
      "  return n === 0 || (k > 0 && sat(n - 1, k - 1));",
      "}",
    ].join("\n");
    expect(renameFunction(source, "sat", "sat2")).toBe(
      [
        "/** Count down: sat(n) holds at zero. */",
        "export function sat2(n: number, k = 3): boolean {",
        "  return n === 0 || (k > 0 && sat2(n - 1, k - 1));",
        "}",
      ].join("\n"),
    );
  });

  it("leaves strings, comments, property names and longer names alone", () => {
    const source = [
      "function sat(s: string): boolean {",
      '  const label = "sat(";',
      "  // sat( again",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is TypeScript source under test
      "  return s.sat(1) || isSat(s) || saturate(s) || obj?.sat(s) || `${sat.name}` === label;",
      "}",
    ].join("\n");
    const renamed = renameFunction(source, "sat", "sat1");
    expect(renamed.split("\n")[0]).toBe("function sat1(s: string): boolean {");
    expect(renamed.split("\n").slice(1)).toEqual(source.split("\n").slice(1));
  });

  it("renames const declarations, generic calls and optional calls", () => {
    const source = "export const sat = <T,>(x: T): boolean => sat<T>(x) || sat?.(x) || sat (x);";
    expect(renameFunction(source, "sat", "sat3")).toBe(
      "export const sat3 = <T,>(x: T): boolean => sat3<T>(x) || sat3?.(x) || sat3 (x);",
    );
  });

  it("does not take a comparison for a generic call", () => {
    const source = "function sat(a: number): boolean {\n  return sat < a && a > 2 ? sat(a - 1) : true;\n}";
    expect(renameFunction(source, "sat", "s1")).toBe(
      "function s1(a: number): boolean {\n  return sat < a && a > 2 ? s1(a - 1) : true;\n}",
    );
  });
});
