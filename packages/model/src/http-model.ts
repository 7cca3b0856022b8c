// PuzzleModel over the OpenAI-compatible chat API, through @huggingface/inference: Inference Providers or any endpoint.

import {
  InferenceClient,
  InferenceClientInputError,
  InferenceClientProviderOutputError,
  InferenceClientRoutingError,
  type InferenceProviderOrPolicy,
} from "@huggingface/inference";
import { type ChatSample, parseChatResponse } from "./chat-response.ts";
import { checkedFetch } from "./checked-fetch.ts";
import { ConcurrencyLimiter } from "./concurrency-limiter.ts";
import { ModelConfigError, ModelError, ModelHttpError, ModelResponseError } from "./errors.ts";
import { type ExtractOptions, extractCode, PUZZLE_EXTRACTION, SOLUTION_EXTRACTION } from "./extract-code.ts";
import { type ModelSpec, parseModelName } from "./model-from-name.ts";
import { type ChatMessage, generationPrompt, type Prompt, solvingPrompt } from "./prompts.ts";
import { type RetryOptions, resolveRetryOptions, withRetry } from "./retry-policy.ts";
import { discoverServedModel, FALLBACK_SERVED_MODEL } from "./served-model.ts";
import type { GenerateRequest, ModelResponse, PuzzleModel, SolveRequest } from "./types.ts";

/**
 * How n samples are obtained: `n` asks for all of them in one request (vLLM, Inference Providers);
 * `separate` makes n requests of one sample each, with seeds seed, seed+1, ...; `auto` asks for n in one
 * request and, when the server returns fewer or rejects `n` (llama.cpp, Ollama, TGI), completes with separate
 * requests and keeps doing so for this model.
 */
export type SamplingMode = "auto" | "n" | "separate";

export interface HttpModelOptions {
  /**
   * Hugging Face access token: required for a Hub model id, sent as a bearer token to endpoints when set.
   * @defaultValue process.env.HF_TOKEN
   */
  token?: string;
  /**
   * The name sent as `model` to an endpoint URL (ignored for a Hub id).
   * @defaultValue the first model the server lists at `/v1/models`, else "tgi"
   */
  servedModel?: string;
  /**
   * Inference provider for a Hub id. Unset, the Hugging Face router chooses; a `:provider` suffix on the id
   * does the same job. Never used with an endpoint URL.
   * @defaultValue undefined (the router's choice)
   */
  provider?: InferenceProviderOrPolicy;
  /**
   * Completion length limit per sample.
   * @defaultValue 1024
   */
  maxTokens?: number;
  /**
   * Requests this model has in flight at once; the rest wait their turn.
   * @defaultValue 4
   */
  concurrency?: number;
  /** @defaultValue "auto" */
  sampling?: SamplingMode;
  /**
   * `chat` sends a system prompt and a user turn; `plain` sends the plain-text form as the only message, for
   * base or fine-tuned models whose chat template passes text through.
   * @defaultValue "chat"
   */
  promptForm?: "chat" | "plain";
  /**
   * Attempts, backoff and per-attempt timeout.
   * @defaultValue DEFAULT_RETRY_OPTIONS
   */
  retry?: Partial<RetryOptions>;
  /**
   * How long an answer that says the model cannot be used as configured (401, 403, 404) is given to
   * every later call without asking the server again: such an answer does not change by retrying.
   * @defaultValue 60000
   */
  failFastMs?: number;
  /**
   * Rewrites the request URL for a Hub id (the Hugging Face router's), e.g. to go through a gateway.
   * An endpoint URL is called as given.
   * @defaultValue undefined (URLs as @huggingface/inference builds them)
   */
  urlTransform?: (url: string) => string;
}

interface ResolvedOptions {
  token: string | undefined;
  servedModel: string | undefined;
  provider: InferenceProviderOrPolicy | undefined;
  maxTokens: number;
  concurrency: number;
  sampling: SamplingMode;
  promptForm: "chat" | "plain";
  retry: RetryOptions;
  failFastMs: number;
  urlTransform: ((url: string) => string) | undefined;
}

function resolveOptions(options: HttpModelOptions): ResolvedOptions {
  const maxTokens = options.maxTokens ?? 1024;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    throw new RangeError(`maxTokens must be a positive integer, got ${maxTokens}`);
  }
  return {
    token: options.token ?? (process.env.HF_TOKEN || undefined),
    servedModel: options.servedModel,
    provider: options.provider,
    maxTokens,
    concurrency: options.concurrency ?? 4,
    sampling: options.sampling ?? "auto",
    promptForm: options.promptForm ?? "chat",
    retry: resolveRetryOptions(options.retry),
    failFastMs: options.failFastMs ?? 60_000,
    urlTransform: options.urlTransform,
  };
}

type RemoteSpec = Exclude<ModelSpec, { kind: "builtin" }>;

/** Statuses that say the model cannot be reached as configured (credentials, permissions, name or URL). */
const UNUSABLE_STATUSES = new Set([401, 403, 404]);

interface Sampling {
  n: number;
  temperature: number;
  seed: number;
}

export class HttpModel implements PuzzleModel {
  readonly name: string;
  readonly spec: RemoteSpec;
  readonly #options: ResolvedOptions;
  readonly #client: InferenceClient;
  readonly #limiter: ConcurrencyLimiter;
  #discoveredModel: Promise<string> | undefined;
  // Set once the server has shown it ignores or refuses `n`: from then on, one request per sample.
  #separateSamples = false;
  // An answer that will not change (see failFastMs), and until when later calls get it without asking.
  #unusable: { error: ModelError; until: number } | undefined;

  /** `model` is an endpoint URL or a Hub model id (see {@link parseModelName}); `builtin` is not served here. */
  constructor(model: string, options: HttpModelOptions = {}) {
    const spec = parseModelName(model);
    if (spec.kind === "builtin") {
      throw new ModelConfigError('MODEL "builtin" is the offline baseline, not an HTTP model');
    }
    this.#options = resolveOptions(options);
    if (spec.kind === "hub" && !this.#options.token) {
      throw new ModelConfigError(
        `MODEL "${spec.id}" is a Hugging Face model id and needs an access token: set HF_TOKEN (https://huggingface.co/settings/tokens), or give an endpoint URL or "builtin"`,
      );
    }
    if (spec.kind === "endpoint" && this.#options.provider !== undefined) {
      throw new ModelConfigError(`MODEL "${spec.url}" is an endpoint URL: a provider cannot be set with it`);
    }
    this.name = model.trim();
    this.spec = spec;
    this.#client = new InferenceClient(this.#options.token);
    this.#limiter = new ConcurrencyLimiter(this.#options.concurrency);
  }

  generate(request: GenerateRequest, signal?: AbortSignal): Promise<ModelResponse> {
    return this.#complete(() => generationPrompt(request.examples), request, PUZZLE_EXTRACTION, signal);
  }

  solve(request: SolveRequest, signal?: AbortSignal): Promise<ModelResponse> {
    return this.#complete(
      () => solvingPrompt(request.examples, request.puzzle),
      request,
      SOLUTION_EXTRACTION,
      signal,
    );
  }

  async #complete(
    makePrompt: () => Prompt,
    sampling: Sampling,
    extraction: ExtractOptions,
    signal: AbortSignal | undefined,
  ): Promise<ModelResponse> {
    signal?.throwIfAborted();
    checkSampling(sampling);
    if (this.#unusable !== undefined && Date.now() < this.#unusable.until) throw this.#unusable.error;
    // Latency is what the caller waits: queueing behind the concurrency limit and retries included.
    const started = performance.now();
    const prompt = makePrompt();
    const messages: ChatMessage[] =
      this.#options.promptForm === "chat" ? prompt.messages : [{ role: "user", content: prompt.text }];
    let sample: ChatSample;
    try {
      sample = await this.#sample(messages, sampling, signal);
    } catch (error) {
      const unusable =
        error instanceof ModelConfigError ||
        (error instanceof ModelHttpError && UNUSABLE_STATUSES.has(error.status));
      if (unusable) this.#unusable = { error, until: Date.now() + this.#options.failFastMs };
      throw error;
    }
    return {
      completions: sample.texts.map((text) => ({ text, code: extractCode(text, extraction) })),
      usage: {
        latencyMs: Math.round(performance.now() - started),
        promptTokens: sample.promptTokens,
        completionTokens: sample.completionTokens,
      },
    };
  }

  async #sample(messages: ChatMessage[], sampling: Sampling, signal?: AbortSignal): Promise<ChatSample> {
    const { n, seed } = sampling;
    const mode = this.#options.sampling;
    if (n === 0) return NO_SAMPLES;
    if (n === 1 || mode === "separate" || (mode === "auto" && this.#separateSamples)) {
      return this.#separate(messages, sampling, n, seed, signal);
    }
    let first: ChatSample;
    try {
      first = await this.#request(messages, sampling, n, seed, signal);
    } catch (error) {
      const refusedN = error instanceof ModelHttpError && (error.status === 400 || error.status === 422);
      if (mode !== "auto" || !refusedN) throw error;
      // The server may reject `n` itself; if one sample works, that was it. If not, the request is what is wrong.
      const single = await this.#request(messages, sampling, 1, seed, signal);
      this.#separateSamples = true;
      return merge(single, await this.#separate(messages, sampling, n - 1, seed + 1, signal));
    }
    if (first.texts.length >= n) return { ...first, texts: first.texts.slice(0, n) };
    if (mode === "n") {
      throw new ModelResponseError(`asked for ${n} choices, the server returned ${first.texts.length}`);
    }
    this.#separateSamples = true;
    const got = first.texts.length;
    return merge(first, await this.#separate(messages, sampling, n - got, seed + got, signal));
  }

  /** `count` single-sample requests in parallel (within the concurrency limit); the first failure stops the rest. */
  async #separate(
    messages: ChatMessage[],
    sampling: Sampling,
    count: number,
    firstSeed: number,
    signal?: AbortSignal,
  ): Promise<ChatSample> {
    const group = new AbortController();
    const linked = signal ? AbortSignal.any([signal, group.signal]) : group.signal;
    const requests = Array.from({ length: count }, (_, i) =>
      this.#request(messages, sampling, 1, firstSeed + i, linked),
    );
    try {
      return (await Promise.all(requests)).reduce(merge, NO_SAMPLES);
    } catch (error) {
      group.abort();
      throw error;
    }
  }

  /** One chat completion request, within the concurrency limit, retried per the retry policy. */
  #request(
    messages: ChatMessage[],
    sampling: Sampling,
    n: number,
    seed: number,
    signal?: AbortSignal,
  ): Promise<ChatSample> {
    return this.#limiter.run(
      () =>
        withRetry(
          async (attemptSignal) =>
            parseChatResponse(await this.#chat(messages, sampling.temperature, n, seed, attemptSignal)),
          this.#options.retry,
          signal,
        ),
      signal,
    );
  }

  async #chat(
    messages: ChatMessage[],
    temperature: number,
    n: number,
    seed: number,
    signal: AbortSignal,
  ): Promise<unknown> {
    const { maxTokens, provider, urlTransform } = this.#options;
    // `endpointUrl` and `provider` are exclusive in @huggingface/inference: only one of them is ever set.
    const target =
      this.spec.kind === "endpoint"
        ? { endpointUrl: this.spec.url, model: await this.#servedModel() }
        : { model: this.spec.id, ...(provider ? { provider } : {}) };
    try {
      return await this.#client.chatCompletion(
        {
          ...target,
          messages: messages.map(({ role, content }) => ({ role, content })),
          temperature,
          max_tokens: maxTokens,
          seed,
          // Left out for one sample: some servers refuse the field outright.
          ...(n > 1 ? { n } : {}),
          ...(urlTransform ? { urlTransform } : {}),
        },
        // Without retry_on_error: false the client retries a 503 itself, at once and without limit.
        { signal, retry_on_error: false, fetch: checkedFetch },
      );
    } catch (error) {
      throw translateClientError(error, signal);
    }
  }

  #servedModel(): Promise<string> {
    const { servedModel, token, retry } = this.#options;
    if (servedModel !== undefined) return Promise.resolve(servedModel);
    if (this.#discoveredModel === undefined && this.spec.kind === "endpoint") {
      // Its own timeout, not a caller's signal: the answer is shared by every caller.
      const pending = discoverServedModel(this.spec.url, token, AbortSignal.timeout(retry.timeoutMs)).then(
        (name) => name ?? FALLBACK_SERVED_MODEL,
      );
      this.#discoveredModel = pending;
      pending.catch(() => {
        if (this.#discoveredModel === pending) this.#discoveredModel = undefined;
      });
    }
    return this.#discoveredModel ?? Promise.resolve(FALLBACK_SERVED_MODEL);
  }
}

function checkSampling({ n, temperature, seed }: Sampling): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a non-negative number, got ${temperature}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
}

const NO_SAMPLES: ChatSample = { texts: [], promptTokens: 0, completionTokens: 0 };

function merge(a: ChatSample, b: ChatSample): ChatSample {
  return {
    texts: [...a.texts, ...b.texts],
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
}

/** Errors from inside the client, as this package's errors; an abort passes through for the retry loop to read. */
function translateClientError(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof ModelError || signal.aborted) return error;
  if (error instanceof SyntaxError) {
    return new ModelResponseError(`the response body is not valid JSON: ${error.message}`, { cause: error });
  }
  if (error instanceof InferenceClientProviderOutputError) {
    return new ModelResponseError(error.message, { cause: error });
  }
  if (error instanceof InferenceClientInputError || error instanceof InferenceClientRoutingError) {
    return new ModelConfigError(error.message, { cause: error });
  }
  return error;
}
