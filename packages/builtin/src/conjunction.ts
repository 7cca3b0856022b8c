// Transformation (c): two puzzles with the same answer type asked at once, both inlined, their parameters merged.
import type { SatFunction } from "@puzzleloop/core";
import type { DerivedPuzzle } from "./derived-puzzle.ts";
import { descriptionLines, title } from "./doc-comment.ts";
import type { Prng } from "./prng.ts";
import { innerFunction, type ParamText, paramParts, renderSat, typeKey } from "./sat-source.ts";
import { derivationLine } from "./transform-kind.ts";

/** `sat` holding `first` and `second`; undefined unless some other example shares the first one's answer type. */
export function conjunction(
  first: SatFunction,
  examples: readonly SatFunction[],
  rng: Prng,
): DerivedPuzzle | undefined {
  if (first.typeParameters !== "") return undefined;
  const partners = examples.filter(
    (e) =>
      e !== first &&
      e.typeParameters === "" &&
      typeKey(e.answer.type) === typeKey(first.answer.type) &&
      e.body !== first.body,
  );
  if (partners.length === 0) return undefined;
  const second = rng.pick(partners);
  const answer = first.answer.name;
  const taken = new Set<string>([answer]);
  const params: ParamText[] = [];
  const argsOf = (sat: SatFunction): string[] =>
    sat.params.map((p) => {
      let name = p.name;
      for (let i = 2; taken.has(name); i++) name = `${p.name}${i}`;
      taken.add(name);
      params.push({ ...paramParts(p), name });
      return name;
    });
  const firstArgs = argsOf(first);
  const secondArgs = argsOf(second);
  const [a, b] = innerNames(taken);
  const body = [
    "{",
    innerFunction(a, first),
    innerFunction(b, second),
    `  return ${a}(${[answer, ...firstArgs].join(", ")}) && ${b}(${[answer, ...secondArgs].join(", ")});`,
    "}",
  ].join("\n");
  const titles = [title(first.doc), title(second.doc)];
  const doc = [
    "Find one answer that solves two puzzles at once:",
    `- ${descriptionLines(first.doc).join(" ") || titles[0]}`,
    `- ${descriptionLines(second.doc).join(" ") || titles[1]}`,
    "",
    derivationLine("conjunction", `of "${titles[0]}" and "${titles[1]}".`),
  ];
  return {
    kind: "conjunction",
    source: renderSat(doc, { typeParameters: "", answer: first.answer, params, body }),
    summary: `Both "${titles[0]}" and "${titles[1]}" at once, with one answer.`,
  };
}

function innerNames(taken: ReadonlySet<string>): [string, string] {
  let suffix = "";
  for (let i = 2; taken.has(`satA${suffix}`) || taken.has(`satB${suffix}`); i++) suffix = String(i);
  return [`satA${suffix}`, `satB${suffix}`];
}
