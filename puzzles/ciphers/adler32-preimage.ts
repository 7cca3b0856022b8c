/**
 * Find a string of exactly n lowercase letters whose Adler-32 checksum equals `target`.
 * Adler-32: A = 1 + sum of the character codes, B = sum of the successive values of A after each
 * character, both modulo 65521; the checksum is B * 65536 + A.
 */
export function sat(s: string, target = 564790573, n = 12): boolean {
  if (s.length !== n) return false;
  let a = 1;
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a === target;
}

export function sol(target = 564790573, n = 12): string {
  // With short strings no modular reduction happens: A = 1 + sum(c_i), B = n + sum((n - i) * c_i).
  const A = target % 65536;
  const B = Math.floor(target / 65536);
  let units = A - 1 - 97 * n;
  const goal = B - n - (97 * n * (n + 1)) / 2;
  // d[i] in 0..25 is the offset of letter i from "a"; position i has weight n - i.
  const d: number[] = new Array(n).fill(0);
  for (let i = n - 1; i >= 0 && units > 0; i--) {
    const take = Math.min(25, units);
    d[i] = take;
    units -= take;
  }
  let weighted = d.reduce((acc, x, i) => acc + x * (n - i), 0);
  while (weighted < goal) {
    let moved = false;
    for (let i = n - 1; i >= 1; i--) {
      if ((d[i] as number) > 0 && (d[i - 1] as number) < 25) {
        d[i] = (d[i] as number) - 1;
        d[i - 1] = (d[i - 1] as number) + 1;
        weighted++;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return d.map((x) => String.fromCharCode(97 + x)).join("");
}
