/**
 * Find the exact product of the decimals x and y, written as a plain decimal: optional minus
 * sign, no leading zeros in the integer part, no trailing zeros after the point, and no point
 * at all when the product is a whole number.
 */
export function sat(s: string, x = "3.14159265358979323846", y = "-2.718281828459045235360287"): boolean {
  if (typeof s !== "string" || s.length > 200 || !/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/.test(s) || s === "-0") return false;
  const parse = (t: string): [bigint, number] => {
    const neg = t.startsWith("-");
    const body = neg ? t.slice(1) : t;
    const [ip, fp = ""] = body.split(".") as [string, string?];
    const m = BigInt(ip + fp);
    return [neg ? -m : m, fp.length];
  };
  const [mx, sx] = parse(x);
  const [my, sy] = parse(y);
  const [ms, ss] = parse(s);
  // ms / 10^ss == mx * my / 10^(sx + sy)
  return ms * 10n ** BigInt(sx + sy) === mx * my * 10n ** BigInt(ss);
}

export function sol(x = "3.14159265358979323846", y = "-2.718281828459045235360287"): string {
  const parse = (t: string): [bigint, number] => {
    const neg = t.startsWith("-");
    const body = neg ? t.slice(1) : t;
    const [ip, fp = ""] = body.split(".") as [string, string?];
    const m = BigInt(ip + fp);
    return [neg ? -m : m, fp.length];
  };
  const [mx, sx] = parse(x);
  const [my, sy] = parse(y);
  let m = mx * my;
  let scale = sx + sy;
  while (scale > 0 && m % 10n === 0n) {
    m /= 10n;
    scale--;
  }
  const neg = m < 0n;
  let digits = (neg ? -m : m).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, "0");
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return (neg ? "-" : "") + digits;
}
