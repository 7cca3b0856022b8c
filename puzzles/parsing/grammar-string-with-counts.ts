/**
 * The rules describe a grammar in Chomsky normal form: [X, Y, Z] means X -> Y Z and [X, t] means
 * X -> the terminal t. Find a string of exactly n characters, derivable from the start symbol S,
 * that contains exactly m letters "b".
 */
export function sat(
  s: string,
  rules = [["S", "E", "A"], ["S", "E", "E"], ["S", "A", "B"], ["A", "B", "E"], ["A", "E", "B"], ["B", "C", "C"], ["B", "E", "C"], ["C", "A", "E"], ["C", "S", "B"], ["D", "E", "A"], ["D", "A", "E"], ["E", "C", "E"], ["E", "S", "E"], ["A", "a"], ["B", "b"], ["C", "a"]],
  n = 25,
  m = 10,
): boolean {
  if (typeof s !== "string" || s.length !== n || s.split("b").length - 1 !== m) return false;
  // Symbols become bits; table[i][len] is the set of symbols deriving s.slice(i, i + len).
  const ids = new Map<string, number>();
  for (const r of rules) for (const x of r.slice(0, r.length === 3 ? 3 : 1)) if (!ids.has(x)) ids.set(x, ids.size);
  if (ids.size > 30) return false;
  const bit = (x: string): number => 1 << (ids.get(x) as number);
  const binary = rules.filter((r) => r.length === 3).map((r) => r.map(bit) as [number, number, number]);
  const table: number[][] = [];
  for (let i = 0; i < n; i++) {
    let mask = 0;
    for (const r of rules) if (r.length === 2 && r[1] === s[i]) mask |= bit(r[0] as string);
    table.push([0, mask]);
  }
  for (let len = 2; len <= n; len++)
    for (let i = 0; i + len <= n; i++) {
      let here = 0;
      for (let k = 1; k < len; k++) {
        const left = (table[i] as number[])[k] as number;
        const right = (table[i + k] as number[])[len - k] as number;
        if (left === 0 || right === 0) continue;
        for (const [x, y, z] of binary) if (left & y && right & z) here |= x;
      }
      (table[i] as number[])[len] = here;
    }
  return ids.has("S") && (((table[0] as number[])[n] as number) & bit("S")) !== 0;
}

export function sol(
  rules = [["S", "E", "A"], ["S", "E", "E"], ["S", "A", "B"], ["A", "B", "E"], ["A", "E", "B"], ["B", "C", "C"], ["B", "E", "C"], ["C", "A", "E"], ["C", "S", "B"], ["D", "E", "A"], ["D", "A", "E"], ["E", "C", "E"], ["E", "S", "E"], ["A", "a"], ["B", "b"], ["C", "a"]],
  n = 25,
  m = 10,
): string {
  // best.get(X)[len]: map from the number of "b"s to one string of that length derivable from X
  const symbols = [...new Set(rules.map((r) => r[0] as string))];
  const best = new Map<string, Map<number, string>[]>();
  for (const x of symbols) best.set(x, [new Map()]);
  for (let len = 1; len <= n; len++) {
    for (const x of symbols) {
      const here = new Map<number, string>();
      for (const r of rules) {
        if (r[0] !== x) continue;
        if (r.length === 2) {
          const t = r[1] as string;
          if (len === 1) here.set(t === "b" ? 1 : 0, t);
          continue;
        }
        const ys = best.get(r[1] as string);
        const zs = best.get(r[2] as string);
        if (ys === undefined || zs === undefined) continue;
        for (let k = 1; k < len; k++) {
          const left = ys[k];
          const right = zs[len - k];
          if (left === undefined || right === undefined) continue;
          for (const [b1, w1] of left)
            for (const [b2, w2] of right) if (b1 + b2 <= m && !here.has(b1 + b2)) here.set(b1 + b2, w1 + w2);
        }
      }
      (best.get(x) as Map<number, string>[])[len] = here;
    }
  }
  return ((best.get("S") as Map<number, string>[])[n] as Map<number, string>).get(m) ?? "";
}
