// Puzzles the built-in model derives from when it is given no examples and holds no library.

export const STARTER_PUZZLES: readonly string[] = [
  [
    "/** Find an integer x with a * x + b === target. */",
    "export function sat(x: number, a = 3, b = 7, target = 2023): boolean {",
    "  return a * x + b === target;",
    "}",
  ].join("\n"),
  [
    "/** Find a string of the given length that starts with prefix. */",
    'export function sat(s: string, prefix = "ab", length = 5): boolean {',
    "  return s.length === length && s.startsWith(prefix);",
    "}",
  ].join("\n"),
  [
    "/** Find a list of n positive integers that add up to total. */",
    "export function sat(li: number[], n = 5, total = 15): boolean {",
    "  return li.length === n && li.every((x) => Number.isInteger(x) && x > 0) && li.reduce((a, b) => a + b, 0) === total;",
    "}",
  ].join("\n"),
  [
    "/** Find two integers whose product is product and whose sum is sum. */",
    "export function sat(pair: [number, number], product = 391, sum = 40): boolean {",
    "  const [a, b] = pair;",
    "  return a * b === product && a + b === sum;",
    "}",
  ].join("\n"),
];
