// `npm ci`'s first step (preinstall): on a Node puzzleloop does not run on, one line and stop, before
// anything is downloaded or compiled.
import { unsupportedNodeMessage } from "../sandbox/src/node-lines.js";

const message = unsupportedNodeMessage();
if (message) {
  console.error(message);
  process.exit(1);
}
