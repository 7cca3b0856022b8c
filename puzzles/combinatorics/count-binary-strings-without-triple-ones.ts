/** Count the binary strings of length n that never contain three 1s in a row. */
export function sat(count: number, n = 16): boolean {
  let brute = 0;
  for (let x = 0; x < 2 ** n; x++) if ((x & (x >> 1) & (x >> 2)) === 0) brute++;
  return count === brute;
}

export function sol(n = 16): number {
  // Track strings by how many 1s they end with: 0, 1 or 2.
  let end0 = 1;
  let end1 = 0;
  let end2 = 0;
  for (let i = 0; i < n; i++) [end0, end1, end2] = [end0 + end1 + end2, end0, end1];
  return end0 + end1 + end2;
}
