/** Find an index i such that the sum of the elements before position i equals the sum of the elements after it. */
export function sat(
  i: number,
  arr = [
    -15, -16, 18, -9, 19, -16, -4, 16, 20, -10, -11, -5, -1, 17, -6, 14, -4, 3, -16, 19, -7, 8, 12, -12, 3,
  ],
): boolean {
  if (!Number.isInteger(i) || i < 0 || i >= arr.length) return false;
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return sum(arr.slice(0, i)) === sum(arr.slice(i + 1));
}

export function sol(
  arr = [
    -15, -16, 18, -9, 19, -16, -4, 16, 20, -10, -11, -5, -1, 17, -6, 14, -4, 3, -16, 19, -7, 8, 12, -12, 3,
  ],
): number {
  const total = arr.reduce((a, b) => a + b, 0);
  let left = 0;
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i] as number;
    if (2 * left === total - v) return i;
    left += v;
  }
  return -1;
}
