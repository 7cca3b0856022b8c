// The HTTP boundary under @huggingface/inference: reads each response whole and turns failures into our errors.

import { ModelHttpError, ModelNetworkError } from "./errors.ts";
import { parseRetryAfter } from "./retry-policy.ts";

const BODY_EXCERPT_CHARS = 300;

/**
 * A `fetch` for the client's `fetch` option. The client does not expose response headers on its errors, so
 * `Retry-After` would be lost; and a body cut off mid-read would surface later as an anonymous TypeError.
 * Here a non-2xx status becomes a {@link ModelHttpError} (with `Retry-After`), a failed connection or
 * truncated body a {@link ModelNetworkError}, and an abort stays the signal's own rejection.
 */
export const checkedFetch: typeof fetch = async (input, init) => {
  const url = requestUrl(input);
  let response: Response;
  let body: ArrayBuffer;
  try {
    response = await fetch(input, init);
    body = await response.arrayBuffer();
  } catch (error) {
    if (init?.signal?.aborted) throw error;
    throw new ModelNetworkError(url, { cause: error });
  }
  if (!response.ok) {
    throw new ModelHttpError(
      response.status,
      url,
      excerpt(body),
      parseRetryAfter(response.headers.get("retry-after")),
    );
  }
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

function requestUrl(input: string | URL | Request): string {
  if (typeof input === "string") return input;
  return input instanceof URL ? input.href : input.url;
}

function excerpt(body: ArrayBuffer): string {
  const text = new TextDecoder().decode(body).replace(/\s+/g, " ").trim();
  return text.length > BODY_EXCERPT_CHARS ? `${text.slice(0, BODY_EXCERPT_CHARS)}...` : text;
}
