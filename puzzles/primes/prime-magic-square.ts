/**
 * Find a 3x3 magic square (all rows, columns and both diagonals have the same sum) whose nine
 * entries are distinct primes, each greater than lo.
 */
export function sat(sq: number[][], lo = 1000): boolean {
  if (!Array.isArray(sq) || sq.length !== 3 || !sq.every((r) => Array.isArray(r) && r.length === 3))
    return false;
  const cells = sq.flat();
  const isPrime = (m: number): boolean => {
    if (!Number.isInteger(m) || m < 2 || m > 1e9) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  if (!cells.every((v) => isPrime(v) && v > lo)) return false;
  if (new Set(cells).size !== 9) return false;
  const at = (i: number, j: number): number => (sq[i] as number[])[j] as number;
  const target = at(0, 0) + at(0, 1) + at(0, 2);
  const lines = [
    [at(0, 0), at(0, 1), at(0, 2)],
    [at(1, 0), at(1, 1), at(1, 2)],
    [at(2, 0), at(2, 1), at(2, 2)],
    [at(0, 0), at(1, 0), at(2, 0)],
    [at(0, 1), at(1, 1), at(2, 1)],
    [at(0, 2), at(1, 2), at(2, 2)],
    [at(0, 0), at(1, 1), at(2, 2)],
    [at(0, 2), at(1, 1), at(2, 0)],
  ];
  return lines.every((l) => l[0]! + l[1]! + l[2]! === target);
}

export function sol(lo = 1000): number[][] {
  // Every 3x3 magic square has the form c + {a, -a-b, b; -a+b, 0, a-b; -b, a+b, -a} around its centre c,
  // so all entries lie below 2c. Sieve up to a limit and search centres c < limit / 2.
  for (let limit = 4 * lo + 64; ; limit *= 2) {
    const composite = new Uint8Array(limit);
    composite[0] = 1;
    composite[1] = 1;
    for (let d = 2; d * d < limit; d++) {
      if (!composite[d]) for (let m = d * d; m < limit; m += d) composite[m] = 1;
    }
    const prime = (v: number): boolean => v > lo && v < limit && !composite[v];
    for (let c = lo + 1; 2 * c < limit; c++) {
      if (!prime(c)) continue;
      for (let a = 2; c - a > lo; a += 2) {
        if (!prime(c + a) || !prime(c - a)) continue;
        for (let b = 2; c - a - b > lo; b += 2) {
          if (b === a || !prime(c + b) || !prime(c - b) || !prime(c + a + b) || !prime(c - a - b)) continue;
          if (!prime(c + a - b) || !prime(c - a + b)) continue;
          const sq = [
            [c + a, c - a - b, c + b],
            [c - a + b, c, c + a - b],
            [c - b, c + a + b, c - a],
          ];
          const cells = sq.flat();
          if (cells.every(prime) && new Set(cells).size === 9) return sq;
        }
      }
    }
  }
}
