/**
 * Two players take turns adding a whole number from 1 to maxStep to a running total; whoever brings
 * the total to exactly goal wins. The total is now current and it is your turn. Find the total you
 * should move to so that you can win however the opponent plays.
 */
export function sat(total: number, current = 37, maxStep = 9, goal = 100): boolean {
  if (!Number.isInteger(total) || total - current < 1 || total - current > maxStep || total > goal) return false;
  // wins[t]: the player about to move from total t can force a win.
  const wins = new Array<boolean>(goal + 1).fill(false);
  for (let t = goal - 1; t >= 0; t--) {
    for (let s = 1; s <= maxStep && t + s <= goal; s++) {
      if (t + s === goal || !wins[t + s]) wins[t] = true;
    }
  }
  return total === goal || !wins[total];
}

export function sol(current = 37, maxStep = 9, goal = 100): number {
  let total = current + 1;
  while ((goal - total) % (maxStep + 1) !== 0) total++;
  return total;
}
