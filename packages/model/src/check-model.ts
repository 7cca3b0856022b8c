// One cheap call that shows whether a MODEL answers, made before any work is queued for it.

import { HttpModel, type HttpModelOptions } from "./http-model.ts";
import { type ModelSpec, parseModelName } from "./model-from-name.ts";

export interface ModelCheck {
  model: string;
  kind: ModelSpec["kind"];
  /** Time the call took, in milliseconds (0 for the built-in model, which makes none). */
  ms: number;
}

export interface CheckModelOptions {
  /**
   * Hugging Face access token.
   * @defaultValue process.env.HF_TOKEN
   */
  token?: string;
  /**
   * Time allowed for the one call, in milliseconds.
   * @defaultValue 20000
   */
  timeoutMs?: number;
  /**
   * Make the call. Without it, only what needs no network is checked (the MODEL string, HF_TOKEN).
   * @defaultValue true
   */
  call?: boolean;
  /** Passed on to the HTTP model (e.g. `urlTransform`). */
  http?: Omit<HttpModelOptions, "token" | "maxTokens" | "retry" | "sampling">;
}

/**
 * Asks the model for one token of one completion, through the same client the workers use, with no
 * retry. Resolves when it answered; throws the model error otherwise: a `ModelConfigError` (bad
 * MODEL, no HF_TOKEN for a Hub id), `ModelNetworkError`, `ModelHttpError`, `ModelTimeoutError`, ...
 */
export async function checkModel(model: string, options: CheckModelOptions = {}): Promise<ModelCheck> {
  const spec = parseModelName(model);
  if (spec.kind === "builtin") return { model: "builtin", kind: "builtin", ms: 0 };
  const started = performance.now();
  const http = new HttpModel(model, {
    ...options.http,
    ...(options.token !== undefined ? { token: options.token } : {}),
    maxTokens: 1,
    sampling: "separate",
    retry: { maxAttempts: 1, timeoutMs: options.timeoutMs ?? 20_000 },
  });
  if (options.call !== false) await http.generate({ examples: [], n: 1, temperature: 0, seed: 0 });
  return { model: http.name, kind: spec.kind, ms: Math.round(performance.now() - started) };
}
