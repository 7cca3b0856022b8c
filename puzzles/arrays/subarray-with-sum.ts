/** Find [start, length], length >= 1, such that the contiguous block arr[start .. start+length-1] sums to target. */
export function sat(
  block: [number, number],
  arr = [
    -15, -50, 39, 8, 24, 22, -8, -1, -9, -36, -21, 5, -17, 15, -8, -42, 35, -33, -14, -5, 34, -2, -41, 11,
    -44, -18, -19, 20, 47, -29, 43, -31, 21, 16, -13, 14, -15, 34, 24, 43,
  ],
  target = -20,
): boolean {
  if (!Array.isArray(block) || block.length !== 2) return false;
  const [start, length] = block;
  if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 1) return false;
  if (start + length > arr.length) return false;
  return arr.slice(start, start + length).reduce((a, b) => a + b, 0) === target;
}

export function sol(
  arr = [
    -15, -50, 39, 8, 24, 22, -8, -1, -9, -36, -21, 5, -17, 15, -8, -42, 35, -33, -14, -5, 34, -2, -41, 11,
    -44, -18, -19, 20, 47, -29, 43, -31, 21, 16, -13, 14, -15, 34, 24, 43,
  ],
  target = -20,
): [number, number] {
  // prefix[j] - prefix[i] = target: remember the first index where each prefix sum occurs.
  const firstAt = new Map<number, number>([[0, 0]]);
  let prefix = 0;
  for (let j = 1; j <= arr.length; j++) {
    prefix += arr[j - 1] as number;
    const i = firstAt.get(prefix - target);
    if (i !== undefined) return [i, j - i];
    if (!firstAt.has(prefix)) firstAt.set(prefix, j);
  }
  return [-1, -1];
}
