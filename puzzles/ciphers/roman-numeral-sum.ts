/**
 * Find the canonical Roman numeral (subtractive notation, value 1 to 3999) of the sum of the two
 * Roman numerals a and b.
 */
export function sat(r: string, a = "MCMXCIV", b = "DCCCLXXXVIII"): boolean {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const parse = (s: string): number => {
    let total = 0;
    for (let i = 0; i < s.length; i++) {
      const v = values[s[i] as string];
      if (v === undefined) throw new Error("bad numeral");
      const next = i + 1 < s.length ? (values[s[i + 1] as string] ?? 0) : 0;
      total += v < next ? -v : v;
    }
    return total;
  };
  const format = (n: number): string => {
    const table: [number, string][] = [
      [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
      [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
    ];
    let out = "";
    for (const [v, sym] of table) {
      while (n >= v) {
        out += sym;
        n -= v;
      }
    }
    return out;
  };
  if (typeof r !== "string" || r.length === 0) return false;
  const value = parse(r);
  return value >= 1 && value <= 3999 && format(value) === r && value === parse(a) + parse(b);
}

export function sol(a = "MCMXCIV", b = "DCCCLXXXVIII"): string {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const parse = (s: string): number => {
    let total = 0;
    for (let i = 0; i < s.length; i++) {
      const v = values[s[i] as string] ?? 0;
      const next = i + 1 < s.length ? (values[s[i + 1] as string] ?? 0) : 0;
      total += v < next ? -v : v;
    }
    return total;
  };
  let n = parse(a) + parse(b);
  const syms = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
  const vals = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
  let out = "";
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i] as number;
    while (n >= v) {
      out += syms[i];
      n -= v;
    }
  }
  return out;
}
