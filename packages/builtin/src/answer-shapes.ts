// The shape of a list answer relative to its puzzle's constants ("bits, as many as a default list is long"): learned from verified answers, enumerated for new puzzles.
import type { Json } from "@puzzleloop/core";
import type { Prng } from "./prng.ts";
import type { PuzzleHints } from "./puzzle-hints.ts";
import { interleave } from "./streams.ts";

/**
 * What a list's elements are: 0s and 1s; digits below a base; a permutation of 0..n-1; values of one of
 * the puzzle's lists, in order and repeats allowed (elements, such as coins picked from the ones given);
 * or the increasing members of 0..n-1 (a subset, such as indices chosen from a list).
 */
export type ShapeAlphabet = "bits" | "digits" | "permutation" | "elements" | "subset";

/** `"hint"`: one of the puzzle's sizes (see {@link puzzleSizes}), whichever it is; a number: that constant. */
export type ShapeSize = number | "hint";

export interface AnswerShape {
  alphabet: ShapeAlphabet;
  /** The list's length; for a subset, the size of the set it is taken from. */
  size: ShapeSize;
  /** For digits, how many values there are. */
  base?: ShapeSize;
}

/** Candidates enumerated in order when a space has at most this many; sampled otherwise. */
const EXHAUSTIVE = 4096;
/** The most elements taken from one list, and the most distinct values it may have to be taken from. */
const MAX_ELEMENTS = 8;
const MAX_VALUES = 16;
// A larger constant size is a coincidence of one puzzle, not a shape another shares.
const MAX_CONSTANT = 16;
const MAX_SIZE = 64;

/** The sizes a puzzle mentions: its small positive integers, then the lengths of its lists and strings. */
export function puzzleSizes(hints: PuzzleHints): number[] {
  const sizes = [
    ...hints.numbers.filter((n) => Number.isSafeInteger(n)),
    ...hints.lists.map((l) => l.length),
    ...hints.strings.map((s) => s.length),
  ];
  return [...new Set(sizes.filter((n) => n > 0 && n <= MAX_SIZE))];
}

/** A stable text form, which names the shape in counts and in the persisted prior. */
export function shapeKey(shape: AnswerShape): string {
  return shape.base === undefined
    ? `${shape.alphabet}/${shape.size}`
    : `${shape.alphabet}/${shape.size}/${shape.base}`;
}

export function parseShapeKey(key: string): AnswerShape | undefined {
  const [alphabet, size, base, ...rest] = key.split("/");
  const sizeOf = (text: string | undefined): ShapeSize | undefined => {
    if (text === "hint") return "hint";
    const n = Number(text);
    return Number.isSafeInteger(n) && n > 0 && n <= MAX_CONSTANT ? n : undefined;
  };
  const parsedSize = sizeOf(size);
  if (rest.length > 0 || parsedSize === undefined) return undefined;
  if (alphabet === "digits") {
    const parsedBase = sizeOf(base);
    return parsedBase === undefined ? undefined : { alphabet, size: parsedSize, base: parsedBase };
  }
  if (base !== undefined) return undefined;
  return alphabet === "bits" || alphabet === "permutation" || alphabet === "elements" || alphabet === "subset"
    ? { alphabet, size: parsedSize }
    : undefined;
}

/** The shape of `answer` for a puzzle with these hints; undefined for anything but a list of small naturals. */
export function shapeOf(answer: Json, hints: PuzzleHints): AnswerShape | undefined {
  if (!Array.isArray(answer) || answer.length < 2) return undefined;
  if (!answer.every((x) => typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return undefined;
  const xs = answer as number[];
  const sizes = puzzleSizes(hints);
  const size = (n: number): ShapeSize | undefined =>
    sizes.includes(n) ? "hint" : n <= MAX_CONSTANT ? n : undefined;
  const max = Math.max(...xs);
  const length = size(xs.length);
  if (max === xs.length - 1 && new Set(xs).size === xs.length) {
    return length === undefined ? undefined : { alphabet: "permutation", size: length };
  }
  if (max <= 1) return length === undefined ? undefined : { alphabet: "bits", size: length };
  const ordered = xs.every((x, i) => i === 0 || x >= xs[i - 1]!);
  if (
    ordered &&
    xs.length <= MAX_ELEMENTS &&
    valueLists(hints).some((values) => xs.every((x) => values.includes(x)))
  ) {
    return { alphabet: "elements", size: "hint" };
  }
  if (xs.every((x, i) => i === 0 || x > xs[i - 1]!)) {
    // A subset of what? Of 0..n-1 for a size n of the puzzle's that holds it (indices into one of its lists).
    return sizes.some((n) => n > max) ? { alphabet: "subset", size: "hint" } : undefined;
  }
  const base = size(max + 1);
  if (length === undefined || base === undefined) return undefined;
  return { alphabet: "digits", size: length, base };
}

/**
 * Lists of `shape` for a puzzle with these hints: for every size (and base) the shape allows there, all of
 * them in order when there are few, random ones otherwise; the sizes take turns.
 */
export function* shapeCandidates(shape: AnswerShape, hints: PuzzleHints, rng: Prng): Generator<Json> {
  // Elements come from the puzzle's lists, whatever its sizes.
  if (shape.alphabet === "elements") {
    yield* interleave(valueLists(hints).map((values) => multisets(values)));
    return;
  }
  const sizes = puzzleSizes(hints);
  const choices = (s: ShapeSize) => (s === "hint" ? sizes : [s]);
  const streams: Iterator<Json>[] = [];
  for (const n of choices(shape.size)) {
    const random = rng.fork(`${shapeKey(shape)} ${n}`);
    switch (shape.alphabet) {
      case "bits":
        if (n >= 2) streams.push(digitLists(n, 2, random));
        break;
      case "digits":
        for (const base of choices(shape.base ?? 2)) {
          if (n >= 2 && base >= 3) streams.push(digitLists(n, base, random.fork(base)));
        }
        break;
      case "permutation":
        if (n >= 2) streams.push(permutations(n, random));
        break;
      case "subset":
        if (n >= 2) streams.push(subsets(n, random));
        break;
    }
  }
  yield* interleave(streams);
}

/** The distinct numbers of each of the puzzle's lists that has few enough, in increasing order. */
function valueLists(hints: PuzzleHints): number[][] {
  const out: number[][] = [];
  for (const list of hints.lists) {
    const values = [...new Set(list.flat(3))].filter((x): x is number => typeof x === "number");
    if (values.length > 0 && values.length <= MAX_VALUES) out.push(values.sort((a, b) => a - b));
  }
  return out;
}

/** Non-decreasing lists of `values`, repeats allowed: all of one length, then of the next, up to MAX_ELEMENTS. */
function* multisets(values: readonly number[]): Generator<Json> {
  const pick = (length: number, from: number): number[][] =>
    length === 0
      ? [[]]
      : values.slice(from).flatMap((v, i) => pick(length - 1, from + i).map((rest) => [v, ...rest]));
  for (let length = 1, produced = 0; length <= MAX_ELEMENTS && produced < EXHAUSTIVE * 4; length++) {
    const lists = pick(length, 0);
    produced += lists.length;
    yield* lists;
  }
}

/** Lists of `length` digits below `base`: counting through all of them, or random ones when there are many. */
function* digitLists(length: number, base: number, rng: Prng): Generator<Json> {
  if (base ** length > EXHAUSTIVE) {
    for (;;) yield Array.from({ length }, () => rng.int(0, base - 1));
  }
  const digits = new Array<number>(length).fill(0);
  for (let count = 0; count < base ** length; count++) {
    yield [...digits];
    for (let i = length - 1; i >= 0; i--) {
      digits[i]! += 1;
      if (digits[i]! < base) break;
      digits[i] = 0;
    }
  }
}

/** Permutations of 0..n-1: in lexicographic order when there are few, shuffles otherwise. */
function* permutations(n: number, rng: Prng): Generator<Json> {
  const identity = Array.from({ length: n }, (_, i) => i);
  if (factorial(n) > EXHAUSTIVE) {
    for (;;) yield rng.shuffle(identity);
  }
  const p = identity;
  for (;;) {
    yield [...p];
    // The next permutation in lexicographic order.
    let i = n - 2;
    while (i >= 0 && p[i]! > p[i + 1]!) i--;
    if (i < 0) return;
    let j = n - 1;
    while (p[j]! < p[i]!) j--;
    [p[i], p[j]] = [p[j]!, p[i]!];
    p.splice(i + 1, n - i - 1, ...p.slice(i + 1).reverse());
  }
}

/** Increasing lists of members of 0..n-1: smaller ones first when there are few, random ones otherwise. */
function* subsets(n: number, rng: Prng): Generator<Json> {
  if (2 ** n > EXHAUSTIVE) {
    for (;;) {
      const keep = rng.next();
      yield Array.from({ length: n }, (_, i) => i).filter(() => rng.chance(keep));
    }
  }
  const all = Array.from({ length: 2 ** n }, (_, mask) =>
    Array.from({ length: n }, (_, i) => i).filter((i) => (mask >> i) & 1),
  );
  yield* all.sort((a, b) => a.length - b.length);
}

function factorial(n: number): number {
  let out = 1;
  for (let k = 2; k <= n; k++) out *= k;
  return out;
}
