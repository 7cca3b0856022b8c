// Token counts for the built-in model, which has no tokenizer: estimates, about four characters a token.

/** An estimate, not a count: the built-in model reads no tokens; this keeps usage figures comparable in scale. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
