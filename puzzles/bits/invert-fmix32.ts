/**
 * Find an unsigned 32-bit integer x that MurmurHash3's finaliser maps to target:
 * h = x; h ^= h >>> 16; h *= 0x85ebca6b; h ^= h >>> 13; h *= 0xc2b2ae35; h ^= h >>> 16 (all mod 2^32).
 */
export function sat(x: number, target = 2033659240): boolean {
  if (!Number.isInteger(x) || x < 0 || x >= 2 ** 32) return false;
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 === target;
}

export function sol(target = 2033659240): number {
  // Undo h ^= h >>> s by repeating it until the shifted copy falls off the end.
  const unxorshift = (h: number, s: number): number => {
    let x = h;
    for (let i = s; i < 32; i += s) x = h ^ (x >>> s);
    return x >>> 0;
  };
  // Inverse of an odd multiplier modulo 2^32 by Newton's iteration: y <- y * (2 - a * y).
  const inverse = (a: number): number => {
    let y = a;
    for (let i = 0; i < 5; i++) y = Math.imul(y, 2 - Math.imul(a, y));
    return y;
  };
  let h = target >>> 0;
  h = unxorshift(h, 16);
  h = Math.imul(h, inverse(0xc2b2ae35));
  h = unxorshift(h, 13);
  h = Math.imul(h, inverse(0x85ebca6b));
  h = unxorshift(h, 16);
  return h >>> 0;
}
