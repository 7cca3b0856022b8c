// The shape of an OpenAI-compatible chat completion we rely on, checked where the response enters.

import { z } from "zod";
import { ModelResponseError } from "./errors.ts";

const tokenCount = z.number().int().nonnegative();

export const chatResponseSchema = z.object({
  choices: z
    .array(
      z.object({
        index: z.number().int().nonnegative().optional(),
        message: z.object({
          // null when a server filtered the content or answered with tool calls: no text, hence no code.
          content: z.string().nullish(),
        }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1, "the response has no choices"),
  usage: z
    .object({
      prompt_tokens: tokenCount.nullish(),
      completion_tokens: tokenCount.nullish(),
    })
    .nullish(),
});

/** The texts of one response, in choice order, and what the server says they cost (0 when it does not say). */
export interface ChatSample {
  texts: string[];
  promptTokens: number;
  completionTokens: number;
}

export function parseChatResponse(body: unknown): ChatSample {
  const parsed = chatResponseSchema.safeParse(body);
  if (!parsed.success) {
    throw new ModelResponseError(
      `malformed chat completion: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}`,
    );
  }
  const { choices, usage } = parsed.data;
  const ordered = [...choices].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return {
    texts: ordered.map((choice) => choice.message.content ?? ""),
    promptTokens: usage?.prompt_tokens ?? 0,
    completionTokens: usage?.completion_tokens ?? 0,
  };
}
