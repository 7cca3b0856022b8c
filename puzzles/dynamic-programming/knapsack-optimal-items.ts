/**
 * Choose a set of distinct items (by index) whose total weight is at most the capacity and whose total
 * value is as large as possible.
 */
export function sat(
  items: number[],
  weights = [23, 31, 29, 44, 53, 38, 63, 85, 89, 82, 17, 41],
  values = [92, 57, 49, 68, 60, 43, 67, 84, 87, 72, 30, 55],
  capacity = 190
): boolean {
  const used = new Set<number>();
  let weight = 0;
  let value = 0;
  for (const i of items) {
    if (!Number.isInteger(i) || i < 0 || i >= weights.length || used.has(i)) return false;
    used.add(i);
    weight += weights[i];
    value += values[i];
  }
  if (weight > capacity) return false;
  const best = new Array<number>(capacity + 1).fill(0);
  for (let i = 0; i < weights.length; i++) {
    for (let c = capacity; c >= weights[i]; c--)
      best[c] = Math.max(best[c], best[c - weights[i]] + values[i]);
  }
  return value === best[capacity];
}

export function sol(
  weights = [23, 31, 29, 44, 53, 38, 63, 85, 89, 82, 17, 41],
  values = [92, 57, 49, 68, 60, 43, 67, 84, 87, 72, 30, 55],
  capacity = 190
): number[] {
  const n = weights.length;
  // best[i][c] = best value using items 0..i-1 within capacity c.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(capacity + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let c = 0; c <= capacity; c++) {
      best[i][c] = best[i - 1][c];
      if (weights[i - 1] <= c)
        best[i][c] = Math.max(best[i][c], best[i - 1][c - weights[i - 1]] + values[i - 1]);
    }
  }
  const out: number[] = [];
  let c = capacity;
  for (let i = n; i > 0; i--) {
    if (best[i][c] !== best[i - 1][c]) {
      out.push(i - 1);
      c -= weights[i - 1];
    }
  }
  return out.reverse();
}
