/**
 * Find a k-digit base-8 numeral (digits 0-7, first digit not 0) with no two equal neighbouring
 * digits, such that m times its value equals the value of the numeral read backwards.
 */
export function sat(s: string, k = 21, m = 5): boolean {
  if (typeof s !== "string" || s.length !== k || !/^[1-7][0-7]*$/.test(s) || /(.)\1/.test(s)) return false;
  const reversed = s.split("").reverse().join("");
  return BigInt(m) * BigInt(`0o${s}`) === BigInt(`0o${reversed}`);
}

export function sol(k = 21, m = 5): string {
  // Digit d[i] (i = 0 least significant) and carries c[i] satisfy, column by column,
  // m*d[i] + c[i] = d[k-1-i] + 8*c[i+1] with c[0] = c[k] = 0. Fill digits from both ends at
  // once, tracking the carry entering from the right and the one expected from the left.
  const base = 8;
  const d: number[] = new Array(k).fill(0);
  const ok = (): boolean => {
    for (let i = 1; i < k; i++) if (d[i] === d[i - 1]) return false;
    return true;
  };
  const go = (j: number, low: number, high: number): boolean => {
    const i2 = k - 1 - j;
    if (j > i2) return low === high && ok();
    if (j === i2) {
      for (let x = 0; x < base; x++) {
        const t = m * x + low - x;
        d[j] = x;
        if (t >= 0 && t % base === 0 && t / base === high && ok()) return true;
      }
      return false;
    }
    for (let x = 0; x < base; x++)
      for (let y = 0; y < base; y++) {
        if ((j === 0 && x === 0) || (i2 === k - 1 && y === 0)) continue;
        const t = m * x + low - y;
        if (t < 0 || t % base !== 0 || t / base >= m) continue;
        const carryIn = x + base * high - m * y;
        if (carryIn < 0 || carryIn >= m) continue;
        d[j] = x;
        d[i2] = y;
        if (go(j + 1, t / base, carryIn)) return true;
      }
    return false;
  };
  if (!go(0, 0, 0)) return "";
  return d.slice().reverse().join("");
}
