// Transformation (b): one constant or comparison in `sat`'s body changed (`<` and `<=` swapped, `+ 1` made `+ 2`).
import type { SatFunction } from "@puzzleloop/core";
import ts from "typescript";
import type { DerivedPuzzle } from "./derived-puzzle.ts";
import { descriptionLines, title } from "./doc-comment.ts";
import type { Prng } from "./prng.ts";
import { parameterList, renderSat, satParts } from "./sat-source.ts";
import { derivationLine } from "./transform-kind.ts";
import { varyNumber } from "./vary-value.ts";

/** A place in the body that can be changed, with its replacement text. */
interface Site {
  start: number;
  end: number;
  replacement: string;
  /** What changed, for the doc comment. */
  change: string;
}

const SWAPPED: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: "<=",
  [ts.SyntaxKind.LessThanEqualsToken]: "<",
  [ts.SyntaxKind.GreaterThanToken]: ">=",
  [ts.SyntaxKind.GreaterThanEqualsToken]: ">",
};

// A radix, a digit count or a char code changed makes a puzzle throw rather than ask something new.
const FIXED_ARGUMENTS = new Set([
  "toString",
  "parseInt",
  "toFixed",
  "toPrecision",
  "toExponential",
  "fromCharCode",
  "charCodeAt",
  "codePointAt",
  "padStart",
  "padEnd",
]);

const PREFIX = "function sat";

/** Changes one site of the body (two at high temperature); undefined when the body has none to change. */
export function bodyEdit(sat: SatFunction, rng: Prng, temperature: number): DerivedPuzzle | undefined {
  const parts = satParts(sat);
  const head = `${PREFIX}${parts.typeParameters}(${parameterList(parts)}) `;
  const text = head + parts.body;
  const file = ts.createSourceFile("sat.ts", text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const fn = file.statements[0];
  if (fn === undefined || !ts.isFunctionDeclaration(fn) || fn.body === undefined) return undefined;
  const sites = findSites(fn.body, file, rng);
  if (sites.length === 0) return undefined;
  const count = Math.min(sites.length, rng.chance(Math.min(0.5, temperature * 0.25)) ? 2 : 1);
  const chosen = rng
    .shuffle(sites)
    .slice(0, count)
    .sort((a, b) => b.start - a.start);
  let body = text;
  for (const site of chosen) body = body.slice(0, site.start) + site.replacement + body.slice(site.end);
  const changes = chosen.reverse().map((s) => s.change);
  const from = title(sat.doc);
  const doc = [
    ...descriptionLines(sat.doc),
    "",
    derivationLine("body-edit", `from "${from}": ${changes.join("; ")}.`),
  ];
  return {
    kind: "body-edit",
    source: renderSat(doc, { ...parts, body: body.slice(head.length) }),
    summary: `The puzzle "${from}" with a changed condition (${changes.join("; ")}).`,
  };
}

function findSites(body: ts.Block, file: ts.SourceFile, rng: Prng): Site[] {
  const sites: Site[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node)) return;
    if (ts.isBinaryExpression(node)) {
      const swapped = SWAPPED[node.operatorToken.kind];
      if (swapped !== undefined) {
        const op = node.operatorToken;
        sites.push({
          start: op.getStart(file),
          end: op.end,
          replacement: swapped,
          change: `\`${op.getText(file)}\` became \`${swapped}\` in \`${snippet(node, file)}\``,
        });
      }
    }
    if (ts.isNumericLiteral(node) && changeableNumber(node)) {
      const value = Number(node.text);
      const next = varyNumber(value, rng);
      sites.push({
        start: node.getStart(file),
        end: node.end,
        replacement: String(next),
        change: `the constant ${node.getText(file)} became ${next} in \`${snippet(node.parent, file)}\``,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return sites;
}

function changeableNumber(node: ts.NumericLiteral): boolean {
  const value = Number(node.text);
  if (!Number.isFinite(value) || value === 0) return false;
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (ts.isCallExpression(parent) && parent.arguments.includes(node)) {
    const callee = parent.expression;
    const name = ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : ts.isIdentifier(callee)
        ? callee.text
        : "";
    if (FIXED_ARGUMENTS.has(name)) return false;
  }
  // A 1 is mostly structure (`i + 1` walking a list, `=== 1` for a unit); only `+ 1` and `- 1` on a value move.
  if (value === 1) {
    return (
      ts.isBinaryExpression(parent) &&
      parent.right === node &&
      (parent.operatorToken.kind === ts.SyntaxKind.PlusToken ||
        parent.operatorToken.kind === ts.SyntaxKind.MinusToken) &&
      !ts.isElementAccessExpression(parent.parent)
    );
  }
  return true;
}

function snippet(node: ts.Node, file: ts.SourceFile): string {
  const text = node.getText(file).replace(/\s+/g, " ");
  return text.length <= 48 ? text : `${text.slice(0, 47)}…`;
}
