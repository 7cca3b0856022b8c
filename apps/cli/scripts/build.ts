/**
 * Compiles the CLI into `dist/`: one ES module per command (loaded only when used), workspace
 * packages bundled in, every npm dependency left to Node. Files the sources read beside themselves
 * (`new URL("./x", import.meta.url)`: migrations, Lua scripts, the sandbox's child process) are still
 * read from the sources, so nothing is copied and the sandbox child runs as it always does.
 * `dist/inputs.json` lists the sources, so that the bin can tell a stale build and run them instead.
 */
import { rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(app, "dist");
const builtins = new Set(builtinModules);

/** npm packages stay imports, resolved by Node at run time from the bundle's folder. */
const dependenciesStayExternal: Plugin = {
  name: "dependencies-stay-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "checking" || args.path.startsWith("@puzzleloop/")) return undefined;
      if (args.path.startsWith("node:") || builtins.has(args.path))
        return { path: args.path, external: true };
      // The bundle imports it from dist/: that must find the very file the source finds. Where it
      // would not (a package installed under one workspace only), the import names that file.
      const fromSource = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: "checking",
      });
      // From dist/, Node looks in the same node_modules folders as from the app folder.
      const fromDist = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: app,
        pluginData: "checking",
      });
      if (
        fromSource.errors.length === 0 &&
        (fromDist.errors.length > 0 || fromSource.path !== fromDist.path)
      ) {
        const file = relative(outdir, fromSource.path).split("\\").join("/");
        return { path: file.startsWith(".") ? file : `./${file}`, external: true };
      }
      return { path: args.path, external: true };
    });
  },
};

/**
 * The workspace's modules do nothing when imported but define things (none is imported for its side
 * effects), so a command's chunk holds only the modules it uses: `pingRedis` from @puzzleloop/pipeline
 * brings its own file and ioredis, not the whole pipeline and the TypeScript compiler with it.
 */
const workspaceHasNoSideEffects: Plugin = {
  name: "workspace-has-no-side-effects",
  setup(b) {
    b.onResolve({ filter: /^(\.|@puzzleloop\/)/ }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      const result = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "resolving",
      });
      if (result.errors.length > 0 || result.path.includes("/node_modules/")) return undefined;
      return { path: result.path, sideEffects: false };
    });
  },
};

/** `import.meta.url` of a source file keeps meaning that file, wherever its code ends up. */
const sourceUrls: Plugin = {
  name: "source-urls",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${"/"}node_modules${"/"}`)) return undefined;
      const source = await readFile(args.path, "utf8");
      const from = relative(outdir, args.path).split("\\").join("/");
      const url = `new URL(${JSON.stringify(from)}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const builtAt = Date.now();
let result: Awaited<ReturnType<typeof build<{ metafile: true }>>>;
try {
  result = await build({
    entryPoints: { main: join(app, "src/main.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Every file in one folder: the paths written for import.meta.url are relative to it.
    chunkNames: "[name]-[hash]",
    metafile: true,
    logLevel: "warning",
    plugins: [dependenciesStayExternal, workspaceHasNoSideEffects, sourceUrls],
  });
} catch (error) {
  // Without a build the bin runs the sources through tsx: slower to start, never wrong. An install
  // must not fail for want of the faster path.
  rmSync(outdir, { recursive: true, force: true });
  process.stderr.write(
    `puzzleloop: the CLI was not compiled (${(error as Error).message}); it will run from its sources\n`,
  );
  process.exit(0);
}
const inputs = Object.keys(result.metafile.inputs)
  .map((input) => resolve(process.cwd(), input))
  .filter((path) => !path.includes("/node_modules/"))
  .map((path) => relative(app, path));
writeFileSync(join(outdir, "inputs.json"), `${JSON.stringify({ builtAt, inputs }, null, 1)}\n`);
process.stdout.write(
  `built ${relative(process.cwd(), outdir)}/ from ${inputs.length} sources (${pathToFileURL(outdir).pathname})\n`,
);
