/**
 * The decimal d is written with its repeating block in parentheses, e.g. "0.1(6)" for 1/6.
 * Find the fraction [p, q] in lowest terms (q positive) whose decimal expansion is exactly d.
 */
export function sat(f: [number, number], d = "2.0(975429)"): boolean {
  if (!Array.isArray(f) || f.length !== 2) return false;
  const [p, q] = f;
  if (!Number.isSafeInteger(p) || !Number.isSafeInteger(q) || p < 0 || q < 1 || q > 1e9) return false;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  if (gcd(p, q) !== 1) return false;
  // Long division, remembering where each remainder first appeared.
  let r = p % q;
  const seen = new Map<number, number>();
  let digits = "";
  while (r !== 0 && !seen.has(r)) {
    if (digits.length > d.length) return false;
    seen.set(r, digits.length);
    r *= 10;
    digits += String(Math.floor(r / q));
    r %= q;
  }
  const whole = String((p - (p % q)) / q);
  let text: string;
  if (r === 0) text = digits.length > 0 ? `${whole}.${digits}` : whole;
  else {
    const k = seen.get(r) as number;
    text = `${whole}.${digits.slice(0, k)}(${digits.slice(k)})`;
  }
  return text === d;
}

export function sol(d = "2.0(975429)"): [number, number] {
  const m = /^(\d+)(?:\.(\d*)(?:\((\d+)\))?)?$/.exec(d) as RegExpExecArray;
  const whole = Number(m[1]);
  const fixed = m[2] ?? "";
  const rep = m[3] ?? "";
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let num: number;
  let den: number;
  if (rep === "") {
    num = Number(fixed || "0");
    den = 10 ** fixed.length;
  } else {
    num = Number(fixed + rep) - Number(fixed || "0");
    den = 10 ** fixed.length * (10 ** rep.length - 1);
  }
  num += whole * den;
  const g = gcd(num, den);
  return [num / g, den / g];
}
