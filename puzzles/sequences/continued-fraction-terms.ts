/**
 * Find the continued fraction [a0; a1, a2, ..., ak] of the fraction num / den, i.e. integers with
 * num / den = a0 + 1 / (a1 + 1 / (a2 + ...)), where a0 >= 0, the other terms are >= 1 and the last
 * term is at least 2 (when there is more than one term).
 */
export function sat(cf: number[], num = 31415, den = 9265): boolean {
  if (cf.length === 0 || !cf.every((x) => Number.isInteger(x)) || (cf[0] as number) < 0) return false;
  if (cf.slice(1).some((x) => x < 1) || (cf.length > 1 && (cf[cf.length - 1] as number) < 2)) return false;
  // Evaluate from the back as the fraction h / k, which is always in lowest terms.
  let h = cf[cf.length - 1] as number;
  let k = 1;
  for (let i = cf.length - 2; i >= 0; i--) {
    [h, k] = [(cf[i] as number) * h + k, h];
    if (!Number.isSafeInteger(h)) return false;
  }
  let g = num;
  let r = den;
  while (r !== 0) [g, r] = [r, g % r];
  return h === num / g && k === den / g;
}

export function sol(num = 31415, den = 9265): number[] {
  const out: number[] = [];
  let a = num;
  let b = den;
  while (b !== 0) {
    out.push(Math.floor(a / b));
    [a, b] = [b, a % b];
  }
  return out;
}
