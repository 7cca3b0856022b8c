/**
 * The Node versions puzzleloop runs on and the isolated-vm line each one loads: the one place that
 * knows. Plain JavaScript any Node can parse, so the install check (scripts/check-node.js), the CLI's
 * first line and the sandbox's loader (isolated-vm.ts) all read it before anything else can fail.
 *
 * Each isolated-vm line is a local package under sandbox/isolated-vm/ that holds the `engines` of the
 * Nodes it loads on and depends on one isolated-vm version under its own name (`isolated-vm-7`, an npm
 * alias, so the lines never compete for one folder). The sandbox lists them as optional dependencies,
 * and npm skips an optional dependency whose `engines` do not match the running Node, with everything
 * only it needs: `npm ci` neither downloads nor compiles a line that cannot load there.
 */

/** One supported Node line: its major version, its native module ABI and the isolated-vm it loads. */
export const NODE_LINES = Object.freeze([
  // isolated-vm 5 is compiled on install; 6 and 7 carry their binaries for these ABIs.
  Object.freeze({ major: 20, minMinor: 10, modules: "115", isolatedVm: "@puzzleloop/isolated-vm-5" }),
  Object.freeze({ major: 22, minMinor: 0, modules: "127", isolatedVm: "@puzzleloop/isolated-vm-6" }),
  Object.freeze({ major: 24, minMinor: 0, modules: "137", isolatedVm: "@puzzleloop/isolated-vm-7" }),
  Object.freeze({ major: 26, minMinor: 0, modules: "147", isolatedVm: "@puzzleloop/isolated-vm-7" }),
]);

/**
 * Node flags of every process that loads isolated-vm, on every line: without `--no-node-snapshot`,
 * isolated-vm 5, 6 and 7 crash on Node 20 and later. Sandbox processes get them from the pool; a
 * process that runs a realm itself checks for them (see isolated-vm.ts).
 */
export const ISOLATED_VM_NODE_FLAGS = Object.freeze(["--no-node-snapshot"]);

const names = NODE_LINES.map((line) =>
  line.minMinor > 0 ? `${line.major}.${line.minMinor}+` : `${line.major}`,
);
/** "20.10+, 22, 24 or 26". */
export const SUPPORTED_NODE = `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;

/** The line of the given Node, or undefined when puzzleloop does not run on it. */
export function nodeLine(versions = process.versions) {
  const [major, minor] = versions.node.split(".").map(Number);
  return NODE_LINES.find(
    (line) => line.major === major && minor >= line.minMinor && line.modules === versions.modules,
  );
}

/** One line saying that this Node is not supported and what to do, or undefined when it is. */
export function unsupportedNodeMessage(versions = process.versions) {
  if (nodeLine(versions)) return undefined;
  return `puzzleloop runs on Node ${SUPPORTED_NODE}, not on Node ${versions.node}: install one of those (https://nodejs.org/en/download, or \`nvm install 24\`) and run the command again`;
}
