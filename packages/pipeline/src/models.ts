/** Builds the model a job names, once per process: the built-in baseline or an HTTP endpoint/hub model. */
import { BuiltinModel } from "@puzzleloop/builtin";
import {
  HttpModel,
  type HttpModelOptions,
  type PuzzleModel,
  parseModelName,
  type SolvedExample,
} from "@puzzleloop/model";
import { loadPool } from "@puzzleloop/puzzles";
import type { RoundLimits } from "./jobs.ts";

export interface ModelRegistryOptions {
  /**
   * Options for HTTP models (timeouts, retries, concurrency).
   * @defaultValue the HTTP model's own defaults
   */
  http: HttpModelOptions;
  /**
   * Where the seed library lives (the built-in model retrieves from its train split).
   * @defaultValue the repository's puzzles/ folder
   */
  puzzlesDir: string | undefined;
}

/** Workers are stateless: a model is rebuilt from its name (and training folder) in any process. */
export class ModelRegistry {
  private readonly models = new Map<string, Promise<PuzzleModel>>();
  private readonly options: ModelRegistryOptions;

  constructor(options: Partial<ModelRegistryOptions> = {}) {
    this.options = { http: options.http ?? {}, puzzlesDir: options.puzzlesDir };
  }

  /**
   * The model `name` (trained on `trainDirs`), calling over HTTP with the round's request timeout and
   * tries when `limits` are given.
   */
  get(
    name: string,
    trainDirs: readonly string[] = [],
    limits?: Pick<RoundLimits, "requestTimeoutMs" | "httpAttempts">,
  ): Promise<PuzzleModel> {
    const key = [name, limits?.requestTimeoutMs, limits?.httpAttempts, ...trainDirs].join("\u0000");
    let model = this.models.get(key);
    if (model === undefined) {
      model = this.build(name, trainDirs, limits);
      this.models.set(key, model);
      model.catch(() => this.models.delete(key));
    }
    return model;
  }

  private async build(
    name: string,
    trainDirs: readonly string[],
    limits: Pick<RoundLimits, "requestTimeoutMs" | "httpAttempts"> | undefined,
  ): Promise<PuzzleModel> {
    const spec = parseModelName(name);
    if (spec.kind !== "builtin") {
      const { http } = this.options;
      return new HttpModel(
        name,
        limits === undefined
          ? http
          : {
              ...http,
              retry: { ...http.retry, timeoutMs: limits.requestTimeoutMs, maxAttempts: limits.httpAttempts },
            },
      );
    }
    const library = await seedLibrary(this.options.puzzlesDir);
    return BuiltinModel.fromTrainingDirs(trainDirs, { library });
  }
}

/** The train split with its reference solutions: what the built-in model starts from. */
export async function seedLibrary(dir?: string): Promise<SolvedExample[]> {
  const pool = await loadPool(dir === undefined ? {} : { dir });
  return pool.map((p) => ({ sat: p.puzzle, sol: p.solution }));
}
