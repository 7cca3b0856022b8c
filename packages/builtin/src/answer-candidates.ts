// Candidate answers for an answer type, in named families (the puzzle's constants, their neighbours, ranges, slices, ...) interleaved by weight.
import { type Json, trivialAnswers } from "@puzzleloop/core";
import ts from "typescript";
import { type AnswerShape, shapeCandidates, shapeKey } from "./answer-shapes.ts";
import type { Prng } from "./prng.ts";
import type { PuzzleHints } from "./puzzle-hints.ts";
import { interleave } from "./streams.ts";
import { typeNode } from "./type-node.ts";

/**
 * One way of proposing answers. Its name is `class:kind` (`number:scan`, `number[]:setops`), where the
 * class is the coarse answer type, so that what is learned about a family carries over between puzzles.
 */
export interface CandidateFamily {
  name: string;
  /** Random families cannot be told apart from luck: nothing is learned from them. */
  random: boolean;
  make: () => Iterator<Json>;
}

export interface CandidateOptions {
  /**
   * Relative share of the candidates each family gets, given the names of the families it shares them with.
   * @defaultValue every family 1
   */
  weight?: FamilyWeight;
  /**
   * Answers known to have been right for other puzzles of this type, tried as one more family.
   * @defaultValue none
   */
  bank?: readonly Json[];
  /**
   * Shapes of list answers that were right for other puzzles, with how many puzzles had each: enumerated
   * for this puzzle's sizes as one more family, each shape's share following its count.
   * @defaultValue none
   */
  shapes?: readonly CountedShape[];
}

export interface CountedShape {
  shape: AnswerShape;
  count: number;
}

/** A family's relative share of a stream, given all the family names of that stream. */
export type FamilyWeight = (family: string, siblings: readonly string[]) => number;

/** The family name of answers taken from training (see {@link CandidateOptions.bank}). */
export const BANK = "bank";

/** The family name of learned answer shapes (see {@link CandidateOptions.shapes}). */
export const SHAPE = "shape";

/**
 * An endless (or, for finite types, exhausted) stream of candidate answers for `type`: the trivial values,
 * then the families interleaved, each getting a share of the stream proportional to its weight. Values may
 * repeat; the consumer removes duplicates and decides when to stop.
 */
export function* answerCandidates(
  type: string,
  hints: PuzzleHints,
  rng: Prng,
  options: CandidateOptions = {},
): Generator<Json> {
  yield* trivialAnswers(type);
  const families = candidateFamilies(type, hints, rng);
  const bank = options.bank ?? [];
  if (bank.length > 0) {
    const name = `${typeClassOf(type)}:${BANK}`;
    families.unshift({ name, random: false, make: () => bank[Symbol.iterator]() });
  }
  const shapes = shapeFamily(type, hints, rng, options.shapes ?? []);
  if (shapes !== undefined) families.unshift(shapes);
  yield* interleaveByWeight(families, options.weight ?? (() => 1));
}

/** The families proposing answers for `type`, not counting the trivial values; none for a type not understood. */
export function candidateFamilies(type: string, hints: PuzzleHints, rng: Prng): CandidateFamily[] {
  const node = typeNode(type);
  return node === undefined ? [] : familiesFor(node, hints, rng);
}

/**
 * The learned shapes as one family, each shape's share following its count; undefined when none was
 * learned or the type is not a list of numbers, the only answers shapes describe.
 */
export function shapeFamily(
  type: string,
  hints: PuzzleHints,
  rng: Prng,
  shapes: readonly CountedShape[],
): CandidateFamily | undefined {
  const cls = typeClassOf(type);
  if (shapes.length === 0 || cls !== "number[]") return undefined;
  const counts = new Map(shapes.map(({ shape, count }) => [shapeKey(shape), count]));
  const make = () =>
    interleaveByWeight(
      shapes.map(({ shape }) =>
        family(shapeKey(shape), () => shapeCandidates(shape, hints, rng.fork(shapeKey(shape)))),
      ),
      (name) => counts.get(name) ?? 1,
    );
  // Random for large spaces, but in order for small ones: what is learned from it is the shapes' counts.
  return { name: `${cls}:${SHAPE}`, random: false, make };
}

/** The coarse class of an answer type that family names start with: `number`, `string[]`, `tuple`, ... */
export function typeClassOf(type: string): string {
  const node = typeNode(type);
  return node === undefined ? "unknown" : classOf(node);
}

function unwrap(node: ts.TypeNode): ts.TypeNode {
  while (
    ts.isParenthesizedTypeNode(node) ||
    (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword)
  ) {
    node = node.type;
  }
  return node;
}

function elementOf(node: ts.TypeNode): ts.TypeNode | undefined {
  if (ts.isArrayTypeNode(node)) return node.elementType;
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const [element] = node.typeArguments ?? [];
    if ((node.typeName.text === "Array" || node.typeName.text === "ReadonlyArray") && element !== undefined) {
      return element;
    }
  }
  return undefined;
}

function classOf(input: ts.TypeNode): string {
  const node = unwrap(input);
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword:
      return "number";
    case ts.SyntaxKind.StringKeyword:
      return "string";
    case ts.SyntaxKind.BooleanKeyword:
      return "boolean";
  }
  const element = elementOf(node);
  if (element !== undefined) return `${classOf(element)}[]`;
  if (ts.isTupleTypeNode(node)) return "tuple";
  if (ts.isTypeLiteralNode(node)) return "object";
  if (ts.isUnionTypeNode(node)) return "union";
  return "other";
}

function family(name: string, make: () => Iterator<Json>, random = false): CandidateFamily {
  return { name, random, make };
}

function familiesFor(input: ts.TypeNode, hints: PuzzleHints, rng: Prng): CandidateFamily[] {
  const node = unwrap(input);
  const cls = classOf(node);
  const named = (kind: string, make: () => Iterator<Json>, random = false) =>
    family(`${cls}:${kind}`, make, random);
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword:
      return [
        named("hint", () => numberHints(hints)),
        named("arith", () => numberArithmetic(hints)),
        named("measure", () => measures(hints)),
        named("small", () => smallIntegers(2000)),
        named("scan", () => scans(hints)),
        named("power", () => powers()),
        named("random", () => randomNumbers(rng.fork("numbers")), true),
      ];
    case ts.SyntaxKind.StringKeyword:
      return [
        named("hint", () => stringHints(hints)),
        named("numeric", () => numericStrings(hints)),
        named("concat", () => concatenations(hints)),
        named("slice", () => slices(hints)),
        named("pad", () => paddings(hints)),
        named("enum", () => enumeration(hints)),
        named("random", () => randomStrings(hints, rng.fork("strings")), true),
      ];
    case ts.SyntaxKind.BooleanKeyword:
      return [named("all", () => [true, false][Symbol.iterator]())];
  }
  const element = elementOf(node);
  if (element !== undefined) return listFamilies(cls, element, hints, rng);
  if (ts.isTupleTypeNode(node)) {
    const elements = node.elements.map((e) => (ts.isNamedTupleMember(e) ? e.type : e));
    if (elements.some((e) => ts.isRestTypeNode(e) || ts.isOptionalTypeNode(e))) return [];
    const streams = elements.map((e, i) => () => defaultStream(e, hints, rng.fork(`position ${i}`)));
    const out = [named("product", () => products(streams))];
    if (elements.every((e) => unwrap(e).kind === ts.SyntaxKind.NumberKeyword)) {
      out.push(named("small", () => smallTuples(elements.length, hints)));
      out.push(named("signed", () => signedTuples(elements.length)));
    }
    out.push(named("random", () => randomRows(streams, rng.fork("rows")), true));
    return out;
  }
  if (ts.isTypeLiteralNode(node)) {
    const members = node.members.filter(
      (m): m is ts.PropertySignature =>
        ts.isPropertySignature(m) &&
        m.type !== undefined &&
        (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)),
    );
    if (members.length !== node.members.length || members.length === 0) return [];
    const keys = members.map((m) => (m.name as ts.Identifier | ts.StringLiteral).text);
    const streams = members.map((m, i) => () => defaultStream(m.type!, hints, rng.fork(`member ${i}`)));
    const toObject = (row: Json[]) => Object.fromEntries(keys.map((k, i) => [k, row[i]!]));
    return [
      named("product", () => mapStream(products(streams), toObject)),
      named("random", () => mapStream(randomRows(streams, rng.fork("rows")), toObject), true),
    ];
  }
  if (ts.isUnionTypeNode(node)) {
    return [named("members", () => interleave(node.types.map((t) => defaultStream(t, hints, rng))))];
  }
  return [];
}

/** Every family of a type at equal weight: what an element of a list or a position of a tuple is drawn from. */
function defaultStream(node: ts.TypeNode, hints: PuzzleHints, rng: Prng): Generator<Json> {
  return interleaveByWeight(familiesFor(node, hints, rng), () => 1);
}

/**
 * Stride scheduling: each family advances by the inverse of its weight and the one furthest behind goes
 * next, so the stream is deterministic and each family's share follows its weight. Ties go to the earlier
 * family, so with equal weights the families take turns in their listed order.
 */
export function* interleaveByWeight(
  families: readonly CandidateFamily[],
  weight: FamilyWeight,
): Generator<Json> {
  const names = families.map((f) => f.name);
  const live = families.map((f, order) => ({
    stream: f.make(),
    stride: 1 / Math.max(1e-3, weight(f.name, names)),
    pass: 0,
    order,
  }));
  while (live.length > 0) {
    let best = 0;
    for (let i = 1; i < live.length; i++) {
      const a = live[i]!;
      const b = live[best]!;
      if (a.pass < b.pass || (a.pass === b.pass && a.order < b.order)) best = i;
    }
    const chosen = live[best]!;
    const item = chosen.stream.next();
    if (item.done) {
      live.splice(best, 1);
      continue;
    }
    chosen.pass += chosen.stride;
    yield item.value;
  }
}

function* mapStream<T>(stream: Iterator<T>, f: (value: T) => Json): Generator<Json> {
  for (let item = stream.next(); !item.done; item = stream.next()) yield f(item.value);
}

/** The first `count` distinct values of a stream. */
function take(stream: Iterator<Json>, count: number): Json[] {
  const out: Json[] = [];
  const seen = new Set<string>();
  for (let guard = 0; out.length < count && guard < count * 20; guard++) {
    const item = stream.next();
    if (item.done) break;
    const key = JSON.stringify(item.value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item.value);
  }
  return out;
}

const isInt = (n: number) => Number.isSafeInteger(n);

// Numbers.

function* numberHints(hints: PuzzleHints): Generator<Json> {
  for (const v of hints.numbers.slice(0, 12)) {
    yield v;
    yield v - 1;
    yield v + 1;
    yield -v;
    yield 2 * v;
    if (isInt(v) && v % 2 === 0) yield v / 2;
    const root = Math.round(Math.sqrt(Math.abs(v)));
    if (root * root === Math.abs(v)) yield root;
  }
}

function* numberArithmetic(hints: PuzzleHints): Generator<Json> {
  const few = hints.numbers.slice(0, 8);
  for (const a of few) {
    for (const b of few) {
      if (a === b) continue;
      yield a + b;
      yield a - b;
      yield a * b;
      if (b !== 0 && isInt(a / b)) yield a / b;
    }
  }
  // Linear conditions (`a * x + b === c`) are common: (c - b) / a and (c + b) / a solve them.
  for (const a of few) {
    if (a === 0) continue;
    for (const b of few) {
      for (const c of few) {
        if (a === b || b === c || a === c) continue;
        if (isInt((c - b) / a)) yield (c - b) / a;
        if (isInt((c + b) / a)) yield (c + b) / a;
      }
    }
  }
}

/** Sizes and positions in the puzzle's lists and strings: lengths, indices, sums, extremes, elements. */
function* measures(hints: PuzzleHints): Generator<Json> {
  const numeric = hints.lists.map((l) => l.flat(2).filter((x): x is number => typeof x === "number"));
  for (const [i, list] of hints.lists.entries()) {
    yield list.length;
    const xs = numeric[i]!;
    if (xs.length === 0) continue;
    yield xs.reduce((a, b) => a + b, 0);
    yield Math.max(...xs);
    yield Math.min(...xs);
  }
  for (const s of hints.strings) yield s.length;
  for (const xs of numeric) yield* [...xs].sort((a, b) => a - b);
  const longest = Math.max(0, ...hints.lists.map((l) => l.length), ...hints.strings.map((s) => s.length));
  for (let i = 0; i < longest && i < 512; i++) yield i;
}

function* smallIntegers(limit: number): Generator<Json> {
  for (let k = 0; k <= limit; k++) {
    yield k;
    if (k > 0) yield -k;
  }
}

/** Counting up (and down) from each of the puzzle's non-negative integers: "the least x above lo such that ...". */
function* scans(hints: PuzzleHints): Generator<Json> {
  const starts = hints.numbers.filter((v) => isInt(v) && v > 1).slice(0, 6);
  if (starts.length === 0) return;
  for (let step = 1; step <= 1_000_000; step++) {
    for (const v of starts) {
      yield v + step;
      if (step % 4 === 0 && v - step / 4 >= 0) yield v - step / 4;
    }
  }
}

function* powers(): Generator<Json> {
  for (let e = 1; e <= 52; e++) {
    yield 2 ** e;
    yield 2 ** e - 1;
  }
  for (let e = 1; e <= 15; e++) yield 10 ** e;
  let factorial = 1;
  for (let n = 2; n <= 18; n++) {
    factorial *= n;
    yield factorial;
  }
  for (let n = 2; n <= 1000; n++) {
    yield n * n;
    yield n * n * n;
  }
}

function* randomNumbers(rng: Prng): Generator<Json> {
  const scales = [1e2, 1e3, 1e4, 1e6, 1e9];
  for (;;) {
    const scale = rng.pick(scales);
    yield rng.chance(0.85) ? rng.int(-scale, scale) : Number(((rng.next() * 2 - 1) * scale).toFixed(3));
  }
}

// Strings.

function* stringHints(hints: PuzzleHints): Generator<Json> {
  for (const s of hints.strings.slice(0, 12)) {
    yield s;
    yield [...s].reverse().join("");
    yield s + s;
    yield s.toUpperCase();
    yield s.toLowerCase();
    yield [...s].sort().join("");
    yield [...new Set(s)].join("");
  }
}

function* numericStrings(hints: PuzzleHints): Generator<Json> {
  for (const v of hints.numbers.slice(0, 12)) {
    yield String(v);
    if (isInt(v) && v >= 0) {
      yield v.toString(2);
      yield v.toString(16);
      yield v.toString(36);
    }
  }
}

function* concatenations(hints: PuzzleHints): Generator<Json> {
  const base = hints.strings.slice(0, 6);
  for (const a of base) for (const b of base) if (a !== b) yield a + b;
  for (const list of hints.lists) {
    if (list.length > 0 && list.every((x) => typeof x === "string")) yield list.join("");
  }
}

/** Prefixes and suffixes of the puzzle's strings, shortest first, then their other substrings. */
function* slices(hints: PuzzleHints): Generator<Json> {
  const base = hints.strings.slice(0, 6);
  const longest = Math.max(0, ...base.map((s) => s.length));
  for (let length = 1; length <= longest; length++) {
    for (const s of base) {
      if (length > s.length) continue;
      yield s.slice(0, length);
      yield s.slice(s.length - length);
    }
  }
  for (let length = 1; length <= longest; length++) {
    for (const s of base) for (let i = 1; i + length < s.length; i++) yield s.slice(i, i + length);
  }
}

function alphabetOf(hints: PuzzleHints): string[] {
  const counts = new Map<string, number>();
  for (const s of hints.strings) for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return [...new Set([...common.slice(0, 6), "a", "b"])].slice(0, 8);
}

/** A constant padded to a length: answers such as "a string of length n that starts with p". */
function* paddings(hints: PuzzleHints): Generator<Json> {
  const alphabet = alphabetOf(hints);
  const lengths = hints.numbers.filter((v) => isInt(v) && v > 0 && v <= 4096);
  for (const s of ["", ...hints.strings.slice(0, 4)]) {
    for (const c of alphabet) {
      for (let extra = 1; extra <= 8; extra++) {
        yield s + c.repeat(extra);
        if (s !== "") yield c.repeat(extra) + s;
      }
    }
  }
  for (const n of lengths) for (const c of alphabet) yield c.repeat(n);
}

function* enumeration(hints: PuzzleHints): Generator<Json> {
  const alphabet = alphabetOf(hints);
  let layer = [""];
  for (let length = 1; length <= 6 && layer.length * alphabet.length <= 40_000; length++) {
    layer = layer.flatMap((prefix) => alphabet.map((c) => prefix + c));
    yield* layer;
  }
}

function* randomStrings(hints: PuzzleHints, rng: Prng): Generator<Json> {
  const alphabet = alphabetOf(hints);
  for (;;) {
    const length = rng.int(1, 12);
    yield Array.from({ length }, () => rng.pick(alphabet)).join("");
  }
}

// Lists.

function listFamilies(cls: string, element: ts.TypeNode, hints: PuzzleHints, rng: Prng): CandidateFamily[] {
  const named = (kind: string, make: () => Iterator<Json>, random = false) =>
    family(`${cls}:${kind}`, make, random);
  let cached: Json[] | undefined;
  // The element pool is built on first use only: a family that never runs costs nothing.
  const pool = () => {
    cached ??= take(defaultStream(element, hints, rng.fork("element")), 40);
    return cached;
  };
  const elementClass = classOf(element);
  const fits = (list: Json[]) => list.length > 0 && list.every((x) => fitsClass(x, elementClass));
  const lists = () => hints.lists.filter(fits);
  const out = [
    named("hint", () => listHints(lists(), rng.fork("shuffles"))),
    named("setops", () => setOperations(lists())),
    named("slice", () => listSlices(lists())),
  ];
  if (elementClass === "number") out.push(named("range", () => ranges(hints)));
  if (elementClass === "string") out.push(named("split", () => splits(hints)));
  out.push(named("small", () => smallLists(pool())));
  out.push(named("random", () => randomLists(pool(), rng.fork("lists")), true));
  return out;
}

function fitsClass(value: Json, cls: string): boolean {
  switch (cls) {
    case "number":
      return typeof value === "number";
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
  }
  if (cls.endsWith("[]")) return Array.isArray(value) && value.every((x) => fitsClass(x, cls.slice(0, -2)));
  if (cls === "tuple") return Array.isArray(value);
  if (cls === "object") return typeof value === "object" && value !== null && !Array.isArray(value);
  return true;
}

function* listHints(lists: readonly Json[][], rng: Prng): Generator<Json> {
  for (const list of lists) {
    yield list;
    yield [...list].reverse();
    if (list.every((x) => typeof x === "number")) {
      yield [...(list as number[])].sort((a, b) => a - b);
      yield [...(list as number[])].sort((a, b) => b - a);
    } else if (list.every((x) => typeof x === "string")) {
      yield [...(list as string[])].sort();
    }
    for (let i = 0; i < list.length && i < 12; i++) yield list.filter((_, j) => j !== i);
  }
  for (let k = 0; k < 10; k++) for (const list of lists) yield rng.shuffle(list);
}

/** Unions, intersections, differences and concatenations of the puzzle's lists, sorted and distinct where they are sets. */
function* setOperations(lists: readonly Json[][]): Generator<Json> {
  const primitive = lists.filter((l) => l.every((x) => typeof x === "number" || typeof x === "string"));
  const sorted = (xs: Json[]) =>
    xs.every((x) => typeof x === "number") ? (xs as number[]).sort((a, b) => a - b) : (xs as string[]).sort();
  for (const list of primitive) yield sorted([...new Set(list)]);
  for (const a of primitive) {
    for (const b of primitive) {
      if (a === b) continue;
      const inB = new Set(b);
      const inA = new Set(a);
      yield sorted([...new Set([...a, ...b])]);
      yield sorted([...inA].filter((x) => inB.has(x)));
      yield sorted([...inA].filter((x) => !inB.has(x)));
      yield sorted([...new Set([...a.filter((x) => !inB.has(x)), ...b.filter((x) => !inA.has(x))])]);
    }
  }
  for (const a of lists) for (const b of lists) if (a !== b) yield [...a, ...b];
}

function* listSlices(lists: readonly Json[][]): Generator<Json> {
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let length = 1; length < longest; length++) {
    for (const list of lists) {
      if (length >= list.length) continue;
      yield list.slice(0, length);
      yield list.slice(list.length - length);
    }
  }
}

function* ranges(hints: PuzzleHints): Generator<Json> {
  const sizes = [
    ...hints.numbers.filter((v) => isInt(v) && v > 0 && v <= 4096),
    ...hints.lists.map((l) => l.length),
    ...hints.strings.map((s) => s.length),
  ].filter((v) => v > 0 && v <= 4096);
  for (const n of [...new Set(sizes)]) {
    yield Array.from({ length: n }, (_, i) => i);
    yield Array.from({ length: n }, (_, i) => i + 1);
    yield Array.from({ length: n }, (_, i) => n - 1 - i);
    yield Array(n).fill(0);
    yield Array(n).fill(1);
  }
}

function* splits(hints: PuzzleHints): Generator<Json> {
  for (const s of hints.strings.slice(0, 6)) {
    yield [s];
    yield [...s];
    yield s.split(" ");
  }
}

function* smallLists(pool: readonly Json[]): Generator<Json> {
  for (const x of pool.slice(0, 30)) yield [x];
  const small = pool.slice(0, 4);
  for (const a of small) for (const b of small) yield [a, b];
  for (const a of small) for (const b of small) for (const c of small) yield [a, b, c];
}

function* randomLists(pool: readonly Json[], rng: Prng): Generator<Json> {
  if (pool.length === 0) return;
  for (;;) {
    const length = rng.int(1, 8);
    yield Array.from({ length }, () => rng.pick(pool));
  }
}

// Tuples and objects.

/** Rows of small non-negative integers, by their sum (so [0, 0] first), bounded by the puzzle's sizes. */
function* smallTuples(width: number, hints: PuzzleHints): Generator<Json> {
  const bound = Math.min(
    64,
    Math.max(
      8,
      ...hints.lists.map((l) => l.length),
      ...hints.numbers.filter((v) => isInt(v) && v > 0 && v <= 64),
    ),
  );
  for (let sum = 0; sum <= bound * width; sum++) yield* rowsWithSum(width, sum, bound);
}

/** Rows of integers of either sign, by the sum of their absolute values: [0, 0], [1, 0], [-1, 0], ... */
function* signedTuples(width: number): Generator<Json> {
  for (let norm = 0; norm <= 4096; norm++) {
    for (const row of rowsWithSum(width, norm, norm)) yield* signs(row as number[]);
  }
}

function* signs(row: readonly number[], from = 0): Generator<number[]> {
  if (from === row.length) {
    yield [...row];
    return;
  }
  yield* signs(row, from + 1);
  if (row[from] !== 0) {
    const flipped = [...row];
    flipped[from] = -row[from]!;
    yield* signs(flipped, from + 1);
  }
}

function* rowsWithSum(width: number, sum: number, bound: number): Generator<Json[]> {
  if (width === 1) {
    if (sum <= bound) yield [sum];
    return;
  }
  for (let first = 0; first <= Math.min(sum, bound); first++) {
    for (const rest of rowsWithSum(width - 1, sum - first, bound)) yield [first, ...rest];
  }
}

/**
 * Rows taking one candidate per position: the first few of each in order of the sum of their ranks (so
 * early candidates meet first).
 */
function* products(positions: (() => Iterator<Json>)[]): Generator<Json[]> {
  if (positions.length === 0) {
    yield [];
    return;
  }
  const width = Math.max(3, Math.floor(1500 ** (1 / positions.length)));
  const heads = positions.map((make) => take(make(), width));
  if (heads.some((p) => p.length === 0)) return;
  const maxRank = heads.reduce((sum, p) => sum + p.length - 1, 0);
  for (let rank = 0; rank <= maxRank; rank++) yield* rowsOfRank(heads, rank);
}

/** Random rows from a wider pool of each position's candidates. */
function* randomRows(positions: (() => Iterator<Json>)[], rng: Prng): Generator<Json[]> {
  const pools = positions.map((make) => take(make(), 200));
  if (pools.length === 0 || pools.some((p) => p.length === 0)) return;
  for (;;) yield pools.map((p) => rng.pick(p));
}

function* rowsOfRank(pools: Json[][], rank: number, from = 0): Generator<Json[]> {
  if (from === pools.length) {
    if (rank === 0) yield [];
    return;
  }
  const pool = pools[from]!;
  for (let i = 0; i < pool.length && i <= rank; i++) {
    for (const rest of rowsOfRank(pools, rank - i, from + 1)) yield [pool[i]!, ...rest];
  }
}
