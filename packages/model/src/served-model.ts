// Finds the model name an OpenAI-compatible server expects in `model`, from the list it serves.

import { z } from "zod";
import { checkedFetch } from "./checked-fetch.ts";
import { ModelHttpError } from "./errors.ts";
import { isRetryable } from "./retry-policy.ts";

/** Sent as `model` when the server lists nothing: TGI and llama.cpp accept any name, and this is TGI's own. */
export const FALLBACK_SERVED_MODEL = "tgi";

const modelListSchema = z.object({ data: z.array(z.object({ id: z.string().min(1) })).min(1) });

/**
 * The `/v1/models` URL next to the chat URL that @huggingface/inference builds from an endpoint URL: it appends
 * `/v1/chat/completions`, or `/chat/completions` after `/v1`, or nothing when already there.
 */
export function modelsUrl(endpointUrl: string): string {
  let base = endpointUrl.trim().replace(/\/+$/, "");
  if (base.endsWith("/chat/completions")) base = base.slice(0, -"/chat/completions".length);
  return base.endsWith("/v1") ? `${base}/models` : `${base}/v1/models`;
}

/**
 * The first model the server lists (vLLM and Ollama reject names they do not serve), or undefined when the
 * server has no usable list. Transient failures (5xx, 429, network) throw, so that the caller tries again later
 * instead of settling on a fallback name.
 */
export async function discoverServedModel(
  endpointUrl: string,
  token: string | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  let response: Response;
  try {
    response = await checkedFetch(modelsUrl(endpointUrl), {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal,
    });
  } catch (error) {
    if (error instanceof ModelHttpError && !isRetryable(error)) return undefined;
    throw error;
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return undefined;
  }
  const parsed = modelListSchema.safeParse(body);
  return parsed.success ? parsed.data.data[0]!.id : undefined;
}
