/**
 * A coin shows heads with an unknown probability p = num / den strictly between 0 and 1. Tossed n
 * times, it gives exactly k heads with probability target[0] / target[1]. Find such a p, as
 * [num, den].
 */
export function sat(p: [number, number], n = 5, k = 2, target = [46080, 161051]): boolean {
  if (p.length !== 2) return false;
  const [num, den] = p;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num <= 0 || num >= den) return false;
  let binom = 1n;
  for (let i = 0; i < k; i++) binom = (binom * BigInt(n - i)) / BigInt(i + 1);
  // C(n, k) p^k (1 - p)^(n - k) = target, multiplied through by den^n * target[1].
  const lhs = binom * BigInt(num) ** BigInt(k) * BigInt(den - num) ** BigInt(n - k) * BigInt(target[1]);
  return lhs === BigInt(target[0]) * BigInt(den) ** BigInt(n);
}

export function sol(n = 5, k = 2, target = [46080, 161051]): [number, number] {
  let binom = 1n;
  for (let i = 0; i < k; i++) binom = (binom * BigInt(n - i)) / BigInt(i + 1);
  const matches = (num: number, den: number) =>
    binom * BigInt(num) ** BigInt(k) * BigInt(den - num) ** BigInt(n - k) * BigInt(target[1]) ===
    BigInt(target[0]) * BigInt(den) ** BigInt(n);
  // Try fractions in order of increasing denominator.
  for (let den = 2; den <= 1000; den++) {
    for (let num = 1; num < den; num++) if (matches(num, den)) return [num, den];
  }
  return [0, 1];
}
