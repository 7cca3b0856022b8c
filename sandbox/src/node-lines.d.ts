/** Types of node-lines.js: see there. */
export interface NodeLine {
  readonly major: number;
  readonly minMinor: number;
  readonly modules: string;
  readonly isolatedVm: string;
}
export const NODE_LINES: readonly NodeLine[];
export const ISOLATED_VM_NODE_FLAGS: readonly string[];
export const SUPPORTED_NODE: string;
export function nodeLine(versions?: NodeJS.ProcessVersions): NodeLine | undefined;
export function unsupportedNodeMessage(versions?: NodeJS.ProcessVersions): string | undefined;
