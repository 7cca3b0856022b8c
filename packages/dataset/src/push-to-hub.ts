/** Uploading an export folder to a Hugging Face dataset repository. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createRepo, type RepoId, repoExists, uploadFiles } from "@huggingface/hub";
import { MissingHfTokenError } from "./errors.ts";

export interface PushToHubOptions {
  /** The dataset repository, `owner/name`; created (private) when it does not exist. */
  repo: string;
  /**
   * A Hub token with write access.
   * @defaultValue `HF_TOKEN` from the environment
   */
  token?: string;
  /**
   * The commit title.
   * @defaultValue "Upload puzzleloop export"
   */
  commitTitle?: string;
  /**
   * The Hub's address, for a mirror or a local stand-in.
   * @defaultValue the library's (https://huggingface.co)
   */
  hubUrl?: string;
}

/** A file to upload: its path in the repository and where to read it. */
export interface HubFile {
  path: string;
  content: URL;
}

/** The result of a push. */
export interface PushResult {
  repo: string;
  url: string;
  files: string[];
}

/** Every file of the export folder, at the root of the repository, by name (the folder holds no sub-folders). */
export async function hubFiles(dir: string): Promise<HubFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ path: name, content: pathToFileURL(join(dir, name)) }));
}

/** Uploads `dir` to the dataset repository in one commit. Without a token, fails before any request. */
export async function pushToHub(dir: string, options: PushToHubOptions): Promise<PushResult> {
  const accessToken = options.token?.trim() || process.env.HF_TOKEN?.trim();
  if (!accessToken) throw new MissingHfTokenError(options.repo);
  const repo: RepoId = { type: "dataset", name: options.repo };
  const hubUrl = options.hubUrl;
  const files = await hubFiles(dir);
  if (!(await repoExists({ repo, accessToken, hubUrl }))) {
    await createRepo({ repo, accessToken, hubUrl, visibility: "private" });
  }
  await uploadFiles({
    repo,
    accessToken,
    hubUrl,
    files,
    commitTitle: options.commitTitle ?? "Upload puzzleloop export",
  });
  return {
    repo: options.repo,
    url: `${hubUrl ?? "https://huggingface.co"}/datasets/${options.repo}`,
    files: files.map((f) => f.path),
  };
}
