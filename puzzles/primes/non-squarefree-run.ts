/** Find a positive integer n such that each of n, n+1, ..., n+k-1 is divisible by the square of some prime. */
export function sat(n: number, k = 7): boolean {
  if (!Number.isInteger(n) || n < 1 || n > 1e10) return false;
  for (let m = n; m < n + k; m++) {
    let found = false;
    for (let d = 2; d * d <= m; d++) {
      if (m % (d * d) === 0) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

export function sol(k = 7): number {
  for (let limit = 1 << 12; ; limit *= 2) {
    const hasSquare = new Uint8Array(limit);
    for (let d = 2; d * d < limit; d++) {
      for (let m = d * d; m < limit; m += d * d) hasSquare[m] = 1;
    }
    let run = 0;
    for (let m = 1; m < limit; m++) {
      run = hasSquare[m] ? run + 1 : 0;
      if (run === k) return m - k + 1;
    }
  }
}
