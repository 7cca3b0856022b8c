/** The model interface every backend implements: the HTTP one and the built-in offline baseline alike. */

/** A puzzle as a model sees it: source only, never its split or reference solution. */
export interface PromptPuzzle {
  /** TypeScript source of `sat` (with its doc comment). */
  sat: string;
}

/** A solved puzzle, used as a few-shot example for the solving prompt. */
export interface SolvedExample extends PromptPuzzle {
  /** TypeScript source of `sol`. */
  sol: string;
}

export interface GenerateRequest {
  /** Few-shot examples sampled from the pool (never the test split). */
  examples: PromptPuzzle[];
  /** How many completions to sample. */
  n: number;
  /** Sampling temperature. */
  temperature: number;
  /** Seed for reproducible sampling where the backend supports it. */
  seed: number;
}

export interface SolveRequest {
  /** Solved few-shot examples. */
  examples: SolvedExample[];
  /** The puzzle to solve. */
  puzzle: PromptPuzzle;
  /** How many attempts to sample. */
  n: number;
  temperature: number;
  seed: number;
}

/** Accounting for one model call. */
export interface CallUsage {
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
}

export interface Completion {
  /** The raw text the model returned. */
  text: string;
  /** The code extracted from it, or undefined when none could be found. */
  code?: string;
}

export interface ModelResponse {
  completions: Completion[];
  usage: CallUsage;
}

/** A backend that writes puzzles and solves them. */
export interface PuzzleModel {
  /** A stable name: `builtin`, a Hugging Face model id, or an endpoint URL. */
  readonly name: string;
  generate(request: GenerateRequest, signal?: AbortSignal): Promise<ModelResponse>;
  solve(request: SolveRequest, signal?: AbortSignal): Promise<ModelResponse>;
}
