/**
 * A Markov chain moves from state i to state j with probability weights[i][j] / (sum of row i).
 * Find its stationary distribution: a list of exact fractions [numerator, denominator], one per state,
 * that are non-negative, sum to 1, and are unchanged by one step of the chain.
 */
export function sat(
  pi: number[][],
  weights = [
    [0, 3, 1, 2],
    [2, 0, 5, 1],
    [1, 1, 0, 4],
    [3, 2, 2, 1]
  ]
): boolean {
  const n = weights.length;
  if (pi.length !== n) return false;
  type Q = [bigint, bigint];
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  const make = (a: bigint, b: bigint): Q => {
    const g = gcd(a, b) || 1n;
    return [a / g, b / g];
  };
  const add = (x: Q, y: Q): Q => make(x[0] * y[1] + y[0] * x[1], x[1] * y[1]);
  const mul = (x: Q, y: Q): Q => make(x[0] * y[0], x[1] * y[1]);
  const probs: Q[] = [];
  for (const f of pi) {
    if (f.length !== 2 || !Number.isSafeInteger(f[0]) || !Number.isSafeInteger(f[1])) return false;
    if (f[0] < 0 || f[1] <= 0) return false;
    probs.push(make(BigInt(f[0]), BigInt(f[1])));
  }
  const one = probs.reduce(add, [0n, 1n] as Q);
  if (one[0] !== one[1]) return false;
  for (let j = 0; j < n; j++) {
    let flow: Q = [0n, 1n];
    for (let i = 0; i < n; i++) {
      const rowSum = weights[i].reduce((s, w) => s + w, 0);
      flow = add(flow, mul(probs[i], make(BigInt(weights[i][j]), BigInt(rowSum))));
    }
    if (flow[0] !== probs[j][0] || flow[1] !== probs[j][1]) return false;
  }
  return true;
}

export function sol(
  weights = [
    [0, 3, 1, 2],
    [2, 0, 5, 1],
    [1, 1, 0, 4],
    [3, 2, 2, 1]
  ]
): number[][] {
  const n = weights.length;
  type Q = [bigint, bigint];
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  const make = (a: bigint, b: bigint): Q => {
    if (b < 0n) [a, b] = [-a, -b];
    const g = gcd(a, b) || 1n;
    return [a / g, b / g];
  };
  const sub = (x: Q, y: Q): Q => make(x[0] * y[1] - y[0] * x[1], x[1] * y[1]);
  const mul = (x: Q, y: Q): Q => make(x[0] * y[0], x[1] * y[1]);
  const div = (x: Q, y: Q): Q => make(x[0] * y[1], x[1] * y[0]);
  // Equations: for j < n-1, sum_i pi_i P[i][j] - pi_j = 0; last row: sum_i pi_i = 1.
  const rows: Q[][] = [];
  for (let j = 0; j < n - 1; j++) {
    const row: Q[] = [];
    for (let i = 0; i < n; i++) {
      const rowSum = weights[i].reduce((s, w) => s + w, 0);
      row.push(sub(make(BigInt(weights[i][j]), BigInt(rowSum)), [i === j ? 1n : 0n, 1n]));
    }
    row.push([0n, 1n]);
    rows.push(row);
  }
  rows.push([...Array.from({ length: n }, (): Q => [1n, 1n]), [1n, 1n]]);
  // Gauss-Jordan elimination over exact fractions.
  for (let col = 0; col < n; col++) {
    const pivot = rows.findIndex((r, k) => k >= col && r[col][0] !== 0n);
    [rows[col], rows[pivot]] = [rows[pivot], rows[col]];
    const head = rows[col][col];
    rows[col] = rows[col].map((x) => div(x, head));
    for (let k = 0; k < n; k++) {
      if (k === col || rows[k][col][0] === 0n) continue;
      const factor = rows[k][col];
      rows[k] = rows[k].map((x, c) => sub(x, mul(factor, rows[col][c])));
    }
  }
  return rows.map((r) => [Number(r[n][0]), Number(r[n][1])]);
}
