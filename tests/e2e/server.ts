/**
 * The app as `npm start` runs it, for end-to-end tests: a real child process (`server/main.ts`)
 * with its own throw-away Neo4j on free ports and a temporary data directory. `stop()` sends
 * SIGTERM like Ctrl-C does. It serves a test build of the explorer (vite --mode test), the only
 * build that has the `window.__explorer` hook the tests read.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "#launcher/launcher.ts";

export interface AppServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** The app's own throw-away Neo4j, for tests that must shape the data first. */
  readonly neo4j: { readonly uri: string; readonly user: string; readonly password: string };
  stop(): Promise<void>;
}

/** Builds the explorer in test mode into `outDir`. */
export function buildTestClient(outDir: string): void {
  const build = spawnSync(
    process.execPath,
    [
      "node_modules/vite/bin/vite.js",
      "build",
      "--config",
      "client/vite.config.ts",
      "--mode",
      "test",
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--logLevel",
      "warn",
    ],
    { stdio: "inherit" },
  );
  if (build.status !== 0) throw new Error("Building the explorer in test mode failed (see above)");
}

export async function startAppServer(): Promise<AppServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "ehealth-e2e-"));
  const clientDir = join(dataDir, "client");
  buildTestClient(clientDir);
  const port = await freePort();
  const boltPort = await freePort();
  // What `npm start` runs: the build step (explorer and server bundle), then the bundle.
  const build = spawnSync(process.execPath, ["build.mjs"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build failed");
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_URI: "",
      NEO4J_PASSWORD: "e2e-test-password",
      CLIENT_DIST_DIR: clientDir,
      // The Query tab's Cypher view is exercised here, and the server shows the Cypher it ran
      // only in development (or to an admin, which the explorer never is).
      NODE_ENV: "development",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in 180 s:\n${output}`)), 180_000);
    const poll = setInterval(() => {
      if (output.includes("Ready:")) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`app exited (${child.exitCode}):\n${output}`));
      }
    }, 200);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    neo4j: { uri: `bolt://127.0.0.1:${boltPort}`, user: "neo4j", password: "e2e-test-password" },
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
