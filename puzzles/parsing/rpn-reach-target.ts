/**
 * Find a postfix (reverse Polish) expression, tokens separated by single spaces, built from the
 * one-digit numbers 1 to 9 and the operators + - *, with at most k tokens, that evaluates to target.
 */
export function sat(expr: string, target = 7919, k = 17): boolean {
  if (typeof expr !== "string") return false;
  const tokens = expr.split(" ");
  if (tokens.length > k) return false;
  const stack: number[] = [];
  for (const t of tokens) {
    if (/^[1-9]$/.test(t)) stack.push(Number(t));
    else if (t === "+" || t === "-" || t === "*") {
      if (stack.length < 2) return false;
      const y = stack.pop() as number;
      const x = stack.pop() as number;
      stack.push(t === "+" ? x + y : t === "-" ? x - y : x * y);
    } else return false;
  }
  return stack.length === 1 && stack[0] === target;
}

export function sol(target = 7919, k = 17): string {
  // Horner's scheme in base 9; zero digits are simply skipped.
  const digits: number[] = [];
  for (let v = target; v > 0; v = Math.floor(v / 9)) digits.unshift(v % 9);
  const tokens: string[] = [String(digits[0])];
  for (let i = 1; i < digits.length; i++) {
    tokens.push("9", "*");
    if (digits[i] !== 0) tokens.push(String(digits[i]), "+");
  }
  return tokens.join(" ");
}
