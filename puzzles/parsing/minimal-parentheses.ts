/**
 * Operators + and - bind weakest, then * and /, then ^; + - * / group left to right and ^ groups
 * right to left. Rewrite the expression e (single-letter variables) with at most k pairs of
 * parentheses so that it still parses to exactly the same tree.
 */
export function sat(
  s: string,
  e = "((a-(b-c))*((d/e)/(f^(g^h))))-(((i^j)^k)+(l*(m+n)))",
  k = 6,
): boolean {
  const prec: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "^": 3 };
  const parse = (src: string): string => {
    let pos = 0;
    const expr = (minPrec: number): string => {
      let left = atom();
      for (;;) {
        const op = src[pos] as string;
        const p = prec[op];
        if (p === undefined || p < minPrec) return left;
        pos++;
        const right = expr(op === "^" ? p : p + 1);
        left = `(${left}${op}${right})`;
      }
    };
    const atom = (): string => {
      const c = src[pos];
      if (c !== undefined && /^[a-z]$/.test(c)) {
        pos++;
        return c;
      }
      if (c !== "(") throw new Error("unexpected token");
      pos++;
      const inner = expr(1);
      if (src[pos] !== ")") throw new Error("missing )");
      pos++;
      return inner;
    };
    const tree = expr(1);
    if (pos !== src.length) throw new Error("trailing input");
    return tree;
  };
  if (typeof s !== "string") return false;
  return s.split("(").length - 1 <= k && parse(s) === parse(e);
}

export function sol(e = "((a-(b-c))*((d/e)/(f^(g^h))))-(((i^j)^k)+(l*(m+n)))", k = 6): string {
  type Node = string | [string, Node, Node];
  const prec: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "^": 3 };
  let pos = 0;
  const expr = (minPrec: number): Node => {
    let left = atom();
    for (;;) {
      const op = e[pos] as string;
      const p = prec[op];
      if (p === undefined || p < minPrec) return left;
      pos++;
      left = [op, left, expr(op === "^" ? p : p + 1)];
    }
  };
  const atom = (): Node => {
    if (e[pos] === "(") {
      pos++;
      const inner = expr(1);
      pos++;
      return inner;
    }
    return e[pos++] as string;
  };
  const level = (n: Node): number => (typeof n === "string" ? 9 : (prec[n[0]] as number));
  const show = (n: Node): string => {
    if (typeof n === "string") return n;
    const [op, l, r] = n;
    const p = prec[op] as number;
    const rightAssoc = op === "^";
    const ls = level(l) < p || (level(l) === p && rightAssoc) ? `(${show(l)})` : show(l);
    const rs = level(r) < p || (level(r) === p && !rightAssoc) ? `(${show(r)})` : show(r);
    return ls + op + rs;
  };
  return show(expr(1));
}
