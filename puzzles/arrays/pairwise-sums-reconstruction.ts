/** Find a list of integers whose sums over all pairs of positions i < j form exactly the multiset `sums`. */
export function sat(
  xs: number[],
  sums = [
    -53, -34, -29, -11, -7, -2, 16, 17, 18, 24, 35, 40, 45, 51, 57, 64, 69, 70, 75, 84, 87, 93, 103, 108, 122,
    126, 155, 161,
  ],
): boolean {
  if (!Array.isArray(xs) || (xs.length * (xs.length - 1)) / 2 !== sums.length) return false;
  if (!xs.every((x) => Number.isInteger(x))) return false;
  const got: number[] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) got.push((xs[i] as number) + (xs[j] as number));
  got.sort((a, b) => a - b);
  const want = [...sums].sort((a, b) => a - b);
  return got.every((v, i) => v === want[i]);
}

export function sol(
  sums = [
    -53, -34, -29, -11, -7, -2, 16, 17, 18, 24, 35, 40, 45, 51, 57, 64, 69, 70, 75, 84, 87, 93, 103, 108, 122,
    126, 155, 161,
  ],
): number[] {
  const s = [...sums].sort((a, b) => a - b);
  const n = Math.round((1 + Math.sqrt(1 + 8 * s.length)) / 2);
  // With x0 <= x1 <= ..., the two smallest sums are x0 + x1 and x0 + x2; guess which sum is x1 + x2.
  for (let k = 2; k < s.length; k++) {
    const twice = (s[0] as number) + (s[1] as number) - (s[k] as number);
    if (twice % 2 !== 0) continue;
    const x0 = twice / 2;
    const xs = [x0];
    // Peel: the smallest sum not yet explained is always x0 + (next element).
    const remaining = new Map<number, number>();
    for (const v of s) remaining.set(v, (remaining.get(v) ?? 0) + 1);
    let ok = true;
    while (xs.length < n && ok) {
      let smallest = Number.POSITIVE_INFINITY;
      for (const [v, c] of remaining) if (c > 0 && v < smallest) smallest = v;
      const next = smallest - x0;
      for (const x of xs) {
        const c = remaining.get(x + next) ?? 0;
        if (c === 0) {
          ok = false;
          break;
        }
        remaining.set(x + next, c - 1);
      }
      xs.push(next);
    }
    if (ok && xs.length === n) return xs;
  }
  return [];
}
