/** Find a non-negative integer x such that x XOR mask (bitwise, 32-bit) equals target. */
export function sat(x: number, mask = 23130, target = 12345): boolean {
  return Number.isInteger(x) && x >= 0 && (x ^ mask) === target;
}

export function sol(mask = 23130, target = 12345): number {
  return target ^ mask;
}
