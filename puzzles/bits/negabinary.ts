/** Find the representation of n in base -2: a string of 0s and 1s, without leading zeros, whose digits d_i weigh (-2)^i. */
export function sat(s: string, n = -123456): boolean {
  if (typeof s !== "string" || !/^(0|1[01]*)$/.test(s) || s.length > 60) return false;
  let v = 0;
  for (const ch of s) v = v * -2 + (ch === "1" ? 1 : 0);
  return v === n;
}

export function sol(n = -123456): string {
  if (n === 0) return "0";
  let out = "";
  let m = n;
  while (m !== 0) {
    const r = ((m % 2) + 2) % 2;
    out = String(r) + out;
    m = (m - r) / -2;
  }
  return out;
}
