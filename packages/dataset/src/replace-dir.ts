/** Publishing a folder written aside: readers see the old folder or the new one, never a half-written one. */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ExportError } from "./errors.ts";

/** Creates an empty staging folder next to `target` (same file system, so that renaming it is atomic). */
export async function stagingDir(target: string): Promise<string> {
  const parent = dirname(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new ExportError(`cannot create the output folder ${parent}: ${reason(error)}`);
  }
  const dir = join(parent, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  await mkdir(dir);
  return dir;
}

/**
 * Moves `staging` to `target`, replacing what is there. A folder cannot be renamed over a non-empty
 * one, so an existing target is first moved aside, then removed; if the second rename fails, the old
 * target is put back. Between the two renames (microseconds) the target is briefly absent.
 */
export async function replaceDir(staging: string, target: string): Promise<void> {
  try {
    await rename(staging, target);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") {
      throw new ExportError(`cannot move the export into ${target}: ${reason(error)}`);
    }
  }
  const aside = `${staging}.old`;
  await rename(target, aside);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(aside, target);
    throw new ExportError(`cannot move the export into ${target}: ${reason(error)}`);
  }
  await rm(aside, { recursive: true, force: true });
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? (error instanceof Error ? error.message : String(error));
}
