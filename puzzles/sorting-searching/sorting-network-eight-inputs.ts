/**
 * Find a sorting network on n wires with at most maxSize comparators. A comparator [i, j] with
 * 0 <= i < j < n puts the smaller of the two values on wire i and the larger on wire j; applied in
 * order, the comparators must sort every possible input.
 */
export function sat(network: number[][], n = 8, maxSize = 19): boolean {
  if (network.length > maxSize) return false;
  for (const c of network) {
    if (c.length !== 2) return false;
    const [i, j] = c;
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || i >= j || j >= n) return false;
  }
  // By the 0-1 principle it suffices to sort every input made of zeros and ones.
  for (let bits = 0; bits < 1 << n; bits++) {
    let x = bits;
    for (const [i, j] of network) {
      if ((x >> i) & 1 && !((x >> j) & 1)) x ^= (1 << i) | (1 << j);
    }
    // Sorted means all ones sit on the highest wires.
    let ones = 0;
    for (let i = 0; i < n; i++) ones += (bits >> i) & 1;
    if (x !== (1 << n) - (1 << (n - ones))) return false;
  }
  return true;
}

export function sol(n = 8, maxSize = 19): number[][] {
  // Batcher's odd-even merge sort (n a power of two).
  const out: number[][] = [];
  for (let p = 1; p < n; p *= 2) {
    for (let k = p; k >= 1; k = Math.floor(k / 2)) {
      for (let j = k % p; j <= n - 1 - k; j += 2 * k) {
        for (let i = 0; i <= k - 1; i++) {
          if (Math.floor((i + j) / (2 * p)) === Math.floor((i + j + k) / (2 * p)))
            out.push([i + j, i + j + k]);
        }
      }
    }
  }
  return out;
}
