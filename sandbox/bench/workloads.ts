/** The pairs the benchmark runs: trivial ones, and compute-heavy ones. */
import type { Job } from "../src/types.ts";

const pair = (puzzle: string, solution: string): Job => ({ kind: "pair", puzzle, solution });

export const TRIVIAL: Job[] = [
  pair(
    "export function sat(x: number, a = 7, b = 2023): boolean { return a * x + 3 === b; }",
    "export function sol(a = 7, b = 2023): number { return (b - 3) / a; }",
  ),
  pair(
    'export function sat(s: string, n = 5): boolean { return s.length === n && s.startsWith("ab"); }',
    'export function sol(n = 5): string { return "ab" + "c".repeat(n - 2); }',
  ),
  pair(
    "export function sat(li: number[], n = 18): boolean { return li.length === n && li.every((x, i) => x === i * i); }",
    "export function sol(n = 18): number[] { return Array.from({ length: n }, (_, i) => i * i); }",
  ),
  pair(
    "export function sat(p: [number, number], n = 391): boolean { return p[0] > 1 && p[1] > 1 && p[0] * p[1] === n; }",
    "export function sol(n = 391): [number, number] { for (let d = 2; ; d++) if (n % d === 0) return [d, n / d]; }",
  ),
];

export const HEAVY: Job[] = [
  pair(
    `export function sat(primes: number[], n = 200000): boolean {
  const sieve = new Uint8Array(n + 1);
  let count = 0;
  for (let i = 2; i <= n; i++) if (!sieve[i]) { count++; for (let j = i * i; j <= n; j += i) sieve[j] = 1; }
  return primes.length === count && primes.every((p) => p <= n && !sieve[p]);
}`,
    `export function sol(n = 200000): number[] {
  const sieve = new Uint8Array(n + 1);
  const out: number[] = [];
  for (let i = 2; i <= n; i++) if (!sieve[i]) { out.push(i); for (let j = i * i; j <= n; j += i) sieve[j] = 1; }
  return out;
}`,
  ),
  pair(
    `export function sat(order: number[], n = 20000): boolean {
  const values = Array.from({ length: n }, (_, i) => (i * 7919) % n);
  if (order.length !== n) return false;
  const seen = new Set(order);
  return seen.size === n && order.every((k, i) => i === 0 || values[order[i - 1]] <= values[k]);
}`,
    `export function sol(n = 20000): number[] {
  const values = Array.from({ length: n }, (_, i) => (i * 7919) % n);
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
}`,
  ),
];
