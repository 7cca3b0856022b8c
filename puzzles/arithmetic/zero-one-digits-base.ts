/** Find the smallest base b >= 3 in which every digit of n is 0 or 1. */
export function sat(b: number, n = 2350895045247): boolean {
  if (!Number.isInteger(b) || b < 3 || b > n) return false;
  const onlyZeroOne = (base: number): boolean => {
    for (let m = n; m > 0; m = Math.floor(m / base)) if (m % base > 1) return false;
    return true;
  };
  if (!onlyZeroOne(b)) return false;
  for (let c = 3; c < b; c++) if (onlyZeroOne(c)) return false;
  return true;
}

export function sol(n = 2350895045247): number {
  const onlyZeroOne = (base: number): boolean => {
    for (let m = n; m > 0; m = Math.floor(m / base)) if (m % base > 1) return false;
    return true;
  };
  // A base above sqrt(n) gives at most two digits: n = x*b + y with x, y in {0, 1}.
  for (let b = 3; b * b <= n; b++) if (onlyZeroOne(b)) return b;
  return n - 1 >= 3 && onlyZeroOne(n - 1) ? n - 1 : n;
}
