/** Find a k-digit number (no leading zero) that equals the sum of the k-th powers of its own digits. */
export function sat(n: number, k = 5): boolean {
  if (!Number.isInteger(n)) return false;
  const s = String(n);
  return s.length === k && s[0] !== "0" && s.split("").reduce((acc, d) => acc + Number(d) ** k, 0) === n;
}

export function sol(k = 5): number {
  const powers = Array.from({ length: 10 }, (_, d) => d ** k);
  for (let n = 10 ** (k - 1); n < 10 ** k; n++) {
    let sum = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) sum += powers[m % 10] as number;
    if (sum === n) return n;
  }
  return 0;
}
