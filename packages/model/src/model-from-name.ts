// Reads a MODEL string (`builtin`, an endpoint URL, or a Hugging Face model id) into what it names.

import { z } from "zod";
import { ModelConfigError } from "./errors.ts";

/** What a MODEL string names. */
export type ModelSpec =
  /** The offline baseline, served by another package. */
  | { kind: "builtin" }
  /** A server with the OpenAI-compatible chat API: Inference Endpoints, TGI, vLLM, llama.cpp, Ollama. */
  | { kind: "endpoint"; url: string }
  /** A model on the Hub, reached through Inference Providers; `id` may end in `:provider` or `:fastest`. */
  | { kind: "hub"; id: string };

// `org/name`, optionally `:provider`, as the Hub and its router accept them.
const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*(?::[a-z0-9][\w-]*)?$/;

export const modelSpecSchema = z
  .string()
  .trim()
  .pipe(
    z.union([
      z.literal("builtin").transform((): ModelSpec => ({ kind: "builtin" })),
      z.url({ protocol: /^https?$/ }).transform((url): ModelSpec => ({ kind: "endpoint", url })),
      z
        .string()
        .regex(HUB_ID)
        .transform((id): ModelSpec => ({ kind: "hub", id })),
    ]),
  );

/** Parses MODEL; a string that is none of the three throws a {@link ModelConfigError} saying what would be. */
export function parseModelName(name: string): ModelSpec {
  const parsed = modelSpecSchema.safeParse(name);
  if (parsed.success) return parsed.data;
  const hint = /^[\w.-]+:\d+(?:\/|$)/.test(name.trim())
    ? ` (for a local server write the URL in full, e.g. "http://${name.trim()}")`
    : "";
  throw new ModelConfigError(
    `MODEL "${name}" is not "builtin", an http(s) endpoint URL or a Hugging Face model id such as "Qwen/Qwen2.5-Coder-7B-Instruct"${hint}`,
  );
}
