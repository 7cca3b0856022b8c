import type ts from "typescript";
import { describe, expect, it } from "vitest";
import { parseTypeScript } from "../source/index.ts";
import { type Binding, valueOccurrences } from "./index.ts";

/**
 * The occurrences of a function as `name@line:col -> binding`, where the binding is named by the
 * position of its first occurrence, or `free` for a name from outside.
 */
function resolved(source: string): string[] {
  const sourceFile = parseTypeScript(source);
  const fn = sourceFile.statements[0] as ts.FunctionDeclaration;
  const occurrences = valueOccurrences(fn);
  const first = new Map<Binding, string>();
  const where = (id: ts.Identifier) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(id.getStart(sourceFile));
    return `${line + 1}:${character + 1}`;
  };
  return occurrences.map(({ id, binding }) => {
    if (binding === undefined) return `${id.text}@${where(id)} -> free`;
    if (!first.has(binding)) first.set(binding, where(id));
    return `${id.text}@${where(id)} -> ${first.get(binding)}${binding.fixed ? " (fixed)" : ""}`;
  });
}

describe("valueOccurrences", () => {
  it("resolves parameters, locals and free names, leaving the function's own name out", () => {
    expect(
      resolved("function sat(x: number, n = 3) { const y = x + n; return sat(y) && Math.abs(y) > 0 }"),
    ).toEqual([
      "x@1:14 -> 1:14",
      "n@1:25 -> 1:25",
      "y@1:40 -> 1:40",
      "x@1:44 -> 1:14",
      "n@1:48 -> 1:25",
      "sat@1:58 -> free",
      "y@1:62 -> 1:40",
      "Math@1:68 -> free",
      "y@1:77 -> 1:40",
    ]);
  });

  it("gives shadowing declarations their own bindings", () => {
    const lines = resolved(
      "function sat(x: number[]) { return x.every((x) => { { let x = 1; x++; } return x > 0 }) }",
    );
    expect(lines).toEqual([
      "x@1:14 -> 1:14",
      "x@1:36 -> 1:14",
      "x@1:45 -> 1:45",
      "x@1:59 -> 1:59",
      "x@1:66 -> 1:59",
      "x@1:80 -> 1:45",
    ]);
  });

  it("hoists var and function declarations to the function, let and const to the block", () => {
    const lines = resolved(`function sat(a: number) {
  b = f(a);
  { var b; let c = 1; function f(v: number) { return v + c } }
  return b + c;
}`);
    expect(lines).toEqual([
      "a@1:14 -> 1:14",
      "b@2:3 -> 2:3",
      "f@2:7 -> free",
      "a@2:9 -> 1:14",
      "b@3:9 -> 2:3",
      "c@3:16 -> 3:16",
      "f@3:32 -> 3:32",
      "v@3:34 -> 3:34",
      "v@3:54 -> 3:34",
      "c@3:58 -> 3:16",
      "b@4:10 -> 2:3",
      "c@4:14 -> free",
    ]);
  });

  it("scopes for-loop heads and catch variables to their statements", () => {
    const lines = resolved(
      "function sat(s: string) { for (let i = 0; i < 2; i++) {} try {} catch (e) { e } return i + e }",
    );
    expect(lines.filter((l) => l.startsWith("i@") || l.startsWith("e@"))).toEqual([
      "i@1:36 -> 1:36",
      "i@1:43 -> 1:36",
      "i@1:50 -> 1:36",
      "e@1:72 -> 1:72",
      "e@1:77 -> 1:72",
      "i@1:88 -> free",
      "e@1:92 -> free",
    ]);
  });

  it("a named function expression sees its name, unless a parameter shadows it", () => {
    expect(
      resolved("function sat(n: number) { const f = function g(k: number) { return g } ; return f }"),
    ).toEqual([
      "n@1:14 -> 1:14",
      "f@1:33 -> 1:33",
      "g@1:46 -> 1:46",
      "k@1:48 -> 1:48",
      "g@1:68 -> 1:46",
      "f@1:81 -> 1:33",
    ]);
    expect(resolved("function sat(n: number) { return function g(g: number) { return g } }")).toEqual([
      "n@1:14 -> 1:14",
      "g@1:43 -> 1:43",
      "g@1:45 -> 1:45",
      "g@1:65 -> 1:45",
    ]);
  });

  it("leaves out property names, labels, meta properties and types; keeps shorthands and computed keys", () => {
    const lines = resolved(`function sat(o: { a: number }) {
  type T = { x: typeof o };
  const { a, b: c } = o as T;
  const p = { a, k: c, [a]: 1, m() { return 0 } };
  lbl: for (;;) break lbl;
  return p.k + o.a;
}`);
    expect(lines).toEqual([
      "o@1:14 -> 1:14",
      "a@3:11 -> 3:11",
      "c@3:17 -> 3:17",
      "o@3:23 -> 1:14",
      "p@4:9 -> 4:9",
      "a@4:15 -> 3:11",
      "c@4:21 -> 3:17",
      "a@4:25 -> 3:11",
      "p@6:10 -> 4:9",
      "o@6:16 -> 1:14",
    ]);
  });

  it("marks constructor parameter properties as fixed, and resolves class names", () => {
    const lines = resolved(
      "function sat(n: number) { class Box { constructor(public w: number, h: number) { h } } return new Box(n).w }",
    );
    expect(lines).toEqual([
      "n@1:14 -> 1:14",
      "Box@1:33 -> 1:33",
      "w@1:58 -> 1:58 (fixed)",
      "h@1:69 -> 1:69",
      "h@1:82 -> 1:69",
      "Box@1:99 -> 1:33",
      "n@1:103 -> 1:14",
    ]);
  });

  it("a class expression's name is visible inside it only", () => {
    const lines = resolved(
      "function sat(n: number) { const K = class Q { static m() { return Q } }; return Q }",
    );
    expect(lines).toEqual([
      "n@1:14 -> 1:14",
      "K@1:33 -> 1:33",
      "Q@1:43 -> 1:43",
      "Q@1:67 -> 1:43",
      "Q@1:81 -> free",
    ]);
  });
});
