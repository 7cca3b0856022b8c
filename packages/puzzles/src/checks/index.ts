// Validity checks for any puzzle, seed or model-written: each failure comes with a reason code.
import {
  type Json,
  type ParseFailureCode,
  parsePuzzle,
  parseSolution,
  type SatFunction,
  type SolFunction,
  signatureMismatch,
  trivialAnswers,
} from "@puzzleloop/core";
import {
  DEFAULT_LIMITS,
  DEFAULT_SEED,
  type Job,
  type Limits,
  sharedPool,
  type VerifyResult,
  verifyBatch,
} from "@puzzleloop/sandbox";

export const CHECK_CODES = [
  "parse",
  "size",
  "signature",
  "nondeterministic",
  "trivial",
  "reference",
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export interface CheckReason {
  code: CheckCode;
  message: string;
}

export interface CheckReport {
  ok: boolean;
  reasons: CheckReason[];
}

export interface CheckInput {
  /** TypeScript source holding `sat` (a seed file holds `sol` too). */
  puzzle: string;
  /** TypeScript source holding `sol`; when absent, `sol` is looked for in `puzzle`. */
  solution?: string;
}

export interface CheckOptions {
  /**
   * Largest puzzle or solution source, in bytes of UTF-8.
   * @defaultValue 16384
   */
  maxSourceBytes: number;
  /**
   * Sandbox limits for every run.
   * @defaultValue the sandbox's DEFAULT_LIMITS
   */
  limits: Partial<Limits>;
  /**
   * Longest either phase of the reference pair may take, as a fraction of `limits.timeoutMs`: a
   * reference that nearly times out here may time out on a busier machine.
   * @defaultValue 0.5
   */
  referenceTimeFraction: number;
  /**
   * Whether a puzzle without a reference `sol` fails the `reference` check (seed puzzles must have
   * one); otherwise the checks that need it are skipped.
   * @defaultValue false
   */
  requireReference: boolean;
  /**
   * Most trivial answers tried per puzzle.
   * @defaultValue 200
   */
  maxTrivialAnswers: number;
  /**
   * The `Math.random` seed of the pair's second run. The sandbox seeds every phase the same way, so
   * two runs with one seed always agree; a different seed shows answers that depend on chance.
   * @defaultValue the sandbox's DEFAULT_SEED + 1
   */
  secondSeed: number;
}

const DEFAULTS: CheckOptions = {
  maxSourceBytes: 16384,
  limits: {},
  referenceTimeFraction: 0.5,
  requireReference: false,
  maxTrivialAnswers: 200,
  secondSeed: DEFAULT_SEED + 1,
};

/** Parse failures that are about the parameters rather than the code's shape. */
const SIGNATURE_FAILURES: ReadonlySet<ParseFailureCode> = new Set([
  "missing_answer",
  "missing_answer_type",
  "rest_parameter",
  "destructured_parameter",
  "missing_default",
  "non_literal_default",
]);

/** How many trivial answers a failure message names. */
const SHOWN_ANSWERS = 3;

/** Runs every check on one puzzle. */
export async function checkPuzzle(
  puzzleSource: string,
  solutionSource?: string,
  options: Partial<CheckOptions> = {},
): Promise<CheckReport> {
  const input: CheckInput =
    solutionSource === undefined
      ? { puzzle: puzzleSource }
      : { puzzle: puzzleSource, solution: solutionSource };
  const [report] = await checkPuzzles([input], options);
  return report!;
}

/** Runs every check on many puzzles, with all their sandbox work in one batch; reports in input order. */
export async function checkPuzzles(
  inputs: readonly CheckInput[],
  options: Partial<CheckOptions> = {},
): Promise<CheckReport[]> {
  const resolved: CheckOptions = { ...DEFAULTS, ...options };
  const plans = inputs.map((input) => plan(input, resolved));
  const jobs: Job[] = [];
  const offsets = plans.map((p) => {
    const offset = jobs.length;
    jobs.push(...p.jobs);
    return offset;
  });
  // The second runs of the pairs go through the same pool, concurrently with the batch.
  const [results, seconds] = await Promise.all([
    jobs.length === 0 ? [] : verifyBatch(jobs, resolved.limits),
    Promise.all(
      plans.map((p) =>
        p.pair ? sharedPool().run(p.jobs[0]!, resolved.limits, resolved.secondSeed) : undefined,
      ),
    ),
  ]);
  return plans.map((p, i) =>
    judge(p, results.slice(offsets[i], offsets[i]! + p.jobs.length), seconds[i], resolved),
  );
}

interface Plan {
  reasons: CheckReason[];
  jobs: Job[];
  /** Set when the pair runs: it is the first job, and runs a second time with another seed. */
  pair: boolean;
  /** The trivial answers tried, in the order of the jobs after the pair. */
  trivial: Json[];
}

/** The checks that need no sandbox, and the sandbox jobs for the rest. */
function plan(input: CheckInput, options: CheckOptions): Plan {
  const reasons: CheckReason[] = [];
  const none: Plan = { reasons, jobs: [], pair: false, trivial: [] };
  for (const [what, source] of [
    ["puzzle", input.puzzle],
    ["solution", input.solution],
  ] as const) {
    const bytes = source === undefined ? 0 : Buffer.byteLength(source, "utf8");
    if (bytes > options.maxSourceBytes) {
      reasons.push({
        code: "size",
        message: `${what} source is ${bytes} bytes, over the limit of ${options.maxSourceBytes}`,
      });
    }
  }
  if (reasons.length > 0) return none;

  const puzzle = parsePuzzle(input.puzzle);
  if (!puzzle.ok) {
    reasons.push({
      code: SIGNATURE_FAILURES.has(puzzle.code) ? "signature" : "parse",
      message: puzzle.message,
    });
    return none;
  }
  const sat = puzzle.value.sat;
  const sol = findSol(input, sat, options, reasons);
  if (puzzle.value.extras.length > 0) reasons.push(extrasReason("puzzle", puzzle.value.extras));
  if (reasons.some((r) => r.code === "parse")) return none;

  const jobs: Job[] = [];
  if (sol !== undefined) {
    jobs.push({ kind: "pair", puzzle: sat.puzzle, solution: sol.text });
  }
  const trivial = trivialAnswers(sat.answer.type, { max: options.maxTrivialAnswers });
  for (const answer of trivial)
    jobs.push({ kind: "answer", puzzle: sat.puzzle, answer: JSON.stringify(answer) });
  return { reasons, jobs, pair: sol !== undefined, trivial };
}

/** The reference `sol`, from the solution source or else the puzzle's; adds the reasons it fails. */
function findSol(
  input: CheckInput,
  sat: SatFunction,
  options: CheckOptions,
  reasons: CheckReason[],
): SolFunction | undefined {
  const solution = parseSolution(input.solution ?? input.puzzle);
  if (!solution.ok) {
    if (solution.code === "missing_sol") {
      if (input.solution !== undefined)
        reasons.push({ code: "parse", message: `solution: ${solution.message}` });
      else if (options.requireReference)
        reasons.push({ code: "reference", message: "no reference `sol` found" });
    } else {
      const code = SIGNATURE_FAILURES.has(solution.code) ? "signature" : "parse";
      reasons.push({
        code,
        message: input.solution === undefined ? solution.message : `solution: ${solution.message}`,
      });
    }
    return undefined;
  }
  if (input.solution !== undefined && solution.value.extras.length > 0) {
    reasons.push(extrasReason("solution", solution.value.extras));
  }
  const mismatch = signatureMismatch(sat, solution.value.sol);
  if (mismatch !== undefined) reasons.push({ code: "signature", message: mismatch });
  return solution.value.sol;
}

function extrasReason(what: string, extras: string[]): CheckReason {
  const first = extras[0]!.split("\n")[0]!.slice(0, 60);
  return {
    code: "parse",
    message: `${what} has top-level code besides sat and sol (${extras.length}): \`${first}\``,
  };
}

/** The verdicts of the sandbox checks, from the results of a plan's jobs. */
function judge(
  plan: Plan,
  results: VerifyResult[],
  second: VerifyResult | undefined,
  options: CheckOptions,
): CheckReport {
  const reasons = [...plan.reasons];
  const first = results[0];
  if (plan.pair && first !== undefined && second !== undefined) {
    if (first.status !== second.status || first.answer !== second.answer) {
      reasons.push({
        code: "nondeterministic",
        message: `two runs of the pair differ: ${describe(first)} then ${describe(second)}`,
      });
    }
    if (!first.verified) {
      reasons.push({
        code: "reference",
        message: `the reference sol does not verify: ${first.status}${first.error ? ` (${first.error})` : ""}`,
      });
    } else {
      const budget = options.referenceTimeFraction * (options.limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs);
      // The faster of the two runs, so that a busy machine does not fail a good reference.
      const taken = Math.min(phaseMs(first), phaseMs(second));
      if (taken > budget) {
        reasons.push({
          code: "reference",
          message: `the reference pair takes ${Math.round(taken)} ms in a phase, over ${Math.round(budget)} ms (${options.referenceTimeFraction} of the time limit)`,
        });
      }
    }
  }
  const accepted = plan.trivial.filter((_, i) => results[(plan.pair ? 1 : 0) + i]?.verified === true);
  if (accepted.length > 0) {
    const shown = accepted.slice(0, SHOWN_ANSWERS).map((a) => JSON.stringify(a));
    const more = accepted.length > SHOWN_ANSWERS ? ` and ${accepted.length - SHOWN_ANSWERS} more` : "";
    reasons.push({
      code: "trivial",
      message: `sat accepts the trivial answer${accepted.length > 1 ? "s" : ""} ${shown.join(", ")}${more}`,
    });
  }
  return { ok: reasons.length === 0, reasons };
}

function phaseMs(result: VerifyResult): number {
  if (result.solveMs === undefined && result.checkMs === undefined) return result.ms;
  return Math.max(result.solveMs ?? 0, result.checkMs ?? 0);
}

function describe(result: VerifyResult): string {
  const answer =
    result.answer === undefined
      ? ""
      : ` ${result.answer.length > 40 ? `${result.answer.slice(0, 40)}...` : result.answer}`;
  return `${result.status}${answer}`;
}
