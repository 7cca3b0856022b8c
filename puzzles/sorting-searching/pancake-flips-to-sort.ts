/**
 * Sort the list into increasing order using only prefix reversals: each number k in the answer
 * reverses the first k elements (1 <= k <= n). Use at most 2n - 3 flips.
 */
export function sat(flips: number[], li = [7, 2, 9, 4, 1, 8, 3, 6, 5, 0]): boolean {
  const n = li.length;
  if (flips.length > 2 * n - 3) return false;
  let a = [...li];
  for (const k of flips) {
    if (!Number.isInteger(k) || k < 1 || k > n) return false;
    a = [...a.slice(0, k).reverse(), ...a.slice(k)];
  }
  for (let i = 1; i < n; i++) if (a[i - 1] > a[i]) return false;
  return true;
}

export function sol(li = [7, 2, 9, 4, 1, 8, 3, 6, 5, 0]): number[] {
  let a = [...li];
  const out: number[] = [];
  const flip = (k: number) => {
    out.push(k);
    a = [...a.slice(0, k).reverse(), ...a.slice(k)];
  };
  for (let size = a.length; size > 1; size--) {
    let best = 0;
    for (let i = 1; i < size; i++) if (a[i] >= a[best]) best = i;
    if (best === size - 1) continue;
    if (best > 0) flip(best + 1);
    flip(size);
  }
  return out;
}
