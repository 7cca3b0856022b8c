/**
 * Find a de Bruijn sequence: a string over the given alphabet, of length (alphabet size)^n, in which
 * every word of length n over the alphabet appears exactly once as a cyclic window (windows may wrap
 * around the end).
 */
export function sat(seq: string, alphabet = "012", n = 4): boolean {
  const total = alphabet.length ** n;
  if (typeof seq !== "string" || seq.length !== total) return false;
  if (![...seq].every((ch) => alphabet.includes(ch))) return false;
  const cyclic = seq + seq.slice(0, n - 1);
  const windows = new Set<string>();
  for (let i = 0; i < total; i++) windows.add(cyclic.slice(i, i + n));
  return windows.size === total;
}

export function sol(alphabet = "012", n = 4): string {
  // Concatenate, in lexicographic order, the Lyndon words whose length divides n (FKM algorithm).
  const k = alphabet.length;
  const a = new Array<number>(n + 1).fill(0);
  const out: number[] = [];
  const gen = (t: number, p: number) => {
    if (t > n) {
      if (n % p === 0) out.push(...a.slice(1, p + 1));
      return;
    }
    a[t] = a[t - p];
    gen(t + 1, p);
    for (let j = a[t - p] + 1; j < k; j++) {
      a[t] = j;
      gen(t + 1, t);
    }
  };
  gen(1, 1);
  return out.map((d) => alphabet[d]).join("");
}
