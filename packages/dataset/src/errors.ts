/** Errors an export raises for requests it cannot honour, each naming what is wrong and the fix. */

/** The base of every export error, so that callers can tell them from I/O and driver failures. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}

/** An option out of range, or two options that do not go together. */
export class ExportOptionsError extends ExportError {
  constructor(message: string) {
    super(message);
    this.name = "ExportOptionsError";
  }
}

/** Pushing to the Hub was asked for, but no token says who is pushing. */
export class MissingHfTokenError extends ExportError {
  constructor(readonly repo: string) {
    super(
      `pushing to the Hugging Face Hub (${repo}) needs a write token: set HF_TOKEN (https://huggingface.co/settings/tokens)`,
    );
    this.name = "MissingHfTokenError";
  }
}

/** The export was written, but uploading it failed: the folder is there to upload again. */
export class HubPushError extends ExportError {
  constructor(
    readonly dir: string,
    readonly repo: string,
    readonly reason: string,
  ) {
    super(
      `the export is in ${dir}, but uploading it to ${repo} failed: ${reason}; run the export again to retry`,
    );
    this.name = "HubPushError";
  }
}
