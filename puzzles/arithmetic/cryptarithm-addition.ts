/**
 * Solve the letter sum a + b = c: give it as "A+B=C" with every letter replaced by a decimal
 * digit, the same letter always by the same digit, different letters by different digits, and
 * no number starting with 0.
 */
export function sat(s: string, a = "SOLAR", b = "LUNAR", c = "ORBITS"): boolean {
  if (typeof s !== "string") return false;
  const m = /^(\d+)\+(\d+)=(\d+)$/.exec(s);
  if (m === null) return false;
  const [x, y, z] = [m[1], m[2], m[3]] as [string, string, string];
  if (x.length !== a.length || y.length !== b.length || z.length !== c.length) return false;
  if ([x, y, z].some((t) => t.length > 1 && t[0] === "0")) return false;
  const letterToDigit = new Map<string, string>();
  const digitToLetter = new Map<string, string>();
  const word = a + b + c;
  const digits = x + y + z;
  for (let i = 0; i < word.length; i++) {
    const L = word[i] as string;
    const D = digits[i] as string;
    if ((letterToDigit.get(L) ?? D) !== D || (digitToLetter.get(D) ?? L) !== L) return false;
    letterToDigit.set(L, D);
    digitToLetter.set(D, L);
  }
  return Number(x) + Number(y) === Number(z);
}

export function sol(a = "SOLAR", b = "LUNAR", c = "ORBITS"): string {
  const A = [...a].reverse();
  const B = [...b].reverse();
  const C = [...c].reverse();
  const leading = new Set([a[0], b[0], c[0]]);
  const value = new Map<string, number>();
  const used: boolean[] = new Array(10).fill(false);
  // Try to give letter ch the digit d, then continue with `next`.
  const assign = (ch: string, d: number, next: () => boolean): boolean => {
    const known = value.get(ch);
    if (known !== undefined) return known === d && next();
    if (used[d] || (d === 0 && leading.has(ch))) return false;
    value.set(ch, d);
    used[d] = true;
    if (next()) return true;
    value.delete(ch);
    used[d] = false;
    return false;
  };
  // Column by column from the right, carrying into the next column.
  const column = (i: number, carry: number): boolean => {
    if (i === C.length) return carry === 0;
    const addends: string[] = [];
    if (i < A.length) addends.push(A[i] as string);
    if (i < B.length) addends.push(B[i] as string);
    const pick = (k: number, sum: number): boolean => {
      if (k === addends.length) return assign(C[i] as string, sum % 10, () => column(i + 1, Math.floor(sum / 10)));
      const ch = addends[k] as string;
      const known = value.get(ch);
      if (known !== undefined) return pick(k + 1, sum + known);
      for (let d = 0; d < 10; d++) if (assign(ch, d, () => pick(k + 1, sum + d))) return true;
      return false;
    };
    return pick(0, carry);
  };
  if (!column(0, 0) || A.length > C.length || B.length > C.length) return "";
  const num = (w: string): string => [...w].map((ch) => String(value.get(ch))).join("");
  return `${num(a)}+${num(b)}=${num(c)}`;
}
