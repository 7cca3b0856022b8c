/**
 * Find a de Bruijn sequence for alphabet size k and word length n: a string of length k^n over the
 * digits "0" to k - 1 in which, read cyclically (wrapping around the end), every word of length n over
 * those digits appears exactly once as a window.
 */
export function sat(s: string, k = 3, n = 4): boolean {
  const total = k ** n;
  if (s.length !== total) return false;
  for (const ch of s) {
    const d = ch.charCodeAt(0) - 48;
    if (d < 0 || d >= k) return false;
  }
  const windows = new Set<string>();
  const doubled = s + s.slice(0, n - 1);
  for (let i = 0; i < total; i++) windows.add(doubled.slice(i, i + n));
  return windows.size === total;
}

export function sol(k = 3, n = 4): string {
  // Concatenate, in lexicographic order, the Lyndon words whose length divides n.
  const a: number[] = new Array(k * n + 1).fill(0);
  const out: number[] = [];
  const gen = (t: number, p: number): void => {
    if (t > n) {
      if (n % p === 0) for (let i = 1; i <= p; i++) out.push(a[i] as number);
      return;
    }
    a[t] = a[t - p] as number;
    gen(t + 1, p);
    for (let j = (a[t - p] as number) + 1; j < k; j++) {
      a[t] = j;
      gen(t + 1, t);
    }
  };
  gen(1, 1);
  return out.join("");
}
