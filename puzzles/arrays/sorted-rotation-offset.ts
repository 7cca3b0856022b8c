/** Find r such that rotating arr left by r positions (arr[r], arr[r+1], ..., arr[r-1]) leaves it sorted in increasing order. */
export function sat(
  r: number,
  arr = [
    71, 77, 80, 86, 93, 97, 99, 104, 110, 115, 121, 126, 133, 140, 3, 8, 14, 15, 21, 29, 30, 37, 42, 51, 55,
    60, 68,
  ],
): boolean {
  if (!Number.isInteger(r) || r < 0 || r >= arr.length) return false;
  const rotated = arr.slice(r).concat(arr.slice(0, r));
  return rotated.every((v, i) => i === 0 || (rotated[i - 1] as number) < v);
}

export function sol(
  arr = [
    71, 77, 80, 86, 93, 97, 99, 104, 110, 115, 121, 126, 133, 140, 3, 8, 14, 15, 21, 29, 30, 37, 42, 51, 55,
    60, 68,
  ],
): number {
  // Binary search for the position of the minimum.
  let lo = 0;
  let hi = arr.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((arr[mid] as number) > (arr[hi] as number)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
