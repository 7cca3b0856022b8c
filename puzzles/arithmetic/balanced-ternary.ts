/**
 * Write n in balanced ternary: a string over "+", "0", "-" (digit values 1, 0, -1), most
 * significant digit first and not "0", whose value, read in base 3, is n.
 */
export function sat(s: string, n = -1234567): boolean {
  if (typeof s !== "string" || !/^[+-][+0-]*$/.test(s)) return false;
  let v = 0;
  for (const c of s) v = 3 * v + (c === "+" ? 1 : c === "-" ? -1 : 0);
  return v === n;
}

export function sol(n = -1234567): string {
  let out = "";
  while (n !== 0) {
    let r = ((n % 3) + 3) % 3;
    if (r === 2) r = -1;
    out = (r === 1 ? "+" : r === -1 ? "-" : "0") + out;
    n = (n - r) / 3;
  }
  return out;
}
