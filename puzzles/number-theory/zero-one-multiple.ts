/**
 * Find a positive multiple of n whose decimal representation uses only the digits 0 and 1,
 * given as a string without leading zeros (at most 1000 characters).
 */
export function sat(s: string, n = 2025): boolean {
  if (typeof s !== "string" || s.length === 0 || s.length > 1000 || s[0] !== "1") return false;
  let r = 0;
  for (const ch of s) {
    if (ch !== "0" && ch !== "1") return false;
    r = (r * 10 + (ch === "1" ? 1 : 0)) % n;
  }
  return r === 0;
}

export function sol(n = 2025): string {
  // Breadth-first search over remainders: the first time a remainder is reached, it is by the shortest string.
  const parent = new Array<number>(n).fill(-2);
  const digit = new Array<number>(n).fill(0);
  const start = 1 % n;
  parent[start] = -1;
  digit[start] = 1;
  const queue = [start];
  for (let head = 0; head < queue.length && parent[0] === -2; head++) {
    const r = queue[head] as number;
    for (const d of [0, 1]) {
      const nr = (r * 10 + d) % n;
      if (parent[nr] === -2) {
        parent[nr] = r;
        digit[nr] = d;
        queue.push(nr);
      }
    }
  }
  let out = "";
  for (let r = 0; r !== -1; r = parent[r] as number) out = String(digit[r]) + out;
  return out;
}
