/**
 * Find two dice, each with `sides` faces labelled by positive integers, other than a pair of ordinary
 * dice (faces 1..sides), such that the sum of the two dice has exactly the same distribution as the
 * sum of two ordinary dice.
 */
export function sat(dice: number[][], sides = 6): boolean {
  if (dice.length !== 2) return false;
  for (const die of dice) {
    if (die.length !== sides || !die.every((f) => Number.isInteger(f) && f >= 1)) return false;
  }
  const [a, b] = dice.map((die) => [...die].sort((x, y) => x - y));
  const ordinary = (die: number[]) => die.every((f, i) => f === i + 1);
  if (ordinary(a) && ordinary(b)) return false;
  const counts = new Map<number, number>();
  for (const x of a) for (const y of b) counts.set(x + y, (counts.get(x + y) ?? 0) + 1);
  for (let s = 2; s <= 2 * sides; s++) {
    if (counts.get(s) !== sides - Math.abs(s - sides - 1)) return false;
  }
  return true;
}

export function sol(sides = 6): number[][] {
  // Search die A as a sorted multiset; die B is forced by the sum distribution, found by peeling off
  // the smallest remaining total.
  const target = new Map<number, number>();
  for (let s = 2; s <= 2 * sides; s++) target.set(s, sides - Math.abs(s - sides - 1));
  const maxFace = 2 * sides;
  const a: number[] = [1];
  let found: number[][] = [];
  const tryA = (): boolean => {
    const left = new Map(target);
    const b: number[] = [];
    while (b.length < sides) {
      let s = 2;
      while (s <= 2 * sides && !left.get(s)) s++;
      if (s > 2 * sides) return false;
      const y = s - a[0];
      for (const x of a) {
        const c = left.get(x + y) ?? 0;
        if (c === 0) return false;
        left.set(x + y, c - 1);
      }
      b.push(y);
    }
    if ([...left.values()].some((c) => c !== 0)) return false;
    const ordinary = (die: number[]) => die.every((f, i) => f === i + 1);
    if (ordinary(a) && ordinary(b)) return false;
    found = [[...a], b];
    return true;
  };
  const extend = (): boolean => {
    if (a.length === sides) return tryA();
    for (let f = a[a.length - 1]; f <= maxFace; f++) {
      a.push(f);
      if (extend()) return true;
      a.pop();
    }
    return false;
  };
  extend();
  return found;
}
