// Candidate answers for an answer type, most promising first: trivial values, values built from the puzzle's constants, small enumerations, then seeded random ones.
import { type Json, trivialAnswers } from "@puzzleloop/core";
import ts from "typescript";
import type { Prng } from "./prng.ts";
import type { PuzzleHints } from "./puzzle-hints.ts";

/**
 * An endless (or, for finite types, exhausted) stream of candidate answers for `type`. Values may repeat;
 * the consumer removes duplicates and decides when to stop.
 */
export function* answerCandidates(type: string, hints: PuzzleHints, rng: Prng): Generator<Json> {
  yield* trivialAnswers(type);
  const node = typeNode(type);
  if (node !== undefined) yield* candidatesFor(node, hints, rng);
}

function typeNode(type: string): ts.TypeNode | undefined {
  const file = ts.createSourceFile(
    "answer.ts",
    `type A = ${type};`,
    ts.ScriptTarget.ESNext,
    true,
    ts.ScriptKind.TS,
  );
  const alias = file.statements[0];
  if (file.statements.length !== 1 || alias === undefined || !ts.isTypeAliasDeclaration(alias))
    return undefined;
  return alias.type;
}

function candidatesFor(node: ts.TypeNode, hints: PuzzleHints, rng: Prng): Generator<Json> {
  while (
    ts.isParenthesizedTypeNode(node) ||
    (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword)
  ) {
    node = node.type;
  }
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword:
      return numbers(hints, rng);
    case ts.SyntaxKind.StringKeyword:
      return strings(hints, rng);
    case ts.SyntaxKind.BooleanKeyword:
      return values([true, false]);
  }
  if (ts.isArrayTypeNode(node)) return lists(node.elementType, hints, rng);
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const [element] = node.typeArguments ?? [];
    if ((node.typeName.text === "Array" || node.typeName.text === "ReadonlyArray") && element !== undefined) {
      return lists(element, hints, rng);
    }
  }
  if (ts.isTupleTypeNode(node)) {
    const elements = node.elements.map((e) => (ts.isNamedTupleMember(e) ? e.type : e));
    if (elements.every((e) => !ts.isRestTypeNode(e) && !ts.isOptionalTypeNode(e))) {
      return products(
        elements.map((e) => () => candidatesFor(e, hints, rng)),
        rng,
      );
    }
  }
  if (ts.isTypeLiteralNode(node)) {
    const members = node.members.filter(
      (m): m is ts.PropertySignature =>
        ts.isPropertySignature(m) &&
        m.type !== undefined &&
        (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)),
    );
    if (members.length === node.members.length && members.length > 0) {
      const keys = members.map((m) => (m.name as ts.Identifier | ts.StringLiteral).text);
      return mapStream(
        products(
          members.map((m) => () => candidatesFor(m.type!, hints, rng)),
          rng,
        ),
        (row) => Object.fromEntries(keys.map((k, i) => [k, row[i]!])),
      );
    }
  }
  if (ts.isUnionTypeNode(node)) return interleave(node.types.map((t) => candidatesFor(t, hints, rng)));
  return values([]);
}

function* values(items: readonly Json[]): Generator<Json> {
  yield* items;
}

function* mapStream<T>(stream: Generator<T>, f: (value: T) => Json): Generator<Json> {
  for (const value of stream) yield f(value);
}

function* interleave(streams: Generator<Json>[]): Generator<Json> {
  let live = streams;
  while (live.length > 0) {
    const next: Generator<Json>[] = [];
    for (const stream of live) {
      const item = stream.next();
      if (!item.done) {
        yield item.value;
        next.push(stream);
      }
    }
    live = next;
  }
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

function* numbers(hints: PuzzleHints, rng: Prng): Generator<Json> {
  const base = hints.numbers.slice(0, 12);
  for (const v of base) {
    yield v;
    yield v - 1;
    yield v + 1;
    yield -v;
    yield 2 * v;
    if (isInt(v) && v % 2 === 0) yield v / 2;
    const root = Math.round(Math.sqrt(Math.abs(v)));
    if (root * root === Math.abs(v)) yield root;
  }
  const few = base.slice(0, 8);
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
  for (let k = 11; k <= 1000; k++) {
    yield k;
    yield -k;
  }
  const scales = [1e2, 1e3, 1e4, 1e6, 1e9];
  for (;;) {
    const scale = rng.pick(scales);
    yield rng.chance(0.85) ? rng.int(-scale, scale) : Number(((rng.next() * 2 - 1) * scale).toFixed(3));
  }
}

function alphabetOf(hints: PuzzleHints): string[] {
  const counts = new Map<string, number>();
  for (const s of hints.strings) for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return [...new Set([...common.slice(0, 6), "a", "b"])].slice(0, 8);
}

function* strings(hints: PuzzleHints, rng: Prng): Generator<Json> {
  const base = hints.strings.slice(0, 12);
  for (const s of base) {
    yield s;
    yield [...s].reverse().join("");
    yield s + s;
    yield s.toUpperCase();
    yield s.toLowerCase();
    yield [...s].sort().join("");
  }
  for (const v of hints.numbers.slice(0, 12)) {
    yield String(v);
    if (isInt(v) && v >= 0) {
      yield v.toString(2);
      yield v.toString(16);
      yield v.toString(36);
    }
  }
  for (const a of base.slice(0, 6)) for (const b of base.slice(0, 6)) if (a !== b) yield a + b;
  const alphabet = alphabetOf(hints);
  // A constant padded to a length: answers such as "a string of length n that starts with p".
  for (const s of ["", ...base.slice(0, 4)]) {
    for (const c of alphabet) {
      for (let extra = 1; extra <= 8; extra++) {
        yield s + c.repeat(extra);
        if (s !== "") yield c.repeat(extra) + s;
      }
    }
  }
  let layer = [""];
  for (let length = 1; length <= 5 && layer.length * alphabet.length <= 1500; length++) {
    layer = layer.flatMap((prefix) => alphabet.map((c) => prefix + c));
    yield* layer;
  }
  for (;;) {
    const length = rng.int(1, 12);
    yield Array.from({ length }, () => rng.pick(alphabet)).join("");
  }
}

function* lists(element: ts.TypeNode, hints: PuzzleHints, rng: Prng): Generator<Json> {
  yield [];
  const pool = take(candidatesFor(element, hints, rng.fork("element")), 40);
  const fits = (list: Json[]) =>
    list.length > 0 &&
    list.every((x) => pool.some((p) => typeof p === typeof x && Array.isArray(p) === Array.isArray(x)));
  for (const list of hints.lists.filter(fits)) {
    yield list;
    yield [...list].reverse();
    if (list.every((x) => typeof x === "number")) {
      yield [...(list as number[])].sort((a, b) => a - b);
      yield [...(list as number[])].sort((a, b) => b - a);
    }
    for (let i = 0; i < list.length && i < 12; i++) yield list.filter((_, j) => j !== i);
    for (let k = 0; k < 10; k++) yield rng.shuffle(list);
  }
  const isNumber = pool.length > 0 && pool.every((x) => typeof x === "number");
  if (isNumber) {
    for (const n of hints.numbers.filter((v) => isInt(v) && v > 0 && v <= 64)) {
      yield Array.from({ length: n }, (_, i) => i);
      yield Array.from({ length: n }, (_, i) => i + 1);
      yield Array.from({ length: n }, (_, i) => n - 1 - i);
      yield Array(n).fill(0);
      yield Array(n).fill(1);
    }
  }
  if (pool.every((x) => typeof x === "string")) {
    for (const s of hints.strings.slice(0, 6)) {
      yield [s];
      yield [...s];
      yield s.split(" ");
    }
  }
  for (const x of pool.slice(0, 30)) yield [x];
  const small = pool.slice(0, 4);
  for (const a of small) for (const b of small) yield [a, b];
  for (const a of small) for (const b of small) for (const c of small) yield [a, b, c];
  if (pool.length === 0) return;
  for (;;) {
    const length = rng.int(1, 8);
    yield Array.from({ length }, () => rng.pick(pool));
  }
}

/**
 * Rows taking one candidate per position: the first few of each in order of the sum of their ranks (so
 * early candidates meet first), then random rows from a wider pool.
 */
function* products(positions: (() => Generator<Json>)[], rng: Prng): Generator<Json[]> {
  if (positions.length === 0) {
    yield [];
    return;
  }
  const width = Math.max(3, Math.floor(1500 ** (1 / positions.length)));
  const pools = positions.map((make) => take(make(), 200));
  if (pools.some((p) => p.length === 0)) return;
  const heads = pools.map((p) => p.slice(0, width));
  const maxRank = heads.reduce((sum, p) => sum + p.length - 1, 0);
  for (let rank = 0; rank <= maxRank; rank++) yield* rowsOfRank(heads, rank);
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
