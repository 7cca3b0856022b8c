// Rewrites a library solution for a puzzle that is the same program with other constants: its defaults, and optionally its body's constants.
import type { Json, SatFunction, SolFunction } from "@puzzleloop/core";
import ts from "typescript";
import { literalText } from "./literal-text.ts";
import { blockBody, indent, paramParts, paramText } from "./sat-source.ts";

/** A constant of the old puzzle's body that became another in the new one. */
export interface LiteralChange {
  from: Json;
  to: Json;
}

/** The parameter list a `sol` for `sat` must have: the same names and defaults as `sat` after the answer. */
export function solParameters(sat: SatFunction): string {
  return sat.params.map((p) => paramText(paramParts(p))).join(", ");
}

/**
 * `sol` for `sat`, computed by `solution` (written for a puzzle of the same shape). When the parameter names
 * agree, the solution is rewritten in place with `sat`'s defaults; otherwise it is wrapped and called with
 * `sat`'s parameters, matched by name, else by position, else left to its own defaults.
 */
export function adaptSolution(
  sat: SatFunction,
  solution: SolFunction,
  extras: readonly string[] = [],
  changes: readonly LiteralChange[] = [],
): string {
  const body = changes.length === 0 ? blockBody(solution) : rewriteLiterals(blockBody(solution), changes);
  const names = sat.params.map((p) => p.name);
  const same =
    solution.params.length === names.length && solution.params.every((p, i) => p.name === names[i]);
  const head = `export function sol${same ? solution.typeParameters : ""}(${solParameters(sat)}): ${sat.answer.type}`;
  let code: string;
  if (same) code = `${head} ${body}`;
  else {
    const args = solution.params.map((p, i) =>
      names.includes(p.name) ? p.name : solution.params.length === names.length ? names[i]! : "undefined",
    );
    while (args[args.length - 1] === "undefined") args.pop();
    const returns = solution.returnType === undefined ? "" : `: ${solution.returnType}`;
    const inner = `function solve${solution.typeParameters}(${solution.parameters.trim()})${returns} ${body}`;
    code = `${head} {\n${indent(inner)}\n  return solve(${args.join(", ")});\n}`;
  }
  return [...extras, code].join("\n\n");
}

/** Replaces each literal of the body equal to a change's `from` by its `to`; other code is left as it was. */
export function rewriteLiterals(body: string, changes: readonly LiteralChange[]): string {
  const file = ts.createSourceFile(
    "body.ts",
    `function f() ${body}`,
    ts.ScriptTarget.ESNext,
    true,
    ts.ScriptKind.TS,
  );
  const offset = "function f() ".length;
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node)) return;
    let value: Json | undefined;
    if (
      ts.isPrefixUnaryExpression(node) &&
      node.operator === ts.SyntaxKind.MinusToken &&
      ts.isNumericLiteral(node.operand)
    ) {
      value = -Number(node.operand.text);
    } else if (ts.isNumericLiteral(node)) value = Number(node.text);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) value = node.text;
    if (value !== undefined) {
      const change = changes.find((c) => c.from === value);
      if (change !== undefined) {
        edits.push({
          start: node.getStart(file) - offset,
          end: node.end - offset,
          text: literalText(change.to),
        });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    const text = typeof edit.text === "string" && edit.text.startsWith("-") ? `(${edit.text})` : edit.text;
    out = out.slice(0, edit.start) + text + out.slice(edit.end);
  }
  return out;
}
