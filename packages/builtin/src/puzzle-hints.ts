// The constants a puzzle mentions (in its defaults and its body): where search starts looking for answers.
import type { Json, SatFunction } from "@puzzleloop/core";
import ts from "typescript";
import { blockBody } from "./sat-source.ts";

export interface PuzzleHints {
  /** Distinct numbers, defaults first, then the body's, then numbers inside default lists. */
  numbers: number[];
  /** Distinct strings, defaults first. */
  strings: string[];
  /** Default values that are lists. */
  lists: Json[][];
}

const MAX_NUMBERS = 24;
const MAX_STRINGS = 16;

export function puzzleHints(sat: SatFunction): PuzzleHints {
  const numbers: number[] = [];
  const strings: string[] = [];
  const lists: Json[][] = [];
  const nested: number[] = [];
  const addNumber = (n: number, to = numbers) => {
    if (Number.isFinite(n) && !numbers.includes(n) && !to.includes(n)) to.push(n);
  };
  const addString = (s: string) => {
    if (!strings.includes(s)) strings.push(s);
  };
  for (const { default: value } of sat.params) {
    if (typeof value === "number") addNumber(value);
    else if (typeof value === "string") addString(value);
    else if (Array.isArray(value)) {
      lists.push(value);
      for (const item of value.flat(2)) {
        if (typeof item === "number") addNumber(item, nested);
        else if (typeof item === "string") addString(item);
      }
    }
  }
  const file = ts.createSourceFile(
    "body.ts",
    `function f() ${blockBody(sat)}`,
    ts.ScriptTarget.ESNext,
    true,
    ts.ScriptKind.TS,
  );
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node)) return;
    if (
      ts.isPrefixUnaryExpression(node) &&
      node.operator === ts.SyntaxKind.MinusToken &&
      ts.isNumericLiteral(node.operand)
    ) {
      addNumber(-Number(node.operand.text));
      return;
    }
    if (ts.isNumericLiteral(node)) addNumber(Number(node.text));
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) addString(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const n of nested) addNumber(n);
  return { numbers: numbers.slice(0, MAX_NUMBERS), strings: strings.slice(0, MAX_STRINGS), lists };
}
