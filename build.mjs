/**
 * `npm run build` (and `prestart`): builds what `npm start` runs, each part only when its sources
 * changed since the last build.
 *
 * - The explorer (client/ → client/dist) with Vite.
 * - The server (server/main.ts and everything it imports from this repository) into one ES
 *   module, dist/server/main.js, with esbuild; packages stay in node_modules. `npm start` then
 *   runs plain JavaScript instead of transpiling TypeScript at every start.
 *
 * Plain JavaScript itself, so that it runs before anything is compiled and without a loader.
 * Source files find their neighbours (.graphql, .cypher, the launcher's Java project) through
 * import.meta.url; in the bundle each occurrence is rewritten to point at the original file,
 * relative to the bundle, so the checkout can move and the data files are not copied.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = dirname(fileURLToPath(import.meta.url));
const SERVER_OUT = join(ROOT, "dist", "server", "main.js");
const log = (line) => process.stderr.write(`build: ${line}\n`);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist" || entry.name === "target") continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

function isStale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestMtime(join(ROOT, source)) > built);
}

function buildClient() {
  // The explorer imports the graph's vocabulary from model/ and its types from the SDL.
  if (
    !isStale(join(ROOT, "client", "dist", "index.html"), [
      "client",
      "model",
      "server/schema",
      "package-lock.json",
    ])
  )
    return;
  const started = Date.now();
  log("the explorer (client/ → client/dist)…");
  const vite = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "vite", "bin", "vite.js"),
      "build",
      "--config",
      "client/vite.config.ts",
      "--logLevel",
      "warn",
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (vite.status !== 0) throw new Error("building the explorer failed (see above)");
  log(`the explorer in ${Date.now() - started} ms`);
}

/** Rewrites import.meta.url / import.meta.dirname to the source file's own location. */
const sourceLocation = {
  name: "source-location",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta")) return { contents: source, loader: "ts" };
      const fromBundle = relative(dirname(SERVER_OUT), args.path).split("\\").join("/");
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      const contents = source
        .replaceAll("import.meta.url", url)
        .replaceAll("import.meta.dirname", `__SOURCE_DIRNAME__(${url})`);
      return {
        contents: contents.includes("__SOURCE_DIRNAME__")
          ? `import { fileURLToPath as __fileURLToPath } from "node:url";\nimport { dirname as __dirname_of } from "node:path";\nconst __SOURCE_DIRNAME__ = (u) => __dirname_of(__fileURLToPath(u));\n${contents}`
          : contents,
        loader: "ts",
      };
    });
  },
};

async function buildServer() {
  if (!isStale(SERVER_OUT, ["server", "model", "seed", "cypher", "platform", "package.json", "build.mjs"]))
    return;
  const started = Date.now();
  // Chunks of an earlier build would otherwise pile up beside the new ones.
  rmSync(dirname(SERVER_OUT), { recursive: true, force: true });
  await esbuild.build({
    // The supervisor (what `npm start` runs) forks the app (main.js) beside it.
    entryPoints: { main: join(ROOT, "server", "main.ts"), supervisor: join(ROOT, "server", "supervisor.ts") },
    outdir: dirname(SERVER_OUT),
    // main.ts import()s the GraphQL stack after spawning Neo4j: in a chunk of its own, its
    // packages are evaluated only then, not before main.ts runs.
    splitting: true,
    chunkNames: "chunk-[hash]",
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
    plugins: [sourceLocation],
  });
  log(`the server (dist/server/main.js) in ${Date.now() - started} ms`);
}

try {
  buildClient();
  await buildServer();
} catch (error) {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
