import { describe, expect, it } from "vitest";
import { checkModuleShape } from "./index.ts";

const SAT = "export function sat(x: number, n = 3): boolean { return x === n; }";
const SOL = "export function sol(n = 3): number { return n; }";

const rejected: [name: string, source: string, reason: RegExp][] = [
  ["a top-level return", `return 1;\n${SAT}`, /not a valid ES module: 'return' outside of function/],
  ["sat declared twice", `${SAT}\nexport function sat(x: number) { return true; }`, /already been declared/],
  [
    "sat declared twice, unexported",
    "function sat() {}\nfunction sat(x: number) { return true; }",
    /already/,
  ],
  ["a var redeclaring sat", `${SAT}\nvar sat = (x: number) => true;`, /already been declared/],
  ["a var in a block redeclaring sat", `${SAT}\n{ var sat = (x: number) => true; }`, /already/],
  ["a catch binding var clash", `try {} catch (sat) { var sat = 1; }\n${SAT}`, /already/],
  [
    "another function exported as sat",
    `function sat() { return true; }\nfunction real(x: number) { return x === 2; }\nexport { real as sat };`,
    /exports `real` as `sat`/,
  ],
  [
    "sat exported as another name",
    "function sat(x: number) { return true; }\nexport { sat as check };",
    /exports `sat` as `check`/,
  ],
  ["sat as the default export", "export default function sat(x: number) { return true; }", /default export/],
  ["sol as the default export", "function sol() { return 1; }\nexport default sol;", /default export/],
  [
    "a namespace with runtime code",
    `namespace N { export const x = 1; }\n${SAT}`,
    /namespace holding runtime code/,
  ],
  [
    "a module block with runtime code",
    `module M { globalThis.x = 1; }\n${SAT}`,
    /namespace holding runtime code/,
  ],
  ["an import", `import { readFileSync } from "node:fs";\n${SAT}`, /imports "node:fs"/],
  ["a side-effect import", `import "./x";\n${SAT}`, /imports "\.\/x"/],
  ["import = require", `import fs = require("fs");\n${SAT}`, /import = require/],
  ["a re-export", `export * from "x";\n${SAT}`, /re-exports/],
  ["a named re-export", `export { a } from "x";\n${SAT}`, /re-exports/],
  ["export =", "export = 5;", /export =/],
  ["top-level await", `await 1;\n${SAT}`, /top-level `await`/],
  ["top-level await in an arrow's default", `const f = (a = await 1) => a;\n${SAT}`, /await|valid ES module/],
  ["top-level for await", `for await (const x of []) {}\n${SAT}`, /for await/],
  ["arguments at the top level", `const a = arguments;\n${SAT}`, /`arguments` outside a function/],
  ["arguments in a top-level arrow", `const f = () => arguments.length;\n${SAT}`, /`arguments` outside/],
  ["import.meta", `const u = import.meta.url;\n${SAT}`, /import\.meta/],
  ["a read of exports", `const seen = typeof exports;\n${SAT}`, /`exports`/],
  ["a variable named exports", `const exports = 1;\n${SAT}`, /`exports`/],
  ["a decorator", `function d(t: unknown) { return t; }\n@d class K {}\n${SAT}`, /decorators/],
  ["new.target at the top level", `new.target;\n${SAT}`, /not a valid ES module/],
  ["with", `with ({}) {}\n${SAT}`, /not a valid ES module/],
  ["a legacy octal", `const x = 010;\n${SAT}`, /not a valid ES module/],
  ["an HTML comment", `<!-- x\n${SAT}`, /not a valid ES module/],
  ["a break out of a wrapper", "}); (function () { return [1];", /not a valid ES module/],
  // Syntax newer Nodes compile and Node 20 does not: the verdict would depend on the host.
  ["a using declaration", `function f() { using r = { [Symbol.dispose]() {} }; }\n${SAT}`, /`using`/],
  ["an await using declaration", `async function f() { await using r = null; }\n${SAT}`, /`await using`/],
  ["a RegExp modifier", `const r = /(?i:a)b/;\n${SAT}`, /regular expression that not every/],
  ["duplicate named groups", `const r = /(?<y>a)|(?<y>b)/;\n${SAT}`, /regular expression that not every/],
  ["an unterminated comment", `${SAT}\n/* `, /not a valid ES module/],
  ["await as an identifier", `const await = 1;\n${SAT}`, /not a valid ES module/],
];

const accepted: [name: string, source: string][] = [
  ["a puzzle", SAT],
  [
    "regular expressions every supported Node compiles",
    `const r = [/(?<y>a)\\k<y>/u, /[\\p{L}--[a-z]]/v, /a/dgs];\n${SAT}`,
  ],
  ["a pair in one file", `${SAT}\n${SOL}`],
  ["unexported functions", "function sat(x: number) { return x === 1; }\nfunction sol() { return 1; }"],
  ["an export list under the same names", "function sat(x: number) { return true; }\nexport { sat };"],
  ["an arrow", "export const sat = (x: number): boolean => x > 0;"],
  [
    "overload signatures",
    "export function sat(x: string): boolean;\nexport function sat(x: any) { return true; }",
  ],
  ["a declare beside the definition", `declare function sat(x: number): boolean;\n${SAT}`],
  ["type-only imports", `import type { A } from "a";\nimport { type B } from "b";\n${SAT}`],
  ["a type-only namespace", `namespace T { export type N = number; export interface I { a: N } }\n${SAT}`],
  ["a declared namespace", `declare namespace D { const x: number; }\n${SAT}`],
  ["an enum", `enum E { A = 1, B }\nexport function sat(x: number) { return x === E.B; }`],
  [
    "arguments inside a function",
    "export function sol() { return (function () { return arguments.length; })(); }",
  ],
  [
    "arguments in an arrow inside a function",
    "export function sol() { return (function () { return (() => arguments.length)(); })(); }",
  ],
  ["await inside an async function", "async function f() { await 1; }\nexport function sol() { return 1; }"],
  [
    "a property named arguments",
    "const o = { arguments: 1 };\nexport function sol() { return o.arguments; }",
  ],
  [
    "a class with fields",
    "class C { x = 1; static y = 2; #z = 3; }\nexport function sol() { return new C().x; }",
  ],
  ["an unrelated default export", `export default 5;\n${SOL}`],
  ["a sol whose name is escaped", "export function s\\u006fl() { return 1; }"],
];

describe("checkModuleShape", () => {
  for (const [name, source, reason] of rejected) {
    it(`rejects ${name}`, () => {
      const shape = checkModuleShape(source);
      expect(shape.ok).toBe(false);
      if (!shape.ok) {
        expect(shape.error).toMatch(reason);
        expect(shape.error).not.toContain("\n");
      }
    });
  }
  for (const [name, source] of accepted) {
    it(`accepts ${name}`, () => {
      expect(checkModuleShape(source)).toEqual({ ok: true });
    });
  }

  it("counts an escaped name as the name it spells", () => {
    const shape = checkModuleShape("export function sat() {}\nfunction s\\u0061t() {}");
    expect(shape.ok).toBe(false);
  });
});
