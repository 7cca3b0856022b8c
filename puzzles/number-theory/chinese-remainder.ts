/**
 * Find the smallest non-negative integer x such that x % mods[i] === rems[i] for every i
 * (the moduli are pairwise coprime).
 */
export function sat(
  x: number,
  mods = [97, 101, 103, 107, 109, 113, 127],
  rems = [13, 57, 88, 3, 100, 21, 64],
): boolean {
  if (!Number.isInteger(x) || x < 0) return false;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let l = 1;
  for (const m of mods) l = (l / gcd(l, m)) * m;
  return x < l && mods.every((m, i) => x % m === rems[i]);
}

export function sol(mods = [97, 101, 103, 107, 109, 113, 127], rems = [13, 57, 88, 3, 100, 21, 64]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let x = 0;
  let step = 1;
  for (let i = 0; i < mods.length; i++) {
    const m = mods[i] as number;
    let tries = 0;
    while (x % m !== rems[i] && tries < m) {
      x += step;
      tries++;
    }
    step = (step / gcd(step, m)) * m;
  }
  return x;
}
