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

  get(name: string, trainDirs: readonly string[] = []): Promise<PuzzleModel> {
    const key = [name, ...trainDirs].join("\u0000");
    let model = this.models.get(key);
    if (model === undefined) {
      model = this.build(name, trainDirs);
      this.models.set(key, model);
      model.catch(() => this.models.delete(key));
    }
    return model;
  }

  private async build(name: string, trainDirs: readonly string[]): Promise<PuzzleModel> {
    const spec = parseModelName(name);
    if (spec.kind !== "builtin") return new HttpModel(name, this.options.http);
    const library = await seedLibrary(this.options.puzzlesDir);
    return BuiltinModel.fromTrainingDirs(trainDirs, { library });
  }
}

/** The train split with its reference solutions: what the built-in model starts from. */
export async function seedLibrary(dir?: string): Promise<SolvedExample[]> {
  const pool = await loadPool(dir === undefined ? {} : { dir });
  return pool.map((p) => ({ sat: p.puzzle, sol: p.solution }));
}
