// What the answer search learns from verified pairs: which candidate families held their answers, per answer type, the answers themselves, and the shapes of list answers.
import { type Json, type SatFunction, trivialAnswers } from "@puzzleloop/core";
import {
  BANK,
  type CountedShape,
  candidateFamilies,
  SHAPE,
  shapeFamily,
  typeClassOf,
} from "./answer-candidates.ts";
import { parseShapeKey, shapeKey, shapeOf } from "./answer-shapes.ts";
import { title } from "./doc-comment.ts";
import { Prng } from "./prng.ts";
import { puzzleHints } from "./puzzle-hints.ts";

export interface SearchPriorOptions {
  /**
   * How far into each family an answer is looked for when learning: an answer further in is one the
   * search would hardly reach, and teaches nothing.
   * @defaultValue 20000
   */
  depth?: number;
  /**
   * Most answers kept per answer type.
   * @defaultValue 256
   */
  bankSize?: number;
}

/** The persisted form. */
export interface SearchPriorJson {
  hits: Record<string, number>;
  bank: Record<string, Json[]>;
  /** Per class, how many puzzles had a list answer of each shape (see `shapeKey`). */
  shapes?: Record<string, Record<string, number>>;
}

/**
 * Per answer-type class, how many verified answers each candidate family proposed first. The search gives
 * a family a share of its candidates that is a quarter the uniform share and three quarters the learned one
 * (with one hit assumed for every family), so learning reorders the search without ever ruling a family out.
 */
export class SearchPrior {
  readonly #hits = new Map<string, number>();
  /** Per class, the answers in the order learned, and for each the descriptions of the puzzles it answered. */
  readonly #bank = new Map<string, { answers: Json[]; askedBy: Map<string, Set<string>> }>();
  /** Per class, the shapes of list answers by key, and for each the descriptions of the puzzles that had it. */
  readonly #shapes = new Map<string, Map<string, Set<string>>>();
  readonly #depth: number;
  readonly #bankSize: number;

  constructor(options: SearchPriorOptions = {}) {
    this.#depth = options.depth ?? 20_000;
    this.#bankSize = options.bankSize ?? 256;
  }

  static fromJSON(json: SearchPriorJson, options: SearchPriorOptions = {}): SearchPrior {
    const prior = new SearchPrior(options);
    for (const [name, count] of Object.entries(json.hits)) prior.#hits.set(name, count);
    for (const [cls, answers] of Object.entries(json.bank))
      for (const a of answers) prior.#remember(cls, a, "");
    for (const [cls, counts] of Object.entries(json.shapes ?? {})) {
      for (const [key, count] of Object.entries(counts)) {
        if (parseShapeKey(key) === undefined) continue;
        // The descriptions are not persisted: numbered stand-ins keep the count.
        const askedBy = new Set(Array.from({ length: count }, (_, i) => `#${i}`));
        prior.#shapesOf(cls).set(key, askedBy);
      }
    }
    return prior;
  }

  /** Verified answers learned from. */
  get size(): number {
    let total = 0;
    for (const count of this.#hits.values()) total += count;
    return total;
  }

  /** Hits per family name. */
  hits(): Record<string, number> {
    return Object.fromEntries([...this.#hits.entries()].sort());
  }

  /**
   * Learns from one verified answer of `sat`: the family (among those the search would use for it) that
   * proposes the answer earliest gets a hit. Returns that family, or undefined when the answer is trivial
   * (tried first anyway) or no family reaches it.
   */
  learn(sat: SatFunction, answer: Json): string | undefined {
    const type = sat.answer.type;
    const key = JSON.stringify(answer);
    if (key === undefined) return undefined;
    if (trivialAnswers(type).some((t) => JSON.stringify(t) === key)) return undefined;
    const cls = typeClassOf(type);
    let best: { name: string; rank: number } | undefined;
    const asked = title(sat.doc, 200);
    const banked = this.#bank.get(cls);
    const askedBy = banked?.askedBy.get(key);
    // Variants of one puzzle often share an answer: only an answer to another question shows the bank helps.
    if (banked !== undefined && askedBy !== undefined && [...askedBy].some((t) => t !== asked)) {
      best = { name: `${cls}:${BANK}`, rank: banked.answers.findIndex((a) => JSON.stringify(a) === key) };
    }
    const hints = puzzleHints(sat);
    const shape = cls === "number[]" ? shapeOf(answer, hints) : undefined;
    const shapeAsked = shape === undefined ? undefined : this.#shapes.get(cls)?.get(shapeKey(shape));
    // As with the bank: a shape counts as learned once another question had it.
    if (shapeAsked !== undefined && [...shapeAsked].some((t) => t !== asked)) {
      const family = shapeFamily(type, hints, new Prng(0), this.shapes(type));
      const limit = Math.min(this.#depth, best?.rank ?? this.#depth);
      const rank = family === undefined ? undefined : rankIn(family.make(), key, answer, limit);
      if (rank !== undefined) best = { name: `${cls}:${SHAPE}`, rank };
    }
    // A fixed seed: only the non-random families are looked in, and those do not depend on it.
    for (const family of candidateFamilies(type, hints, new Prng(0))) {
      if (family.random) continue;
      const limit = Math.min(this.#depth, best?.rank ?? this.#depth);
      const rank = rankIn(family.make(), key, answer, limit);
      if (rank !== undefined && (best === undefined || rank < best.rank)) best = { name: family.name, rank };
    }
    this.#remember(cls, answer, asked);
    if (shape !== undefined) {
      const shapes = this.#shapesOf(cls);
      const askedBy = shapes.get(shapeKey(shape));
      if (askedBy === undefined) shapes.set(shapeKey(shape), new Set([asked]));
      else askedBy.add(asked);
    }
    if (best === undefined) return undefined;
    this.#hits.set(best.name, (this.#hits.get(best.name) ?? 0) + 1);
    return best.name;
  }

  /** The relative share of search candidates for a family (see the class comment). */
  weight(family: string, siblings: readonly string[]): number {
    const count = siblings.length;
    if (count === 0) return 1;
    let total = 0;
    for (const name of siblings) total += this.#hits.get(name) ?? 0;
    const learned = ((this.#hits.get(family) ?? 0) + 1) / (total + count);
    return (1 - UNIFORM_SHARE) * learned + UNIFORM_SHARE / count;
  }

  /** Answers learned for the class of `type`, in the order learned. */
  bank(type: string): readonly Json[] {
    return this.#bank.get(typeClassOf(type))?.answers ?? [];
  }

  /**
   * Shapes of list answers learned for the class of `type`, each with the number of distinct puzzles that
   * had it, most common first.
   */
  shapes(type: string): CountedShape[] {
    const shapes = this.#shapes.get(typeClassOf(type));
    if (shapes === undefined) return [];
    const out: CountedShape[] = [];
    for (const [key, askedBy] of shapes) {
      const shape = parseShapeKey(key);
      if (shape !== undefined) out.push({ shape, count: askedBy.size });
    }
    return out.sort((a, b) => b.count - a.count);
  }

  toJSON(): SearchPriorJson {
    return {
      hits: this.hits(),
      bank: Object.fromEntries([...this.#bank.entries()].map(([cls, b]) => [cls, b.answers])),
      shapes: Object.fromEntries(
        [...this.#shapes.entries()].map(([cls, shapes]) => [
          cls,
          Object.fromEntries([...shapes.entries()].map(([key, askedBy]) => [key, askedBy.size])),
        ]),
      ),
    };
  }

  #shapesOf(cls: string): Map<string, Set<string>> {
    let shapes = this.#shapes.get(cls);
    if (shapes === undefined) {
      shapes = new Map();
      this.#shapes.set(cls, shapes);
    }
    return shapes;
  }

  #remember(cls: string, answer: Json, asked: string): void {
    let banked = this.#bank.get(cls);
    if (banked === undefined) {
      banked = { answers: [], askedBy: new Map() };
      this.#bank.set(cls, banked);
    }
    const key = JSON.stringify(answer);
    const askedBy = banked.askedBy.get(key);
    if (askedBy !== undefined) askedBy.add(asked);
    else if (banked.answers.length < this.#bankSize) {
      banked.askedBy.set(key, new Set([asked]));
      banked.answers.push(answer);
    }
  }
}

// The part of the candidates shared out evenly whatever was learned: the rare families stay in the mix.
const UNIFORM_SHARE = 0.25;

/** Where `answer` first appears among a stream's first `limit` items. */
function rankIn(stream: Iterator<Json>, key: string, answer: Json, limit: number): number | undefined {
  const primitive = answer === null || typeof answer !== "object";
  for (let rank = 0; rank < limit; rank++) {
    const item = stream.next();
    if (item.done) return undefined;
    const value = item.value;
    if (primitive ? value === answer : typeof value === "object" && JSON.stringify(value) === key)
      return rank;
  }
  return undefined;
}
