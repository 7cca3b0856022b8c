/**
 * Loads the isolated-vm line that fits the running Node (see node-lines.js), and describes the part
 * of its API the sandbox uses, which is the same in isolated-vm 5, 6 and 7.
 */
import { createRequire } from "node:module";
import { ISOLATED_VM_NODE_FLAGS, nodeLine, unsupportedNodeMessage } from "./node-lines.js";

export interface IsolatedVmReference {
  applySync(
    receiver: undefined,
    args: unknown[],
    options?: { timeout?: number; result?: { reference: true } },
  ): unknown;
  getSync(property: number | string, options: { reference: true }): IsolatedVmReference;
  release(): void;
}

export interface IsolatedVmContext {
  evalSync(code: string, options?: { reference?: boolean }): unknown;
}

export interface IsolatedVmIsolate {
  createContextSync(): IsolatedVmContext;
  dispose(): void;
  readonly isDisposed: boolean;
}

export interface IsolatedVm {
  Isolate: new (options: { memoryLimit: number }) => IsolatedVmIsolate;
}

/** The running Node cannot load isolated-vm: unsupported, not installed for it, or started without its flags. */
export class IsolatedVmUnavailableError extends Error {
  override name = "IsolatedVmUnavailableError";
}

let loaded: IsolatedVm | undefined;

/** The isolated-vm of this Node's line; throws one line saying what to do when there is none. */
export function isolatedVm(): IsolatedVm {
  if (loaded) return loaded;
  const unsupported = unsupportedNodeMessage();
  if (unsupported) throw new IsolatedVmUnavailableError(unsupported);
  const line = nodeLine()!;
  const options = `${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS ?? ""}`.split(/\s+/);
  const missing = ISOLATED_VM_NODE_FLAGS.filter((flag) => !options.includes(flag));
  if (missing.length > 0) {
    throw new IsolatedVmUnavailableError(
      `isolated-vm needs node started with ${missing.join(" ")} (SandboxPool starts its processes so; a process that runs a realm itself must be started so too)`,
    );
  }
  const require = createRequire(import.meta.url);
  try {
    require.resolve(line.isolatedVm);
  } catch {
    throw new IsolatedVmUnavailableError(
      `${line.isolatedVm} is not installed for Node ${process.versions.node}: run \`npm ci\` with this Node (it installs the isolated-vm line of the Node that runs it)`,
    );
  }
  loaded = require(line.isolatedVm) as IsolatedVm;
  return loaded;
}
