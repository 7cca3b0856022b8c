/** Find indices [i, j, k] with i < j < k such that arr[i] + arr[j] + arr[k] = 0. */
export function sat(
  ijk: [number, number, number],
  arr = [
    -829, -900, -528, -736, 426, -737, 600, 195, -101, -80, 717, 534, -548, 498, 424, -819, 601, -376, -577,
    -472, 7, -814, -719, 101, 407, 694, -716, -238, -613, -156, 57, -792, 438, -245, 567, -801, -523, -830,
    291, 990,
  ],
): boolean {
  if (!Array.isArray(ijk) || ijk.length !== 3) return false;
  const [i, j, k] = ijk;
  if (![i, j, k].every((x) => Number.isInteger(x) && x >= 0 && x < arr.length)) return false;
  return i < j && j < k && (arr[i] as number) + (arr[j] as number) + (arr[k] as number) === 0;
}

export function sol(
  arr = [
    -829, -900, -528, -736, 426, -737, 600, 195, -101, -80, 717, 534, -548, 498, 424, -819, 601, -376, -577,
    -472, 7, -814, -719, 101, 407, 694, -716, -238, -613, -156, 57, -792, 438, -245, 567, -801, -523, -830,
    291, 990,
  ],
): [number, number, number] {
  // Sort the indices by value, then for each first element close in with two pointers.
  const order = arr.map((_, i) => i).sort((a, b) => (arr[a] as number) - (arr[b] as number));
  const v = (p: number): number => arr[order[p] as number] as number;
  for (let a = 0; a < order.length; a++) {
    let b = a + 1;
    let c = order.length - 1;
    while (b < c) {
      const s = v(a) + v(b) + v(c);
      if (s === 0) {
        const idx = [order[a] as number, order[b] as number, order[c] as number].sort((x, y) => x - y);
        return [idx[0] as number, idx[1] as number, idx[2] as number];
      }
      if (s < 0) b++;
      else c--;
    }
  }
  return [-1, -1, -1];
}
