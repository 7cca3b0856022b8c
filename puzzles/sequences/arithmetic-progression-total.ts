/**
 * Find an arithmetic progression of n integers that starts with `first` and whose terms add up to
 * `total`.
 */
export function sat(seq: number[], n = 12, first = 7, total = 546): boolean {
  if (seq.length !== n || seq[0] !== first || !seq.every((x) => Number.isInteger(x))) return false;
  const step = (seq[1] as number) - (seq[0] as number);
  return seq.every((x, i) => x === first + i * step) && seq.reduce((a, b) => a + b, 0) === total;
}

export function sol(n = 12, first = 7, total = 546): number[] {
  const step = (total - n * first) / ((n * (n - 1)) / 2);
  return Array.from({ length: n }, (_, i) => first + i * step);
}
