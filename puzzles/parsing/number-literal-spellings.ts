/**
 * Find k different strings, each at most 8 characters long and free of whitespace, that the
 * built-in Number() conversion turns into exactly the value v.
 */
export function sat(li: string[], v = 255, k = 16): boolean {
  return (
    Array.isArray(li) &&
    li.length === k &&
    new Set(li).size === k &&
    li.every((s) => typeof s === "string" && s.length <= 8 && !/\s/.test(s) && Number(s) === v)
  );
}

export function sol(v = 255, k = 16): string[] {
  const base = String(v);
  const cands: string[] = [];
  for (let z = 0; base.length + z <= 8; z++) {
    const padded = "0".repeat(z) + base;
    cands.push(padded, `+${padded}`, `${padded}.`, `${padded}.0`, `${padded}e0`, `${padded}E0`);
  }
  for (const radix of [16, 8, 2]) {
    const digits = v.toString(radix);
    const prefix = radix === 16 ? "0x" : radix === 8 ? "0o" : "0b";
    cands.push(prefix + digits, prefix.toUpperCase() + digits, prefix + digits.toUpperCase());
  }
  const ok = [...new Set(cands)].filter((s) => s.length <= 8 && !/\s/.test(s) && Number(s) === v);
  return ok.slice(0, k);
}
