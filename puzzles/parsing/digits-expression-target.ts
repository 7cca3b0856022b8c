/**
 * Write an arithmetic expression that uses each of the given digits exactly once (as single-digit
 * numbers, no joining of digits, no unary minus), the operators + - * / with the usual
 * precedence, and parentheses, and whose exact value is target.
 */
export function sat(s: string, digits = [3, 4, 7, 8], target = 50): boolean {
  if (typeof s !== "string" || s.length > 200) return false;
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  type Q = [number, number];
  const make = (n: number, d: number): Q => {
    if (d === 0) throw new Error("division by zero");
    const g = gcd(n, d) * (d < 0 ? -1 : 1);
    return [n / g, d / g];
  };
  const used: number[] = [];
  let pos = 0;
  const src = s.replace(/ /g, "");
  const expr = (): Q => {
    let v = term();
    while (src[pos] === "+" || src[pos] === "-") {
      const op = src[pos++];
      const w = term();
      v = op === "+" ? make(v[0] * w[1] + w[0] * v[1], v[1] * w[1]) : make(v[0] * w[1] - w[0] * v[1], v[1] * w[1]);
    }
    return v;
  };
  const term = (): Q => {
    let v = factor();
    while (src[pos] === "*" || src[pos] === "/") {
      const op = src[pos++];
      const w = factor();
      v = op === "*" ? make(v[0] * w[0], v[1] * w[1]) : make(v[0] * w[1], v[1] * w[0]);
    }
    return v;
  };
  const factor = (): Q => {
    const c = src[pos];
    if (c === "(") {
      pos++;
      const v = expr();
      if (src[pos++] !== ")") throw new Error("missing )");
      return v;
    }
    if (c === undefined || !/^[0-9]$/.test(c)) throw new Error("digit expected");
    pos++;
    used.push(Number(c));
    return [Number(c), 1];
  };
  const v = expr();
  if (pos !== src.length) return false;
  const a = [...used].sort((x, y) => x - y).join(",");
  const b = [...digits].sort((x, y) => x - y).join(",");
  return a === b && v[0] === target && v[1] === 1;
}

export function sol(digits = [3, 4, 7, 8], target = 50): string {
  type Item = { n: number; d: number; s: string };
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const make = (n: number, d: number, s: string): Item => {
    const g = gcd(n, d) * (d < 0 ? -1 : 1);
    return { n: n / g, d: d / g, s };
  };
  const search = (items: Item[]): string | null => {
    if (items.length === 1) {
      const it = items[0] as Item;
      return it.n === target && it.d === 1 ? it.s : null;
    }
    for (let i = 0; i < items.length; i++)
      for (let j = 0; j < items.length; j++) {
        if (i === j) continue;
        const x = items[i] as Item;
        const y = items[j] as Item;
        const rest = items.filter((_, k) => k !== i && k !== j);
        const next: Item[] = [
          make(x.n * y.d + y.n * x.d, x.d * y.d, `(${x.s}+${y.s})`),
          make(x.n * y.d - y.n * x.d, x.d * y.d, `(${x.s}-${y.s})`),
          make(x.n * y.n, x.d * y.d, `(${x.s}*${y.s})`),
        ];
        if (y.n !== 0) next.push(make(x.n * y.d, x.d * y.n, `(${x.s}/${y.s})`));
        for (const it of next) {
          const found = search([...rest, it]);
          if (found !== null) return found;
        }
      }
    return null;
  };
  return search(digits.map((d) => ({ n: d, d: 1, s: String(d) }))) ?? "";
}
