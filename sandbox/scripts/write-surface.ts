/**
 * Writes sandbox/src/realm/surface.txt: the built-ins a realm offers puzzle code on every host. Run
 * it on the oldest supported Node (`npm run surface -w @puzzleloop/sandbox`): newer engines are pruned
 * to this list, and a realm refuses to start on an engine that lacks any of it.
 */
import { writeFileSync } from "node:fs";
import { engineSurface, SURFACE_FILE } from "../src/realm/index.ts";

const surface = engineSurface();
writeFileSync(SURFACE_FILE, `${surface.join("\n")}\n`);
console.log(`wrote ${surface.length} properties to ${SURFACE_FILE.pathname} (Node ${process.version})`);
