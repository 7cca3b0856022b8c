/**
 * Find [i, j] with 0 <= i < j <= n, where n is the length of li, such that the contiguous slice
 * li[i], ..., li[j-1] has the largest possible sum among all non-empty slices.
 */
export function sat(
  bounds: [number, number],
  li = [4, -7, 3, 8, -2, -9, 6, 5, -1, 7, -12, 3, 2, -4, 9, -3, -8, 5, 6, -2, 8, 4, -11, 7, -6, 2]
): boolean {
  if (bounds.length !== 2) return false;
  const [i, j] = bounds;
  if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || i >= j || j > li.length) return false;
  let best = li[0];
  let endingHere = 0;
  for (const x of li) {
    endingHere = Math.max(endingHere + x, x);
    best = Math.max(best, endingHere);
  }
  return li.slice(i, j).reduce((s, x) => s + x, 0) === best;
}

export function sol(
  li = [4, -7, 3, 8, -2, -9, 6, 5, -1, 7, -12, 3, 2, -4, 9, -3, -8, 5, 6, -2, 8, 4, -11, 7, -6, 2]
): [number, number] {
  let best: [number, number] = [0, 1];
  let bestSum = li[0];
  let start = 0;
  let sum = 0;
  for (let j = 0; j < li.length; j++) {
    if (sum <= 0) {
      start = j;
      sum = 0;
    }
    sum += li[j];
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, j + 1];
    }
  }
  return best;
}
