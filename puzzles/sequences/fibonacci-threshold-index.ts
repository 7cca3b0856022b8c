/**
 * With F(0) = 0, F(1) = 1 and F(i) = F(i - 1) + F(i - 2), find the index i of the first Fibonacci
 * number that is larger than `limit`.
 */
export function sat(i: number, limit = 1000000000000): boolean {
  if (!Number.isInteger(i) || i < 1 || i > 1000) return false;
  let prev = 0;
  let cur = 1;
  for (let k = 1; k < i; k++) [prev, cur] = [cur, prev + cur];
  return cur > limit && prev <= limit;
}

export function sol(limit = 1000000000000): number {
  let prev = 0;
  let cur = 1;
  let i = 1;
  while (cur <= limit) {
    [prev, cur] = [cur, prev + cur];
    i++;
  }
  return i;
}
