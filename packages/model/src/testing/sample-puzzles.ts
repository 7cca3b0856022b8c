// A few small solved puzzles in the project's format, to build model requests in tests.

import type { SolvedExample } from "../types.ts";

export const SAMPLE_PUZZLES: readonly SolvedExample[] = [
  {
    sat: [
      "/** Find a list of n integers whose i-th element is i squared. */",
      "export function sat(li: number[], n = 18): boolean {",
      "  return li.length === n && li.every((x, i) => x === i * i);",
      "}",
    ].join("\n"),
    sol: [
      "export function sol(n = 18): number[] {",
      "  return Array.from({ length: n }, (_, i) => i * i);",
      "}",
    ].join("\n"),
  },
  {
    sat: [
      "/** Find a string that contains `sub` exactly `count` times and has length at most `maxLength`. */",
      'export function sat(s: string, sub = "ab", count = 3, maxLength = 10): boolean {',
      "  return s.length <= maxLength && s.split(sub).length - 1 === count;",
      "}",
    ].join("\n"),
    sol: [
      'export function sol(sub = "ab", count = 3, maxLength = 10): string {',
      "  return sub.repeat(count);",
      "}",
    ].join("\n"),
  },
  {
    sat: [
      "/** Find two positive integers whose product is `target` and whose sum is `total`. */",
      "export function sat(pair: [number, number], target = 35, total = 12): boolean {",
      "  const [a, b] = pair;",
      "  return a > 0 && b > 0 && a * b === target && a + b === total;",
      "}",
    ].join("\n"),
    sol: [
      "export function sol(target = 35, total = 12): [number, number] {",
      "  for (let a = 1; a < total; a++) if (a * (total - a) === target) return [a, total - a];",
      "  return [0, 0];",
      "}",
    ].join("\n"),
  },
];
