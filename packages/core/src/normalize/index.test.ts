import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { normalizeSat } from "./index.ts";

function normal(source: string): string {
  const result = normalizeSat(source);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}\n${source}`);
  return result.value.normal;
}

function hash(source: string): string {
  const result = normalizeSat(source);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value.hash;
}

/** Runs a `sat` (original or normal form) on an answer, outside any sandbox: these are our own sources. */
function run(source: string, answer: unknown): unknown {
  const js = transformSync(source, { loader: "ts", format: "esm" }).code.replace(/^export /gm, "");
  return new Function("answer", `"use strict";\n${js}\nreturn sat(answer);`)(answer);
}

const BASE = `/** Find a list of n integers whose i-th element is i squared. */
export function sat(li: number[], n = 18): boolean {
  return li.length === n && li.every((x, i) => x === i * i);
}`;

describe("normalizeSat: presentation does not change the hash", () => {
  const same: [string, string][] = [
    [
      "comments and doc comment",
      `// leading\nexport function sat(li: number[], n = 18): boolean {\n  /* why */ return li.length === n /* len */ && li.every((x, i) => x === i * i); // done\n}`,
    ],
    [
      "whitespace and line breaks",
      `export function sat(li:number[],n=18):boolean{return li.length===n&&li.every((x,i)=>x===i*i)}`,
    ],
    [
      "formatting across lines",
      `export function sat(\n  li: number[],\n  n = 18,\n): boolean {\n  return (\n    li.length === n &&\n    li.every((x, i) => x === i * i)\n  );\n}`,
    ],
    [
      "no export, no return type",
      `function sat(li: number[], n = 18) { return li.length === n && li.every((x, i) => x === i * i); }`,
    ],
    [
      "different type annotations",
      `export function sat(li: Array<number>, n: number = 18): boolean { return li.length === n && li.every((x: number, i: number): boolean => x === i * i); }`,
    ],
    [
      "renamed answer",
      `export function sat(squares: number[], n = 18): boolean { return squares.length === n && squares.every((x, i) => x === i * i); }`,
    ],
    [
      "renamed parameter",
      `export function sat(li: number[], size = 18): boolean { return li.length === size && li.every((x, i) => x === i * i); }`,
    ],
    [
      "renamed inner parameters",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && li.every((value, index) => value === index * index); }`,
    ],
    [
      "arrow with expression body",
      `export const sat = (li: number[], n = 18): boolean => li.length === n && li.every((x, i) => x === i * i);`,
    ],
    [
      "function expression",
      `const sat = function (li: number[], n = 18) { return li.length === n && li.every((x, i) => x === i * i); };`,
    ],
    [
      "redundant parentheses",
      `function sat(li: number[], n = 18) { return ((li.length) === (n)) && (li.every(((x, i) => (x === (i * i))))); }`,
    ],
    [
      "extra semicolons",
      `function sat(li: number[], n = 18) { return li.length === n && li.every((x, i) => x === i * i);; };`,
    ],
    [
      "arrow comment at the end",
      `const sat = (li: number[], n = 18) => li.length === n && li.every((x, i) => x === i * i) // end`,
    ],
    [
      "type assertions",
      `function sat(li: number[], n = 18 as number) { return (li as number[]).length === n && li!.every((x, i) => (x satisfies number) === i * i); }`,
    ],
  ];
  it.each(same)("%s", (_, variant) => {
    expect(normal(variant)).toBe(normal(BASE));
    expect(hash(variant)).toBe(hash(BASE));
  });

  const pairs: [string, string, string][] = [
    [
      "quote style",
      `function sat(s: string, t = 'a"b') { return s === 'x' + t }`,
      `function sat(s: string, t = "a\\"b") { return s === "x" + t }`,
    ],
    [
      "template without substitution in default",
      `function sat(s: string, t = "ab") { return s === t }`,
      "function sat(s: string, t = `ab`) { return s === t }",
    ],
    [
      "number spelling",
      "function sat(x: number, n = 0x10) { return x * 1_000 === n * 1.50 }",
      "function sat(x: number, n = 16) { return x * 1000 === n * 1.5 }",
    ],
    [
      "escapes",
      `function sat(s: string) { return s === "\\u00e9" }`,
      `function sat(s: string) { return s === "é" }`,
    ],
    [
      "shadowed names",
      "function sat(li: number[]) { return li.every((x) => [x].some((x) => x > 0)) }",
      "function sat(a: number[]) { return a.every((b) => [b].some((c) => c > 0)) }",
    ],
    [
      "shorthand properties",
      "function sat(x: number) { const o = { x }; return o.x === 3 }",
      "function sat(y: number) { const obj = { x: y }; return obj.x === 3 }",
    ],
    [
      "destructuring shorthand",
      "function sat(p: { a: number; b: number }) { const { a, b = 2 } = p; return a + b === 5 }",
      "function sat(q: { a: number; b: number }) { const { a: first, b: second = 2 } = q; return first + second === 5 }",
    ],
    [
      "local functions, classes, catch and labels",
      `function sat(x: number) { function sq(v: number) { return v * v } class Box { constructor(public w: number) {} }
        try { outer: for (const k of [1]) { for (;;) { break outer; } } } catch (err) { return false }
        return sq(x) === new Box(4).w * 4 }`,
      `function sat(y: number) { function square(t: number) { return t * t } class B { constructor(public w: number) {} }
        try { loop: for (const j of [1]) { for (;;) { break loop; } } } catch (e) { return false }
        return square(y) === new B(4).w * 4 }`,
    ],
    [
      "hoisted var used before its declaration",
      "function sat(x: number) { t = x; var t; return t === 1 }",
      "function sat(a: number) { q = a; var q; return q === 1 }",
    ],
    [
      "local type declarations",
      "function sat(x: number) { type Big = number; interface P { a: Big } const p: P = { a: x }; return p.a > 9 }",
      "function sat(x: number) { const p = { a: x }; return p.a > 9 }",
    ],
    [
      "generic type parameter names",
      "function sat<T>(x: T[]) { return x.length === 2 }",
      "function sat<U>(x: U[]) { return x.length === 2 }",
    ],
    [
      "parentheses around function arguments",
      "function sat(x: number[]) { return x.every(((v) => v > 0)) && [(function () { return 1 })].length === 1 }",
      "function sat(x: number[]) { return x.every((v) => v > 0) && [function () { return 1 }].length === 1 }",
    ],
    [
      "trailing commas",
      "function sat(x: number[], n = [1, 2,],) { return x.length === n.length }",
      "function sat(x: number[], n = [1, 2]) { return x.length === n.length }",
    ],
  ];
  it.each(pairs)("%s", (_, a, b) => {
    expect(hash(a)).toBe(hash(b));
  });

  it("uses canonical names in order of first appearance", () => {
    expect(normal(BASE)).toBe("function sat($0,$1=18){return $0.length===$1&&$0.every(($2,$3)=>$2===$3*$3)}");
  });

  it("avoids canonical names already used for outside things", () => {
    const text = normal("function sat(x: number) { const y = $0; return x === y }");
    expect(text).toBe("function sat($1){const $2=$0;return $1===$2}");
    expect(normal("function sat(x: number) { let y = $0; y++; return x === y }")).toBe(
      "function sat($1){let $2=$0;return $2++,$1===$2}",
    );
  });
});

describe("normalizeSat: a change in logic changes the hash", () => {
  const variants: [string, string][] = [
    [
      "an operator",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && li.every((x, i) => x === i + i); }`,
    ],
    [
      "a comparison",
      `export function sat(li: number[], n = 18): boolean { return li.length >= n && li.every((x, i) => x === i * i); }`,
    ],
    [
      "a logical operator",
      `export function sat(li: number[], n = 18): boolean { return li.length === n || li.every((x, i) => x === i * i); }`,
    ],
    [
      "a default",
      `export function sat(li: number[], n = 19): boolean { return li.length === n && li.every((x, i) => x === i * i); }`,
    ],
    [
      "a constant",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && li.every((x, i) => x === i * i + 0); }`,
    ],
    [
      "a method",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && li.some((x, i) => x === i * i); }`,
    ],
    [
      "a negated condition",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && !li.every((x, i) => x === i * i); }`,
    ],
    [
      "swapped roles",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && li.every((x, i) => i === x * x); }`,
    ],
    [
      "a property name",
      `export function sat(li: number[], n = 18): boolean { return li.size === n && li.every((x, i) => x === i * i); }`,
    ],
    [
      "an outside name",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && li.every((x, i) => x === Math.abs(i * i)); }`,
    ],
    [
      "a parameter order",
      `export function sat(li: number[], n = 18): boolean { return li.length === n && li.every((i, x) => x === i * i); }`,
    ],
    [
      "an extra parameter",
      `export function sat(li: number[], n = 18, m = 1): boolean { return li.length === n && li.every((x, i) => x === i * i); }`,
    ],
    [
      "strict equality",
      `export function sat(li: number[], n = 18): boolean { return li.length == n && li.every((x, i) => x === i * i); }`,
    ],
  ];
  it.each(variants)("%s", (_, variant) => {
    expect(hash(variant)).not.toBe(hash(BASE));
  });

  const pairs: [string, string, string][] = [
    [
      "string contents",
      `function sat(s: string) { return s === "ab" }`,
      `function sat(s: string) { return s === "ba" }`,
    ],
    [
      "string case",
      `function sat(s: string) { return s === "ab" }`,
      `function sat(s: string) { return s === "aB" }`,
    ],
    [
      "number",
      "function sat(x: number) { return x === 1.5 }",
      "function sat(x: number) { return x === 1.05 }",
    ],
    [
      "object key",
      `function sat(s: string, o = { a: 1 }) { return s in o }`,
      `function sat(s: string, o = { b: 1 }) { return s in o }`,
    ],
    [
      "shorthand key",
      "function sat(x: number) { const o = { x }; return o.x === 3 }",
      "function sat(y: number) { const o = { y }; return o.x === 3 }",
    ],
    [
      "if branches",
      "function sat(x: number) { if (x > 2) return true; return false }",
      "function sat(x: number) { if (x > 2) return false; return true }",
    ],
    [
      "loop bound",
      "function sat(x: number) { let s = 0; for (let i = 0; i < 10; i++) s += i; return s === x }",
      "function sat(x: number) { let s = 0; for (let i = 0; i <= 10; i++) s += i; return s === x }",
    ],
    [
      "which binding a name refers to",
      "function sat(li: number[]) { return li.every((x) => [x].some((y) => x > 0)) }",
      "function sat(li: number[]) { return li.every((x) => [x].some((y) => y > 0)) }",
    ],
    [
      "a regex",
      "function sat(s: string) { return /^a+$/.test(s) }",
      "function sat(s: string) { return /^a*$/.test(s) }",
    ],
    [
      "a template",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: puzzle source, not a template
      "function sat(s: string, n = 2) { return s === `${n}a` }",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: puzzle source, not a template
      "function sat(s: string, n = 2) { return s === `${n}b` }",
    ],
  ];
  it.each(pairs)("%s", (_, a, b) => {
    expect(hash(a)).not.toBe(hash(b));
  });
});

describe("normalizeSat: the normal form keeps the meaning", () => {
  const programs: [string, unknown[]][] = [
    [BASE, [[0, 1, 4], Array.from({ length: 18 }, (_, i) => i * i)]],
    [
      "function sat(p: { a: number; b?: number }) { const { a, b = 2 } = p; const o = { a, b }; return o.a + o.b === 5 }",
      [{ a: 3 }, { a: 1, b: 4 }, { a: 1 }],
    ],
    [
      "function sat(x: number) { let total = 0; outer: for (let i = 0; i < x; i++) { for (let j = 0; j < x; j++) { if (j > i) continue outer; total += j } } return total === 10 }",
      [3, 4, 5],
    ],
    [
      "function sat(li: number[]) { const x = 1; return li.every((x) => { { let x = 2; } return x > 0 }) && x === 1 }",
      [[1, 2], [0], []],
    ],
    [
      "function sat(s: string) { var r = ''; for (var c of s) { var r = c + r; } return r === s }",
      ["aba", "ab"],
    ],
    [
      "function sat(x: number) { const f = ((y: number) => y * 2); return ((z: number) => z + 1)(f(x)) === 7 && [((a: number) => a)].length === 1 }",
      [3, 4],
    ],
    ["const sat = (x: number) => ((y: number) => y > 1)(x) // comment", [1, 2]],
    [
      "function sat(x: number) { class Box { constructor(public w: number, h = 2) { this.w += h } } return new Box(x).w === 5 }",
      [3, 4],
    ],
  ];
  it.each(programs)("%s", (source, answers) => {
    const canonical = normal(source);
    for (const answer of answers) expect(run(canonical, answer)).toBe(run(source, answer));
  });
});

describe("normalizeSat: failures", () => {
  it("returns the parse failure for a bad puzzle", () => {
    expect(normalizeSat("function sat(x) { return true }")).toMatchObject({
      ok: false,
      code: "missing_answer_type",
    });
    expect(normalizeSat("function sol() { return 1 }")).toMatchObject({ ok: false, code: "missing_sat" });
    expect(normalizeSat("function sat(x: number) { return x === }")).toMatchObject({
      ok: false,
      code: "syntax",
    });
  });

  it("is stable: the same input gives the same output", () => {
    expect(normalizeSat(BASE)).toEqual(normalizeSat(BASE));
    expect(hash(BASE)).toMatch(/^[0-9a-f]{64}$/);
  });
});
