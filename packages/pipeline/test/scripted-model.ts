/** A scripted model for loop tests: fixed puzzle batches, fixed solutions per puzzle, faults by request. */
import {
  type ChatRequestRecord,
  GENERATION_SYSTEM_PROMPT,
  type Responder,
  reply,
  type ScriptedReply,
  SOLVING_SYSTEM_PROMPT,
} from "@puzzleloop/model";

/**
 * A valid puzzle told apart from the others by its constant `a`: non-trivial (no small number is a
 * times anything), deterministic, and cheap. The solving responder finds a puzzle by that constant.
 */
export function validPuzzle(a: number): string {
  return [
    "/** Find the number above 1000 whose seventh multiple equals the seventh multiple of a. */",
    `export function sat(x: number, a = ${a}): boolean {`,
    "  return x * 7 === a * 7 && x > 1000;",
    "}",
  ].join("\n");
}

/** The same puzzle as {@link validPuzzle} in another presentation: other words, another local name. */
export function restatedPuzzle(a: number): string {
  return [
    "/** Which y, larger than 1000, has 7 * y === 7 * a? */",
    `export function sat(y: number, a = ${a}): boolean {`,
    "  return y * 7 === a * 7 && y > 1000;",
    "}",
  ].join("\n");
}

/** Accepted by small answers such as 0: rejected as `trivial`. */
export const TRIVIAL_PUZZLE = [
  "/** Find any number. */",
  "export function sat(x: number, a = 5): boolean {",
  "  return x * 0 === 0 || x === a;",
  "}",
].join("\n");

/** A completion that holds no code at all: rejected as `no_code`. */
export const PROSE_COMPLETION = "I would rather not write a puzzle today.";

/** A completion as a chat model writes it: a sentence, then the code in a fence. */
export function fenced(code: string): string {
  return `Here is a new puzzle:\n\n\`\`\`ts\n${code}\n\`\`\``;
}

/** Kinds of solve completions: three correct texts, two wrong answers, one that throws, one without code. */
export type SolutionKind = "ok" | "ok2" | "ok3" | "wrong" | "wrong2" | "throws" | "prose";

const SOL_BODIES: Record<Exclude<SolutionKind, "prose">, string> = {
  ok: "return a;",
  ok2: "return a * 1;",
  ok3: "return a + 0;",
  wrong: "return a + 1;",
  wrong2: "return a - 1;",
  throws: 'throw new Error("gave up");',
};

/** A solve completion of `kind` for the puzzle with constant `a`. */
export function solutionCompletion(kind: SolutionKind, a: number): string {
  if (kind === "prose") return "This puzzle has no solution, I think.";
  return `\`\`\`ts\nexport function sol(a = ${a}): number {\n  ${SOL_BODIES[kind]}\n}\n\`\`\``;
}

/** One model request as the script sees it, for choosing faults. */
export interface ScriptedCall {
  kind: "generate" | "solve";
  /** The generation batch's index (in order of first arrival) or the puzzle's constant. */
  key: number;
  /** How many requests with this kind and key arrived before this one. */
  nth: number;
}

export interface LoopScriptOptions {
  /** Completions for generation requests: each batch goes to one generate job, in order of first arrival. */
  batches: string[][];
  /** Solve completions per puzzle constant; each request gets all of them, in this order. */
  solutions: Map<number, SolutionKind[]>;
  /** A fault for a request, or undefined to answer it. */
  fault?: (call: ScriptedCall) => ScriptedReply | undefined;
  /** How long to wait before answering a request that gets no fault, in ms. @defaultValue none */
  delayMs?: (call: ScriptedCall) => number;
}

export interface LoopScript {
  responder: Responder;
  /** Faults served, in order. */
  readonly faults: (ScriptedCall & { reply: ScriptedReply["kind"] })[];
  /** Requests the script could not place (an unknown prompt, a puzzle without a constant, a batch of the wrong size). */
  readonly unexpected: string[];
  /** Solve requests received per puzzle constant. */
  solveRequests(a: number): number;
  /** The seeds of the generation requests, one per batch, in order of first arrival. */
  readonly generateSeeds: number[];
}

/**
 * Generation requests are told apart by their seed: a retried request carries the seed of the first, so
 * a job keeps its batch however often it asks. Solving requests name their puzzle in the last message.
 */
export function loopScript(options: LoopScriptOptions): LoopScript {
  const generateSeeds: number[] = [];
  const seen = new Map<string, number>();
  const faults: LoopScript["faults"] = [];
  const unexpected: string[] = [];
  const countOf = (kind: ScriptedCall["kind"], key: number) => {
    const id = `${kind}:${key}`;
    const nth = seen.get(id) ?? 0;
    seen.set(id, nth + 1);
    return nth;
  };
  const answer = (call: ScriptedCall, make: () => ScriptedReply): ScriptedReply => {
    const fault = options.fault?.(call);
    if (fault !== undefined) {
      faults.push({ ...call, reply: fault.kind });
      return fault;
    }
    const delayMs = options.delayMs?.(call) ?? 0;
    return delayMs > 0 ? reply.slow(delayMs, make()) : make();
  };

  const responder: Responder = (request: ChatRequestRecord) => {
    const system = request.messages[0]?.content;
    if (system === GENERATION_SYSTEM_PROMPT) {
      const seed = request.seed ?? -1;
      if (!generateSeeds.includes(seed)) generateSeeds.push(seed);
      const key = generateSeeds.indexOf(seed);
      const batch = options.batches[key];
      if (batch === undefined || batch.length !== request.n) {
        unexpected.push(`generation request ${key} asked for ${request.n} puzzles`);
        return reply.status(400);
      }
      return answer({ kind: "generate", key, nth: countOf("generate", key) }, () => reply.completion(batch));
    }
    if (system === SOLVING_SYSTEM_PROMPT) {
      const last = request.messages.at(-1)?.content ?? "";
      const target = last.slice(last.indexOf("Now solve this puzzle:"));
      const a = Number(/\ba = (\d+)/.exec(target)?.[1]);
      const kinds = options.solutions.get(a);
      if (kinds === undefined || kinds.length !== request.n) {
        unexpected.push(`solve request for a = ${a} asked for ${request.n} solutions`);
        return reply.status(400);
      }
      return answer({ kind: "solve", key: a, nth: countOf("solve", a) }, () =>
        reply.completion(kinds.map((kind) => solutionCompletion(kind, a))),
      );
    }
    unexpected.push(`a request with system prompt ${JSON.stringify(system?.slice(0, 60))}`);
    return reply.status(400);
  };

  return {
    responder,
    faults,
    unexpected,
    generateSeeds,
    solveRequests: (a) => seen.get(`solve:${a}`) ?? 0,
  };
}
