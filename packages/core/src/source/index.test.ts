import { describe, expect, it } from "vitest";
import {
  jsonEqual,
  type ParseFailureCode,
  parsePair,
  parsePuzzle,
  parseSolution,
  signatureMismatch,
} from "./index.ts";

const SEED = `/** Find a list of n integers whose i-th element is i squared. */
export function sat(li: number[], n = 18): boolean {
  return li.length === n && li.every((x, i) => x === i * i);
}

export function sol(n = 18): number[] {
  return Array.from({ length: n }, (_, i) => i * i);
}
`;

function pair(source: string) {
  const result = parsePair(source);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

function failure(source: string, parse: (s: string) => { ok: boolean } = parsePuzzle): ParseFailureCode {
  const result = parse(source) as { ok: true } | { ok: false; code: ParseFailureCode };
  if (result.ok) throw new Error("expected a failure");
  return result.code;
}

describe("parsePair", () => {
  it("reads a seed file: parts, answer, parameters, doc comment", () => {
    const { sat, sol, extras } = pair(SEED);
    expect(extras).toEqual([]);
    expect(sat.form).toBe("declaration");
    expect(sat.exported).toBe(true);
    expect(sat.answer).toEqual({ name: "li", type: "number[]" });
    expect(sat.params).toEqual([{ name: "n", default: 18, defaultText: "18" }]);
    expect(sat.doc).toBe("/** Find a list of n integers whose i-th element is i squared. */");
    expect(sat.returnType).toBe("boolean");
    expect(sat.puzzle).toBe(
      "/** Find a list of n integers whose i-th element is i squared. */\n" +
        "export function sat(li: number[], n = 18): boolean {\n" +
        "  return li.length === n && li.every((x, i) => x === i * i);\n}",
    );
    expect(sol.text).toBe(
      "export function sol(n = 18): number[] {\n  return Array.from({ length: n }, (_, i) => i * i);\n}",
    );
    expect(sol.params).toEqual([{ name: "n", default: 18, defaultText: "18" }]);
    expect(SEED.slice(sol.start, sol.end)).toBe(sol.text);
    expect(signatureMismatch(sat, sol)).toBeUndefined();
  });

  it("accepts arrow functions and function expressions, exported or not", () => {
    const { sat, sol } = pair(
      `const sat = (s: string, t = "ab"): boolean => s + s === t;\nexport const sol = function (t = "ab") { return "a"; };`,
    );
    expect(sat.form).toBe("arrow");
    expect(sat.exported).toBe(false);
    expect(sat.expressionBody).toBe(true);
    expect(sat.body).toBe("s + s === t");
    expect(sat.puzzle).toBe(`const sat = (s: string, t = "ab"): boolean => s + s === t;`);
    expect(sol.form).toBe("expression");
    expect(sol.exported).toBe(true);
    expect(sol.expressionBody).toBe(false);
  });

  it("evaluates JSON-literal defaults", () => {
    const { sat } = pair(`function sat(x: number, a = -3, b = "q", c = true, d = null, e = [1, [2, -0.5]],
      f = { k: 1, "s t": [false], 3: "three" }, g = 0x10, h = 1_000, i = [] as number[], j = 'single', k = +2) { return true }
      function sol(a = -3, b = "q", c = true, d = null, e = [1, [2, -0.5]], f = { 3: "three", k: 1, "s t": [false] },
      g = 16, h = 1000, i = [], j = "single", k = 2) { return 0 }`);
    expect(Object.fromEntries(sat.params.map((p) => [p.name, p.default]))).toEqual({
      a: -3,
      b: "q",
      c: true,
      d: null,
      e: [1, [2, -0.5]],
      f: { k: 1, "s t": [false], "3": "three" },
      g: 16,
      h: 1000,
      i: [],
      j: "single",
      k: 2,
    });
    expect(sat.params[0]!.defaultText).toBe("-3");
    expect(sat.params[9]!.type).toBeUndefined();
    const { sol } = pair(SEED);
    expect(
      signatureMismatch(sat, {
        ...sol,
        params: pair(`function sat(x: number) { return true }
      function sol(a = -3, b = "q", c = true, d = null, e = [1, [2, -0.5]], f = { 3: "three", k: 1, "s t": [false] },
      g = 16, h = 1000, i = [], j = "single", k = 2) { return 0 }`).sol.params,
      }),
    ).toBeUndefined();
  });

  it("keeps a __proto__ key as a plain key", () => {
    const { sat } = pair(
      `function sat(x: number, o = { "__proto__": { a: 1 } }) { return true } function sol(o = {}) { return 1 }`,
    );
    const value = sat.params[0]!.default as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("lists other top-level statements as extras", () => {
    const { extras } = pair(
      `import type { X } from "y";\nconst helper = 3;\n;\nfunction sat(a: number) { return a === helper }\nfunction sol() { return 3 }`,
    );
    expect(extras).toEqual([`import type { X } from "y";`, "const helper = 3;"]);
  });

  it("reports mismatched signatures between sat and sol", () => {
    const count = pair(
      `function sat(a: number, n = 1, m = 2) { return true }\nfunction sol(n = 1) { return 0 }`,
    );
    expect(signatureMismatch(count.sat, count.sol)).toMatch(/1 parameter/);
    const names = pair(`function sat(a: number, n = 1) { return true }\nfunction sol(m = 1) { return 0 }`);
    expect(signatureMismatch(names.sat, names.sol)).toMatch(/`n` in sat but `m` in sol/);
    const defaults = pair(
      `function sat(a: number, n = [1, 2]) { return true }\nfunction sol(n = [2, 1]) { return 0 }`,
    );
    expect(signatureMismatch(defaults.sat, defaults.sol)).toMatch(
      /defaults to \[1, 2\] in sat but \[2, 1\] in sol/,
    );
  });
});

describe("parse failures", () => {
  const cases: [string, string, ParseFailureCode][] = [
    ["syntax error", "function sat(x: number) { return x === }", "syntax"],
    ["no sat", "function sol() { return 1 }", "missing_sat"],
    [
      "sat declared twice",
      "function sat(x: number) { return true }\nconst sat = (x: number) => false;",
      "not_a_module",
    ],
    [
      "another function exported as sat",
      "function sat(x: number) { return true }\nfunction real(x: number) { return x === 2 }\nexport { real as sat };",
      "not_a_module",
    ],
    ["a top-level return", "return;\nfunction sat(x: number) { return true }", "not_a_module"],
    ["overload without body", "function sat(x: number): boolean;\n", "unsupported_declaration"],
    ["not a function", "const sat = 3;", "unsupported_declaration"],
    ["shared declaration", "const sat = (x: number) => true, y = 2;", "unsupported_declaration"],
    ["async", "async function sat(x: number) { return true }", "async_or_generator"],
    ["generator", "function* sat(x: number) { yield true }", "async_or_generator"],
    ["async arrow", "const sat = async (x: number) => true;", "async_or_generator"],
    ["no answer", "function sat() { return true }", "missing_answer"],
    ["unannotated answer", "function sat(x, n = 2) { return x === n }", "missing_answer_type"],
    ["unannotated answer (arrow)", "const sat = (x) => x === 1;", "missing_answer_type"],
    ["rest answer", "function sat(...x: number[]) { return true }", "rest_parameter"],
    ["rest parameter", "function sat(x: number, ...r: number[]) { return true }", "rest_parameter"],
    [
      "destructured answer",
      "function sat({ a }: { a: number }) { return a === 1 }",
      "destructured_parameter",
    ],
    [
      "destructured parameter",
      "function sat(x: number, [a, b] = [1, 2]) { return x === a + b }",
      "destructured_parameter",
    ],
    ["no default", "function sat(x: number, n: number) { return x === n }", "missing_default"],
    ["optional without default", "function sat(x: number, n?: number) { return x === n }", "missing_default"],
    ["computed default", "function sat(x: number, n = 2 + 3) { return x === n }", "non_literal_default"],
    ["identifier default", "function sat(x: number, n = Infinity) { return x === n }", "non_literal_default"],
    ["call default", "function sat(x: number, n = Math.max(1, 2)) { return x === n }", "non_literal_default"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: puzzle source, not a template
    ["template default", "function sat(x: string, s = `a${1}`) { return x === s }", "non_literal_default"],
    ["spread default", "function sat(x: number, a = [...[1]]) { return true }", "non_literal_default"],
    ["hole in array", "function sat(x: number, a = [1, , 2]) { return true }", "non_literal_default"],
    ["shorthand in object", "function sat(x: number, o = { x }) { return true }", "non_literal_default"],
    [
      "method in object",
      "function sat(x: number, o = { f() { return 1 } }) { return true }",
      "non_literal_default",
    ],
    ["computed key", "function sat(x: number, o = { ['a']: 1 }) { return true }", "non_literal_default"],
    ["overflowing number", "function sat(x: number, n = 1e400) { return true }", "non_literal_default"],
    ["negated string", `function sat(x: number, n = -"1") { return true }`, "non_literal_default"],
    ["bigint", "function sat(x: number, n = 10n) { return true }", "non_literal_default"],
    ["regex", "function sat(x: string, r = /a/) { return true }", "non_literal_default"],
  ];
  it.each(cases)("%s", (_, source, code) => {
    expect(failure(source)).toBe(code);
  });

  it("gives a one-line message naming the parameter", () => {
    const result = parsePuzzle("function sat(x: number, n: number) { return x === n }");
    expect(result).toEqual({
      ok: false,
      code: "missing_default",
      message: "sat: parameter `n` needs a default value",
    });
    const syntax = parsePuzzle("function sat(x: number) {\n  return x ===\n}");
    expect(!syntax.ok && syntax.message).toMatch(/^does not parse: line 3: /);
  });

  it("checks sol's parameters too", () => {
    expect(failure("function sol(n) { return n }", parseSolution)).toBe("missing_default");
    expect(failure("function sol(...n: number[]) { return n }", parseSolution)).toBe("rest_parameter");
    expect(failure("function sat(x: number) { return true }", parseSolution)).toBe("missing_sol");
    expect(failure("function sat(x: number) { return true }", parsePair)).toBe("missing_sol");
  });

  it("judges only the function asked for", () => {
    const both = "function sat(x: number) { return true }\nfunction sol(n) { return 1 }";
    expect(parsePuzzle(both).ok).toBe(true);
    expect(failure(both, parsePair)).toBe("missing_default");
    expect(parseSolution("function sat(x) { return true }\nfunction sol() { return 1 }").ok).toBe(true);
  });
});

describe("jsonEqual", () => {
  it("ignores key order and compares deeply", () => {
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual("1", 1)).toBe(false);
  });
});
