/** Find an exponent e (at most 20000) such that the decimal expansion of 2 to the power e starts with the digits prefix. */
export function sat(e: number, prefix = "2024"): boolean {
  if (!Number.isInteger(e) || e < 0 || e > 20000) return false;
  return (2n ** BigInt(e)).toString().startsWith(prefix);
}

export function sol(prefix = "2024"): number {
  // 2^e starts with prefix when the fractional part of e*log10(2) lies in [log10(P), log10(P+1)) - len + 1
  const p = Number(prefix);
  const lo = Math.log10(p) - (prefix.length - 1);
  const hi = Math.log10(p + 1) - (prefix.length - 1);
  for (let e = 0; e <= 20000; e++) {
    const x = e * Math.log10(2);
    const frac = x - Math.floor(x);
    if (frac > lo - 1e-9 && frac < hi + 1e-9 && (2n ** BigInt(e)).toString().startsWith(prefix)) return e;
  }
  return -1;
}
