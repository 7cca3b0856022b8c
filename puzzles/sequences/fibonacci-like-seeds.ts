/**
 * Find two positive integers [a0, a1] such that the sequence a0, a1, a2 = a0 + a1, ...,
 * a(i) = a(i - 1) + a(i - 2) has a(k) === target.
 */
export function sat(seeds: [number, number], k = 20, target = 1000089): boolean {
  const [a0, a1] = seeds;
  if (seeds.length !== 2 || !Number.isInteger(a0) || !Number.isInteger(a1) || a0 < 1 || a1 < 1) return false;
  let prev = a0;
  let cur = a1;
  for (let i = 1; i < k; i++) [prev, cur] = [cur, prev + cur];
  return cur === target;
}

export function sol(k = 20, target = 1000089): [number, number] {
  // a(k) = F(k - 1) * a0 + F(k) * a1 with the ordinary Fibonacci numbers F.
  const fib = [0, 1];
  for (let i = 2; i <= k; i++) fib.push((fib[i - 1] as number) + (fib[i - 2] as number));
  const fa = fib[k - 1] as number;
  const fb = fib[k] as number;
  for (let a1 = 1; a1 * fb < target; a1++) {
    const rest = target - a1 * fb;
    if (rest % fa === 0) return [rest / fa, a1];
  }
  return [0, 0];
}
