/** The model pre-flight: one cheap call before anything is queued, so that a dead model costs nothing. */
import { checkModel, type ModelCheck, ModelConfigError } from "@puzzleloop/model";
import { InputError } from "./errors.ts";

/** Why a model check failed, as one line (a model error's message already names the URL). */
export function modelFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks that `model` answers (with `call`; without it, only the MODEL string and HF_TOKEN). A bad
 * MODEL string or a Hub id without HF_TOKEN is the model package's own message; a model that does
 * not answer names the reason and the two ways on.
 */
export async function preflightModel(model: string, call = true): Promise<ModelCheck> {
  try {
    return await checkModel(model, { call });
  } catch (error) {
    if (error instanceof ModelConfigError) throw error;
    throw new InputError(
      `model ${model} does not answer: ${modelFailure(error)}; nothing was queued. Fix the model or its URL (\`puzzleloop model check ${model}\` tries it again), or pass --no-check if only the workers can reach it`,
    );
  }
}
