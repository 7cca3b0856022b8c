/** Writes lines to a file through a stream, waiting when it is full, and hashes them on the way. */
import { createHash, type Hash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

/** What was written: enough for a reader to check the file. */
export interface WrittenFile {
  /** Hex sha256 of the file's bytes. */
  sha256: string;
  bytes: number;
  lines: number;
}

/**
 * A JSON-lines file written with backpressure: `write` resolves at once while the stream has room and
 * waits for it to drain when not, so that memory stays flat however many lines go through.
 */
export class JsonlWriter {
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  private lines = 0;
  private failure: Error | undefined;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { flags: "wx" });
    this.stream.on("error", (error) => {
      this.failure = error;
    });
  }

  /** Writes `text` and a newline. */
  async writeLine(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    const line = `${text}\n`;
    this.hash.update(line, "utf8");
    this.bytes += Buffer.byteLength(line, "utf8");
    this.lines++;
    // `once` also rejects, and lets go of its listeners, if the stream fails while waiting.
    if (!this.stream.write(line)) await once(this.stream, "drain");
  }

  /** Flushes and closes the file; resolves once every byte is written. */
  async close(): Promise<WrittenFile> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await once(this.stream, "close");
    if (this.failure) throw this.failure;
    return { sha256: this.hash.digest("hex"), bytes: this.bytes, lines: this.lines };
  }

  /** Closes the file after a failure elsewhere, without reporting. */
  destroy(): void {
    this.stream.destroy();
  }
}
