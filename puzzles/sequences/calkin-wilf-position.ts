/**
 * The Calkin-Wilf sequence lists every positive rational exactly once: term 1 is 1/1 and, writing
 * term i as a/b, term 2i is a/(a + b) and term 2i + 1 is (a + b)/b. Find the position i at which the
 * fraction p/q appears.
 */
export function sat(i: number, p = 1234, q = 567): boolean {
  if (!Number.isSafeInteger(i) || i < 1) return false;
  // Walk from the root along the binary digits of i (after the leading 1).
  const bits = i.toString(2);
  let a = 1;
  let b = 1;
  for (let k = 1; k < bits.length; k++) {
    if (bits[k] === "0") b = a + b;
    else a = a + b;
  }
  return a === p && b === q;
}

export function sol(p = 1234, q = 567): number {
  // Climb to the root: a left child a/b (a < b) comes from a/(b - a), a right child from (a - b)/b.
  const path: number[] = [];
  let a = p;
  let b = q;
  while (!(a === 1 && b === 1)) {
    if (a < b) {
      path.push(0);
      b -= a;
    } else {
      path.push(1);
      a -= b;
    }
  }
  let i = 1;
  for (let k = path.length - 1; k >= 0; k--) i = 2 * i + (path[k] as number);
  return i;
}
