/**
 * Find `count` six-sided dice (faces are non-negative integers) arranged in a cycle where each die
 * beats the next one, and the last die beats the first: rolled against each other, die i shows a
 * strictly higher face than die i+1 with probability at least minWin[0] / minWin[1].
 */
export function sat(dice: number[][], count = 4, sides = 6, minWin = [2, 3]): boolean {
  if (dice.length !== count) return false;
  for (const die of dice) {
    if (die.length !== sides || !die.every((f) => Number.isInteger(f) && f >= 0)) return false;
  }
  for (let i = 0; i < count; i++) {
    const a = dice[i];
    const b = dice[(i + 1) % count];
    let wins = 0;
    for (const x of a) for (const y of b) if (x > y) wins++;
    if (wins * minWin[1] < minWin[0] * sides * sides) return false;
  }
  return true;
}

export function sol(count = 4, sides = 6, minWin = [2, 3]): number[][] {
  // Efron's dice. Each die wins 2/3 of the time against the next: A = {4,4,4,4,0,0} beats the
  // constant B = {3,...} unless it rolls 0; B beats C = {6,6,2,2,2,2} whenever C rolls 2;
  // C beats D = {5,5,5,1,1,1} when C rolls 6 or D rolls 1; D beats A when D rolls 5 or A rolls 0.
  return [
    [4, 4, 4, 4, 0, 0],
    [3, 3, 3, 3, 3, 3],
    [6, 6, 2, 2, 2, 2],
    [5, 5, 5, 1, 1, 1]
  ];
}
