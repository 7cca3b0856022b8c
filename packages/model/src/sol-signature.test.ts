// The sol signature derived from sat's parameters and answer type.

import { describe, expect, it } from "vitest";
import { solSignature } from "./sol-signature.ts";

describe("solSignature", () => {
  it.each([
    ["export function sat(li: number[], n = 18): boolean {}", "export function sol(n = 18): number[]"],
    ["function sat(s: string): boolean { return true; }", "export function sol(): string"],
    [
      'export function sat(s: string, sub = "a,b", count: number = 3): boolean {}',
      'export function sol(sub = "a,b", count: number = 3): string',
    ],
    [
      "export function sat(m: Map<string, number>, pairs: Array<[number, number]> = [[1, 2]]): boolean {}",
      "export function sol(pairs: Array<[number, number]> = [[1, 2]]): Map<string, number>",
    ],
    [
      "export function sat(f: (x: number) => boolean, k = 2): boolean {}",
      "export function sol(k = 2): (x: number) => boolean",
    ],
    [
      "export function sat({ a, b }: { a: number; b: number }, t = { a: 1 }): boolean {}",
      "export function sol(t = { a: 1 }): { a: number; b: number }",
    ],
    ["export function sat<T>(x: T[], y: T): boolean {}", "export function sol<T>(y: T): T[]"],
    ["export const sat = (x: number, n = 2): boolean => x === n;", "export function sol(n = 2): number"],
    ["export function sat(x, n = 2) { return x === n; }", "export function sol(n = 2)"],
  ])("%s", (sat, expected) => {
    expect(solSignature(sat)).toBe(expected);
  });

  it("joins a parameter list written over several lines", () => {
    const sat =
      "/** Doc (with parens, commas). */\nexport function sat(\n  li: number[],\n  n = 18,\n  m = 3,\n): boolean {\n  return true;\n}";
    expect(solSignature(sat)).toBe("export function sol(n = 18, m = 3): number[]");
  });

  it("is undefined when there is no readable sat", () => {
    expect(solSignature("export function other(x: number): boolean {}")).toBeUndefined();
    expect(solSignature("export function sat(")).toBeUndefined();
    expect(solSignature("export function sat(): boolean { return true; }")).toBeUndefined();
  });
});
