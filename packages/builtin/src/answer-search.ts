// Search: candidate answers checked against `sat` in the sandbox, in chunks, within a time and candidate budget.
import type { Json } from "@puzzleloop/core";
import type { Job, Limits, VerifyResult } from "@puzzleloop/sandbox";

/** Runs sandbox jobs; results in the order of the jobs. */
export type VerifyJobs = (jobs: readonly Job[], limits?: Partial<Limits>) => Promise<VerifyResult[]>;

export interface SearchOptions {
  /** Wall time for the whole search, in milliseconds. */
  budgetMs: number;
  /** Most candidates checked. */
  maxCandidates: number;
  /** Time limit of one check, in milliseconds. */
  candidateTimeoutMs: number;
  /** Stop once this many answers are found. */
  wanted: number;
  verify: VerifyJobs;
  signal?: AbortSignal;
}

export interface SearchResult {
  answers: Json[];
  /** Candidates checked. */
  checked: number;
  ms: number;
}

// Small at first: until one chunk is measured, a check may cost up to its timeout.
const FIRST_CHUNK = 8;
const MAX_CHUNK = 512;
const MAX_REPEATS = 50_000;

/**
 * Checks candidates in order, in chunks sized from the measured cost per check so that a slow `sat` does
 * not overrun the budget by much. The order is fixed by the stream; only the budget can cut it short.
 */
export async function searchAnswers(
  puzzle: string,
  candidates: Iterable<Json>,
  options: SearchOptions,
): Promise<SearchResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const stream = candidates[Symbol.iterator]();
  const seen = new Set<string>();
  const answers: Json[] = [];
  let checked = 0;
  let chunkSize = FIRST_CHUNK;
  let exhausted = false;
  while (!exhausted && answers.length < options.wanted && checked < options.maxCandidates) {
    options.signal?.throwIfAborted();
    const remaining = options.budgetMs - elapsed();
    if (remaining <= 0) break;
    const chunk: string[] = [];
    let repeats = 0;
    while (chunk.length < Math.min(chunkSize, options.maxCandidates - checked)) {
      const item = stream.next();
      if (item.done) {
        exhausted = true;
        break;
      }
      const json = JSON.stringify(item.value);
      if (json === undefined || seen.has(json)) {
        // A stream that only repeats itself (a random tail over a few values) has nothing left to give.
        if (++repeats >= MAX_REPEATS) exhausted = true;
        if (exhausted || (repeats % 1024 === 0 && elapsed() > options.budgetMs)) break;
        continue;
      }
      repeats = 0;
      seen.add(json);
      chunk.push(json);
    }
    if (chunk.length === 0) break;
    const t0 = performance.now();
    const results = await options.verify(
      chunk.map((answer) => ({ kind: "answer", puzzle, answer })),
      { timeoutMs: options.candidateTimeoutMs },
    );
    checked += chunk.length;
    for (const [i, result] of results.entries()) {
      if (result.verified && answers.length < options.wanted) answers.push(JSON.parse(chunk[i]!) as Json);
    }
    const perCandidate = Math.max(0.01, (performance.now() - t0) / chunk.length);
    const left = options.budgetMs - elapsed();
    // Half of what the measured rate says fits: checks vary, and the budget is a promise to the caller.
    chunkSize = Math.max(1, Math.min(MAX_CHUNK, chunkSize * 2, Math.floor(left / perCandidate / 2)));
  }
  return { answers, checked, ms: Math.round(elapsed()) };
}
