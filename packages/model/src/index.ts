// Model access for puzzleloop: prompts, code extraction, and the HTTP model over @huggingface/inference.

export { type ChatSample, chatResponseSchema, parseChatResponse } from "./chat-response.ts";
export { type CheckModelOptions, checkModel, type ModelCheck } from "./check-model.ts";
export { checkedFetch } from "./checked-fetch.ts";
export { CharKind, type CodeScan, findIdentifiers, type IdentifierToken, scanCode } from "./code-scanner.ts";
export { ConcurrencyLimiter } from "./concurrency-limiter.ts";
export {
  ModelConfigError,
  ModelError,
  ModelHttpError,
  ModelNetworkError,
  ModelResponseError,
  ModelTimeoutError,
} from "./errors.ts";
export { type ExtractOptions, extractCode, PUZZLE_EXTRACTION, SOLUTION_EXTRACTION } from "./extract-code.ts";
export { HttpModel, type HttpModelOptions, type SamplingMode } from "./http-model.ts";
export { type ModelSpec, modelSpecSchema, parseModelName } from "./model-from-name.ts";
export {
  type ChatMessage,
  GENERATION_SYSTEM_PROMPT,
  generationPrompt,
  type Prompt,
  SOLVING_SYSTEM_PROMPT,
  solvingPrompt,
} from "./prompts.ts";
export { renameFunction } from "./rename-function.ts";
export {
  DEFAULT_RETRY_OPTIONS,
  isRetryable,
  parseRetryAfter,
  type RetryOptions,
  resolveRetryOptions,
  retryDelayMs,
  sleep,
  withRetry,
} from "./retry-policy.ts";
export { discoverServedModel, FALLBACK_SERVED_MODEL, modelsUrl } from "./served-model.ts";
export { solSignature } from "./sol-signature.ts";
// The scripted server has no test-runner dependency, so it can be used from the package entry too.
export {
  type ChatRequestRecord,
  puzzleResponder,
  type Responder,
  reply,
  ScriptedOpenAiServer,
  type ScriptedOpenAiServerOptions,
  type ScriptedReply,
  scripted,
  startOpenAiServer,
} from "./testing/openai-server.ts";
export type {
  CallUsage,
  Completion,
  GenerateRequest,
  ModelResponse,
  PromptPuzzle,
  PuzzleModel,
  SolvedExample,
  SolveRequest,
} from "./types.ts";
