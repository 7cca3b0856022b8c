/**
 * Find values (a list of 0/1, entry i for the i-th letter of the alphabet: a, b, c, ...) for the
 * variables of the boolean formula `formula` that make it true. Operators, from tightest to loosest
 * binding: "!" (not), "&" (and), "^" (xor), "|" (or), "->" (implies, right-associative), "=" (equal);
 * parentheses group. The list must have exactly `vars` entries.
 */
export function sat(
  values: number[],
  formula = "(a -> b) & (b ^ c) & !(c & d) & (d | e) & (e -> !a) & (f = (a | d)) & (g ^ h ^ a) & (h -> b & !e)",
  vars = 8,
): boolean {
  if (values.length !== vars || !values.every((v) => v === 0 || v === 1)) return false;
  const src = formula.replace(/\s+/g, "");
  let pos = 0;
  const peek = (tok: string): boolean => src.startsWith(tok, pos);
  const parseEq = (): boolean => {
    let left = parseImp();
    while (peek("=")) {
      pos++;
      const right = parseImp();
      left = left === right;
    }
    return left;
  };
  const parseImp = (): boolean => {
    const left = parseOr();
    if (peek("->")) {
      pos += 2;
      const right = parseImp();
      return !left || right;
    }
    return left;
  };
  const parseOr = (): boolean => {
    let left = parseXor();
    while (peek("|")) {
      pos++;
      const right = parseXor();
      left = left || right;
    }
    return left;
  };
  const parseXor = (): boolean => {
    let left = parseAnd();
    while (peek("^")) {
      pos++;
      const right = parseAnd();
      left = left !== right;
    }
    return left;
  };
  const parseAnd = (): boolean => {
    let left = parseNot();
    while (peek("&")) {
      pos++;
      const right = parseNot();
      left = left && right;
    }
    return left;
  };
  const parseNot = (): boolean => {
    if (peek("!")) {
      pos++;
      return !parseNot();
    }
    if (peek("(")) {
      pos++;
      const v = parseEq();
      if (!peek(")")) throw new Error("expected )");
      pos++;
      return v;
    }
    const idx = src.charCodeAt(pos) - 97;
    if (idx < 0 || idx >= vars) throw new Error("unknown variable");
    pos++;
    return values[idx] === 1;
  };
  const result = parseEq();
  return pos === src.length && result === true;
}

export function sol(
  formula = "(a -> b) & (b ^ c) & !(c & d) & (d | e) & (e -> !a) & (f = (a | d)) & (g ^ h ^ a) & (h -> b & !e)",
  vars = 8,
): number[] {
  // Translate to a JavaScript expression over v[i] and try every assignment.
  const src = formula.replace(/\s+/g, "");
  let pos = 0;
  const peek = (tok: string): boolean => src.startsWith(tok, pos);
  type Node = (v: number[]) => boolean;
  const parseEq = (): Node => {
    let left = parseImp();
    while (peek("=")) {
      pos++;
      const l = left;
      const r = parseImp();
      left = (v) => l(v) === r(v);
    }
    return left;
  };
  const parseImp = (): Node => {
    const l = parseOr();
    if (peek("->")) {
      pos += 2;
      const r = parseImp();
      return (v) => !l(v) || r(v);
    }
    return l;
  };
  const parseOr = (): Node => {
    let left = parseXor();
    while (peek("|")) {
      pos++;
      const l = left;
      const r = parseXor();
      left = (v) => l(v) || r(v);
    }
    return left;
  };
  const parseXor = (): Node => {
    let left = parseAnd();
    while (peek("^")) {
      pos++;
      const l = left;
      const r = parseAnd();
      left = (v) => l(v) !== r(v);
    }
    return left;
  };
  const parseAnd = (): Node => {
    let left = parseNot();
    while (peek("&")) {
      pos++;
      const l = left;
      const r = parseNot();
      left = (v) => l(v) && r(v);
    }
    return left;
  };
  const parseNot = (): Node => {
    if (peek("!")) {
      pos++;
      const inner = parseNot();
      return (v) => !inner(v);
    }
    if (peek("(")) {
      pos++;
      const inner = parseEq();
      pos++;
      return inner;
    }
    const idx = src.charCodeAt(pos) - 97;
    pos++;
    return (v) => v[idx] === 1;
  };
  const f = parseEq();
  for (let mask = 0; mask < 1 << vars; mask++) {
    const v = Array.from({ length: vars }, (_, i) => (mask >> i) & 1);
    if (f(v)) return v;
  }
  return [];
}
