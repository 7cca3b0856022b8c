/** Find an integer n > 1 such that the decimal digits of n to the power k add up to n itself. */
export function sat(n: number, k = 8): boolean {
  if (!Number.isInteger(n) || n < 2 || n > 10000) return false;
  const digits = (BigInt(n) ** BigInt(k)).toString();
  let sum = 0;
  for (const d of digits) sum += Number(d);
  return sum === n;
}

export function sol(k = 8): number {
  // The digit sum of n^k is at most 9 * (number of digits), which bounds the search.
  for (let n = 2; n <= 10000; n++) {
    const digits = (BigInt(n) ** BigInt(k)).toString();
    if (9 * digits.length < n) break;
    let sum = 0;
    for (const d of digits) sum += Number(d);
    if (sum === n) return n;
  }
  return 0;
}
