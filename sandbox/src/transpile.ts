/** Turns a TypeScript module into the JavaScript the realm runs, rejecting what would not run as written. */
import { checkModuleShape } from "@puzzleloop/core/module-shape";
import { transform } from "sucrase";

/** `bytes` is the source's UTF-8 size, kept with the result so size checks cost nothing on a hit. */
export type TranspileResult =
  | { ok: true; code: string; bytes: number }
  | { ok: false; error: string; bytes: number };

export interface TranspilerOptions {
  /**
   * How many distinct sources to remember.
   * @defaultValue 2048
   */
  cacheSize: number;
}

/**
 * A puzzle is verified against many solutions, so its source is transpiled once and reused. The
 * cache is a Map in insertion order: deleting and re-inserting on a hit keeps it least-recently-used.
 */
export class Transpiler {
  private readonly cache = new Map<string, TranspileResult>();
  private readonly cacheSize: number;

  constructor(options: Partial<TranspilerOptions> = {}) {
    this.cacheSize = options.cacheSize ?? 2048;
  }

  transpile(source: string): TranspileResult {
    const hit = this.cache.get(source);
    if (hit !== undefined) {
      this.cache.delete(source);
      this.cache.set(source, hit);
      return hit;
    }
    const result = strip(source);
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(source, result);
    return result;
  }
}

/**
 * TypeScript to JavaScript that runs as a function body. The source must first pass as an ES module
 * of the shape `checkModuleShape` demands: only then does stripping its types and turning `export`
 * into assignments keep its meaning, with `sat` and `sol` bound exactly as the text declares.
 */
export function strip(source: string): TranspileResult {
  const bytes = Buffer.byteLength(source, "utf8");
  const shape = checkModuleShape(source);
  if (!shape.ok) return { ok: false, error: shape.error, bytes };
  try {
    const { code } = transform(source, { transforms: ["typescript", "imports"], disableESTransforms: true });
    return { ok: true, code, bytes };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, error: `does not parse: ${message}`, bytes };
  }
}
