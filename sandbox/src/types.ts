/** The verifier's vocabulary: statuses, limits and results shared by every caller. */

/** What verification concluded about one pair (see DESIGN.md, "Verification"). */
export const VERIFY_STATUSES = ["verified", "wrong_answer", "timeout", "memory", "error", "invalid"] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

/** Resource limits for one verification. */
export interface Limits {
  /**
   * Wall time for each phase (running `sol`, then `sat`), in milliseconds.
   * @defaultValue 1000
   */
  timeoutMs: number;
  /**
   * Heap limit of the isolate, in MiB.
   * @defaultValue 128
   */
  memoryMb: number;
  /**
   * Largest accepted source (puzzle or solution), in bytes of UTF-8.
   * @defaultValue 65536
   */
  maxSourceBytes: number;
  /**
   * Largest accepted answer, in characters of its JSON.
   * @defaultValue 1048576
   */
  maxAnswerBytes: number;
}

export interface VerifyResult {
  status: VerifyStatus;
  verified: boolean;
  /** The answer `sol()` returned, as JSON, when phase 1 produced one. */
  answer?: string;
  /** Why the pair is not verified, in one line. */
  error?: string;
  /** Total wall time of the verification, in milliseconds. */
  ms: number;
  /** Wall time of phase 1 (`sol`), when it ran. */
  solveMs?: number;
  /** Wall time of phase 2 (`sat`), when it ran. */
  checkMs?: number;
}

/** One unit of sandbox work: a pair to verify, or a puzzle to check against a given answer. */
export type Job =
  | { kind: "pair"; puzzle: string; solution: string }
  | { kind: "answer"; puzzle: string; answer: string };
