// Transformation (d): a puzzle asked of a simple transform of the answer (reversed, or shifted by a constant).
import type { SatFunction } from "@puzzleloop/core";
import ts from "typescript";
import type { DerivedPuzzle } from "./derived-puzzle.ts";
import { descriptionLines, title } from "./doc-comment.ts";
import type { Prng } from "./prng.ts";
import { innerFunction, paramParts, renderSat } from "./sat-source.ts";
import { derivationLine } from "./transform-kind.ts";
import { typeNode } from "./type-node.ts";

/** A transform of the answer: how `sat` applies it, and what the doc comment says of it. */
interface AnswerTransform {
  apply: (answer: string) => string;
  prose: string;
}

/** The transforms that fit an answer type: each has a simple inverse, so the new puzzle is as solvable as the old. */
export function answerTransforms(type: string, rng: Prng): AnswerTransform[] {
  const node = typeNode(type);
  if (node === undefined) return [];
  if (node.kind === ts.SyntaxKind.NumberKeyword) {
    const shift = rng.int(1, 9);
    return [
      {
        apply: (y) => `${y} - ${shift}`,
        prose: `Give the answer plus ${shift}: the check is applied to what is given minus ${shift}.`,
      },
    ];
  }
  if (node.kind === ts.SyntaxKind.StringKeyword) {
    return [
      {
        apply: (y) => `[...${y}].reverse().join("")`,
        prose: "Give the answer reversed: the check is applied to the reverse of what is given.",
      },
    ];
  }
  const reversible =
    ts.isArrayTypeNode(node) ||
    (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === "Array") ||
    (ts.isTupleTypeNode(node) &&
      node.elements.length > 1 &&
      node.elements.every(
        (e) =>
          !ts.isNamedTupleMember(e) &&
          !ts.isRestTypeNode(e) &&
          !ts.isOptionalTypeNode(e) &&
          e.getText() === node.elements[0]!.getText(),
      ));
  if (!reversible) return [];
  const cast = ts.isTupleTypeNode(node) ? ` as ${type}` : "";
  return [
    {
      apply: (y) => `[...${y}].reverse()${cast}`,
      prose: "Give the answer's elements in reverse order: the check is applied to the list reversed.",
    },
  ];
}

/** `sat` checking the transformed answer with the original check; undefined when no transform fits the type. */
export function composition(sat: SatFunction, rng: Prng): DerivedPuzzle | undefined {
  if (sat.typeParameters !== "") return undefined;
  const transforms = answerTransforms(sat.answer.type, rng);
  if (transforms.length === 0) return undefined;
  const transform = rng.pick(transforms);
  const answer = sat.answer.name;
  const taken = new Set([answer, ...sat.params.map((p) => p.name)]);
  let inner = "inner";
  for (let i = 2; taken.has(inner); i++) inner = `inner${i}`;
  const args = [transform.apply(answer), ...sat.params.map((p) => p.name)];
  const body = ["{", innerFunction(inner, sat), `  return ${inner}(${args.join(", ")});`, "}"].join("\n");
  const from = title(sat.doc);
  const doc = [
    ...descriptionLines(sat.doc),
    transform.prose,
    "",
    derivationLine("composition", `from "${from}".`),
  ];
  return {
    kind: "composition",
    source: renderSat(doc, {
      typeParameters: "",
      answer: sat.answer,
      params: sat.params.map(paramParts),
      body,
    }),
    summary: `The puzzle "${from}" asked of a transformed answer. ${transform.prose}`,
  };
}
