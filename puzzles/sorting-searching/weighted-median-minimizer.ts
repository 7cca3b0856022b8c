/**
 * Find an integer x that minimises the total weighted distance sum_i weights[i] * |x - points[i]|.
 */
export function sat(
  x: number,
  points = [3, 141, 59, 265, 358, 97, 932, 384, 626, 433, 832, 795],
  weights = [5, 1, 8, 2, 7, 3, 9, 4, 6, 2, 6, 4]
): boolean {
  if (!Number.isSafeInteger(x) || Math.abs(x) > 1e12) return false;
  const cost = (y: number) => points.reduce((s, p, i) => s + weights[i] * Math.abs(y - p), 0);
  // The cost is convex in x, so a point no worse than both neighbours is a global minimum.
  const c = cost(x);
  return c <= cost(x - 1) && c <= cost(x + 1);
}

export function sol(
  points = [3, 141, 59, 265, 358, 97, 932, 384, 626, 433, 832, 795],
  weights = [5, 1, 8, 2, 7, 3, 9, 4, 6, 2, 6, 4]
): number {
  const order = points.map((_, i) => i).sort((i, j) => points[i] - points[j]);
  const total = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  for (const i of order) {
    acc += weights[i];
    if (2 * acc >= total) return points[i];
  }
  return 0;
}
