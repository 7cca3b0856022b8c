/** Find a non-negative integer x that leaves remainder rems[i] when divided by mods[i], for every i. */
export function sat(x: number, mods = [7, 11, 13, 17], rems = [3, 5, 2, 9]): boolean {
  return Number.isSafeInteger(x) && x >= 0 && mods.every((m, i) => x % m === rems[i]);
}

export function sol(mods = [7, 11, 13, 17], rems = [3, 5, 2, 9]): number {
  // Sieve: step through candidates with the product of the moduli handled so far.
  let x = 0;
  let step = 1;
  mods.forEach((m, i) => {
    while (x % m !== rems[i]) x += step;
    step *= m;
  });
  return x;
}
