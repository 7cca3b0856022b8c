/** Find non-negative integers x < y below 2^30 whose sum is s and whose bitwise XOR is t. */
export function sat(answer: { x: number; y: number }, s = 343597382, t = 275963062): boolean {
  const { x, y } = answer;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || x >= y || y >= 2 ** 30) return false;
  return x + y === s && (x ^ y) === t;
}

export function sol(s = 343597382, t = 275963062): { x: number; y: number } {
  // x + y = (x ^ y) + 2 (x & y), so the common bits are (s - t) / 2 and must not overlap t.
  const common = (s - t) / 2;
  if (!Number.isInteger(common) || common < 0 || (common & t) !== 0) return { x: -1, y: -1 };
  const hi = 2 ** Math.floor(Math.log2(t));
  const x = common + (t - hi);
  const y = common + hi;
  return x < y ? { x, y } : { x: y, y: x };
}
