// Transformation (a): the same puzzle with other parameter defaults, nudged so that it stays fast and solvable.
import { type Json, jsonEqual, type SatFunction } from "@puzzleloop/core";
import type { DerivedPuzzle } from "./derived-puzzle.ts";
import { descriptionLines, title } from "./doc-comment.ts";
import { literalText, shortText } from "./literal-text.ts";
import type { Prng } from "./prng.ts";
import { renderSat, satParts } from "./sat-source.ts";
import { derivationLine } from "./transform-kind.ts";
import { varyValue } from "./vary-value.ts";

const changeable = (value: Json) => value !== null && typeof value !== "boolean";

/** Changes the defaults of one parameter, or two when the temperature is high and luck says so. */
export function newDefaults(sat: SatFunction, rng: Prng, temperature: number): DerivedPuzzle | undefined {
  const candidates = sat.params.filter((p) => changeable(p.default));
  if (candidates.length === 0) return undefined;
  const count = Math.min(candidates.length, rng.chance(Math.min(0.6, temperature * 0.3)) ? 2 : 1);
  const chosen = rng.shuffle(candidates).slice(0, count);
  const parts = satParts(sat);
  const changes: string[] = [];
  for (const param of chosen) {
    const value = param.default;
    // Lists that line up with another list of the same length (moduli and remainders) keep their length.
    const paired =
      Array.isArray(value) &&
      sat.params.some((q) => q !== param && Array.isArray(q.default) && q.default.length === value.length);
    const next = varyValue(value, rng, !paired);
    if (next === undefined) continue;
    const index = sat.params.indexOf(param);
    parts.params = parts.params.map((p, i) => (i === index ? { ...p, defaultText: literalText(next) } : p));
    changes.push(describeChange(param.name, value, next));
  }
  if (changes.length === 0) return undefined;
  const from = title(sat.doc);
  const doc = [
    ...descriptionLines(sat.doc),
    "",
    derivationLine("new-defaults", `from "${from}": ${changes.join(", ")}.`),
  ];
  return {
    kind: "new-defaults",
    source: renderSat(doc, parts),
    summary: `The puzzle "${from}" with new parameter defaults (${changes.join(", ")}).`,
  };
}

/** How a default changed, readably: long lists are described by the entries that changed. */
export function describeChange(name: string, before: Json, after: Json): string {
  const whole = `${name} = ${shortText(before)} became ${shortText(after)}`;
  if (literalText(before).length <= 40 && literalText(after).length <= 40) return whole;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length)
      return `${name} went from ${before.length} to ${after.length} entries: ${shortText(after)}`;
    const changed = before.flatMap((x, i) => (jsonEqual(x, after[i]!) ? [] : [i]));
    if (changed.length <= 2) {
      return changed
        .map((i) => `${name}[${i}] = ${shortText(before[i]!)} became ${shortText(after[i]!)}`)
        .join(", ");
    }
    return `${changed.length} entries of ${name} changed (now ${shortText(after)})`;
  }
  return whole;
}
