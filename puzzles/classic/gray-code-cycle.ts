/**
 * Find a cyclic Gray code on n bits: an ordering of all the numbers 0..2^n - 1 in which every two
 * neighbours, including the last and the first, differ in exactly one binary digit.
 */
export function sat(codes: number[], n = 9): boolean {
  const size = 2 ** n;
  if (codes.length !== size || new Set(codes).size !== size) return false;
  if (!codes.every((x) => Number.isInteger(x) && x >= 0 && x < size)) return false;
  return codes.every((x, i) => {
    const d = x ^ codes[(i + 1) % size];
    return d !== 0 && (d & (d - 1)) === 0;
  });
}

export function sol(n = 9): number[] {
  return Array.from({ length: 2 ** n }, (_, i) => i ^ (i >> 1));
}
