/**
 * A boolean function of n variables is given by its truth table: character k of `table` ("0" or "1")
 * is its value when, for every i, variable i + 1 takes the value of bit i of k (so the table has 2^n
 * characters). Find an equivalent CNF formula (a list of clauses; a clause is a list of literals, k
 * for variable k being 1, -k for it being 0) with at most maxClauses clauses and at most maxLiterals
 * literals in total.
 */
export function sat(
  cnf: number[][],
  table = "10100010110001110000011100000111",
  maxClauses = 4,
  maxLiterals = 11,
): boolean {
  const n = Math.round(Math.log2(table.length));
  if (cnf.length > maxClauses) return false;
  let literals = 0;
  for (const clause of cnf) {
    for (const l of clause) {
      if (!Number.isInteger(l) || l === 0 || Math.abs(l) > n) return false;
      literals++;
    }
  }
  if (literals > maxLiterals) return false;
  for (let k = 0; k < 1 << n; k++) {
    const value = cnf.every((clause) =>
      clause.some((l) => ((k >> (Math.abs(l) - 1)) & 1) === (l > 0 ? 1 : 0)),
    );
    if ((value ? "1" : "0") !== table[k]) return false;
  }
  return true;
}

export function sol(
  table = "10100010110001110000011100000111",
  maxClauses = 4,
  maxLiterals = 11,
): number[][] {
  const n = Math.round(Math.log2(table.length));
  const rows = 1 << n;
  // A clause is a pair of disjoint bit masks (pos, neg); it is false exactly on the rows where every
  // positive variable is 0 and every negated variable is 1.
  const falseRows = (pos: number, neg: number): number[] => {
    const out: number[] = [];
    for (let k = 0; k < rows; k++) if ((k & pos) === 0 && (k & neg) === neg) out.push(k);
    return out;
  };
  const isImplicate = (pos: number, neg: number): boolean =>
    falseRows(pos, neg).every((k) => table[k] === "0");
  const primes: { pos: number; neg: number; size: number; kills: number[] }[] = [];
  for (let pos = 0; pos < 1 << n; pos++) {
    for (let neg = 0; neg < 1 << n; neg++) {
      if (pos & neg || (pos | neg) === 0 || !isImplicate(pos, neg)) continue;
      let prime = true;
      for (let i = 0; i < n && prime; i++) {
        if ((pos >> i) & 1 && (pos & ~(1 << i)) | neg && isImplicate(pos & ~(1 << i), neg)) prime = false;
        if ((neg >> i) & 1 && pos | (neg & ~(1 << i)) && isImplicate(pos, neg & ~(1 << i))) prime = false;
      }
      if (!prime) continue;
      let size = 0;
      for (let i = 0; i < n; i++) size += ((pos | neg) >> i) & 1;
      primes.push({ pos, neg, size, kills: falseRows(pos, neg) });
    }
  }
  const zeros: number[] = [];
  for (let k = 0; k < rows; k++) if (table[k] === "0") zeros.push(k);
  const chosen: number[] = [];
  const killed: number[] = new Array(rows).fill(0);
  const search = (literals: number): boolean => {
    const open = zeros.find((k) => killed[k] === 0);
    if (open === undefined) return true;
    if (chosen.length === maxClauses) return false;
    for (let p = 0; p < primes.length; p++) {
      const c = primes[p] as { pos: number; neg: number; size: number; kills: number[] };
      if (!c.kills.includes(open) || literals + c.size > maxLiterals) continue;
      chosen.push(p);
      for (const k of c.kills) killed[k] = (killed[k] as number) + 1;
      if (search(literals + c.size)) return true;
      for (const k of c.kills) killed[k] = (killed[k] as number) - 1;
      chosen.pop();
    }
    return false;
  };
  search(0);
  return chosen.map((p) => {
    const c = primes[p] as { pos: number; neg: number };
    const clause: number[] = [];
    for (let i = 0; i < n; i++) {
      if ((c.pos >> i) & 1) clause.push(i + 1);
      if ((c.neg >> i) & 1) clause.push(-(i + 1));
    }
    return clause;
  });
}
