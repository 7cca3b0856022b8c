/**
 * Find k distinct rearrangements of the letters of w in which no letter stays at the
 * position it has in w.
 */
export function sat(li: string[], w = "garden", k = 30): boolean {
  const key = w.split("").sort().join("");
  return (
    Array.isArray(li) &&
    li.length === k &&
    new Set(li).size === k &&
    li.every(
      (s) =>
        typeof s === "string" &&
        s.length === w.length &&
        s.split("").sort().join("") === key &&
        s.split("").every((c, i) => c !== w[i]),
    )
  );
}

export function sol(w = "garden", k = 30): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const letters = w.split("");
  const used = letters.map(() => false);
  const cur: string[] = [];
  function go(): void {
    if (found.length >= k) return;
    if (cur.length === letters.length) {
      const s = cur.join("");
      if (!seen.has(s)) {
        seen.add(s);
        found.push(s);
      }
      return;
    }
    for (let j = 0; j < letters.length; j++) {
      if (used[j] || letters[j] === w[cur.length]) continue;
      used[j] = true;
      cur.push(letters[j] as string);
      go();
      cur.pop();
      used[j] = false;
    }
  }
  go();
  return found;
}
