// Small changes to JSON values that keep their kind and their evident invariants (sign, order, distinctness, alphabet).
import { type Json, jsonEqual } from "@puzzleloop/core";
import type { Prng } from "./prng.ts";

/** A nearby number: small integers move by one or two, larger ones by a few percent; the sign is kept. */
export function varyNumber(value: number, rng: Prng): number {
  if (!Number.isInteger(value)) {
    const decimals = Math.min(6, Math.max(1, (String(value).split(".")[1] ?? "").length));
    const factor = 1 + rng.pick([-1, 1]) * (0.03 + rng.next() * 0.12);
    const moved = Number((value * factor).toFixed(decimals));
    return moved === value ? Number((value + 10 ** -decimals).toFixed(decimals)) : moved;
  }
  const magnitude = Math.abs(value);
  let moved: number;
  if (magnitude <= 2) moved = value + (value < 0 ? -rng.int(1, 2) : rng.int(1, 2));
  else if (magnitude <= 20) moved = value + rng.pick([-2, -1, 1, 2]);
  else {
    const factor = 1 + rng.pick([-1, 1]) * (0.02 + rng.next() * 0.13);
    moved = Math.round(value * factor);
  }
  if (!Number.isSafeInteger(moved) || moved === value) moved = value + 1;
  // A positive count or bound staying positive keeps the puzzle meaningful.
  if (value > 0 && moved <= 0) moved = value + 1;
  if (value < 0 && moved >= 0) moved = value - 1;
  return moved;
}

/** A nearby string over the same characters: one replaced, swapped, added or dropped. */
export function varyString(value: string, rng: Prng): string | undefined {
  if (value.length === 0) return undefined;
  const chars = [...value];
  const alphabet = [...new Set(chars)];
  for (let attempt = 0; attempt < 8; attempt++) {
    const next = [...chars];
    const i = rng.int(0, next.length - 1);
    const op = rng.int(0, 3);
    if (op === 0 && alphabet.length > 1) next[i] = rng.pick(alphabet.filter((c) => c !== next[i]));
    else if (op === 1 && next.length > 1) {
      const j = i === next.length - 1 ? i - 1 : i + 1;
      [next[i], next[j]] = [next[j]!, next[i]!];
    } else if (op === 2) next.splice(i, 0, rng.pick(alphabet));
    else if (op === 3 && next.length > 2) next.splice(i, 1);
    const text = next.join("");
    if (text !== value) return text;
  }
  return undefined;
}

interface NumberListShape {
  sorted: boolean;
  distinct: boolean;
}

function shapeOf(values: readonly number[]): NumberListShape {
  return {
    sorted: values.length > 1 && values.every((x, i) => i === 0 || values[i - 1]! <= x),
    distinct: new Set(values).size === values.length,
  };
}

/**
 * A nearby list: one element changed (most often), two swapped, or one added or dropped when `mayResize`.
 * A list of numbers that was sorted or distinct stays so.
 */
export function varyList(value: readonly Json[], rng: Prng, mayResize: boolean): Json[] | undefined {
  if (value.length === 0) return undefined;
  const numbers = value.every((x) => typeof x === "number") ? (value as number[]) : undefined;
  const shape = numbers ? shapeOf(numbers) : { sorted: false, distinct: false };
  for (let attempt = 0; attempt < 8; attempt++) {
    let next: Json[] = [...value];
    const i = rng.int(0, next.length - 1);
    const roll = rng.next();
    if (roll < 0.6 || (!mayResize && (roll >= 0.8 || shape.sorted))) {
      const changed = varyValue(next[i]!, rng, false);
      if (changed === undefined) continue;
      next[i] = changed;
    } else if (roll < 0.8 && !shape.sorted && next.length > 1) {
      const j = rng.int(0, next.length - 1);
      if (i === j || jsonEqual(next[i]!, next[j]!)) continue;
      [next[i], next[j]] = [next[j]!, next[i]!];
    } else if (mayResize && (rng.chance(0.5) || next.length <= 2)) {
      const added = varyValue(rng.pick(next), rng, false);
      if (added === undefined) continue;
      next.splice(rng.int(0, next.length), 0, added);
    } else if (mayResize && next.length > 2) next.splice(i, 1);
    else continue;
    if (numbers && shape.sorted) next = (next as number[]).sort((a, b) => a - b);
    if (numbers && shape.distinct && new Set(next).size !== next.length) continue;
    if (!jsonEqual(next, value as Json[])) return next;
  }
  return undefined;
}

/**
 * A nearby value of the same kind, or undefined when there is none worth making (booleans and null
 * change a puzzle's meaning rather than its instance).
 */
export function varyValue(value: Json, rng: Prng, mayResize = true): Json | undefined {
  if (typeof value === "number") return varyNumber(value, rng);
  if (typeof value === "string") return varyString(value, rng);
  if (value === null || typeof value === "boolean") return undefined;
  if (Array.isArray(value)) return varyList(value, rng, mayResize);
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  const key = rng.pick(keys);
  const changed = varyValue(value[key]!, rng, mayResize);
  return changed === undefined ? undefined : { ...value, [key]: changed };
}
