/**
 * A necklace is a cyclic string of n beads, each one of k colours; two necklaces are the same when one
 * is a rotation of the other. Count the distinct necklaces.
 */
export function sat(count: number, n = 8, k = 3): boolean {
  // Brute force: count the strings that are the smallest among all their rotations.
  let found = 0;
  const digits = new Array<number>(n).fill(0);
  for (let x = 0; x < k ** n; x++) {
    let v = x;
    for (let i = n - 1; i >= 0; i--) {
      digits[i] = v % k;
      v = Math.floor(v / k);
    }
    let smallest = true;
    for (let shift = 1; shift < n && smallest; shift++) {
      for (let i = 0; i < n; i++) {
        const d = digits[(i + shift) % n] - digits[i];
        if (d < 0) smallest = false;
        if (d !== 0) break;
      }
    }
    if (smallest) found++;
  }
  return count === found;
}

export function sol(n = 8, k = 3): number {
  // Burnside: average over rotations of the number of colourings each rotation fixes.
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let total = 0;
  for (let shift = 0; shift < n; shift++) total += k ** gcd(shift, n);
  return total / n;
}
