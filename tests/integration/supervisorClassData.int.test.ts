/**
 * `npm start` (server/supervisor.ts) on a machine without a class-data archive: Neo4j starts
 * without one, and once the app is ready and has had a quiet moment the supervisor, which owns
 * Neo4j, builds it, so that the next `npm start` maps it. Only the app sees the requests, so the
 * quiet moment is its to report: while requests keep coming the build waits. The archive lives in
 * a directory of this file's own (NEO4J_CLASS_DATA_DIR), so the outcome does not depend on what
 * an earlier `npm start` left in platform/launcher/target.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ARCHIVE_FILE, archiveState } from "#launcher/classDataArchive.ts";
import { freePort, prepareClasspath } from "#launcher/launcher.ts";
import { CLASS_DATA_BUILD } from "#server/classDataWhenIdle.ts";

/** A start on a shared, overloaded machine can take minutes. */
const START_TIMEOUT_MS = 240_000;
/** The build (a training run and a dump, at nice 10) took 40 s alone and far longer under load. */
const BUILD_TIMEOUT_MS = 420_000;
const BUILDING = "building a class-data archive";
const BUILT = /class-data archive ready after/;

interface Supervisor {
  readonly process: ChildProcess;
  readonly output: () => string;
  readonly port: number;
}

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
const running: Supervisor[] = [];
afterAll(() => {
  for (const { process: child } of running) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs) {
    const pidFile = join(dir, "neo4j.pid");
    try {
      process.kill(Number(readFileSync(pidFile, "utf8")), "SIGKILL");
    } catch {
      // No Neo4j left running from this directory.
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

async function waitFor(condition: () => boolean, ms: number, what: () => string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startSupervisor(dataDir: string, classDataDir: string): Promise<Supervisor> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/supervisor.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_CLASS_DATA_DIR: classDataDir,
      NEO4J_PASSWORD: "class-data-test-password",
      NEO4J_URI: "",
      NEO4J_START_TIMEOUT_MS: String(START_TIMEOUT_MS),
      SEED_ON_START: "if-empty",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const supervisor = { process: child, output: () => output, port };
  running.push(supervisor);
  await waitFor(
    () => output.includes("Ready:"),
    START_TIMEOUT_MS,
    () => `"Ready:" in\n${output}`,
  );
  return supervisor;
}

async function stop(supervisor: Supervisor): Promise<void> {
  const child = supervisor.process;
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** One small read, awaited: the app has a request in flight for its whole duration. */
async function read(port: number): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: '{ node(id: "helsenorge") { id } }' }),
    signal: AbortSignal.timeout(30_000),
  });
  await response.text();
}

describe("npm start's class-data archive", () => {
  const classDataDir = tempDir("ehealth-supervisor-classdata-");

  it(
    "is built by the supervisor once the app reports a quiet moment after Ready, and the next start maps it",
    async () => {
      const first = await startSupervisor(tempDir("ehealth-supervisor-classdata-db-"), classDataDir);
      try {
        expect(first.output()).toContain("(without a class-data archive)");
        // Requests closer together than the quiet period: the app is never quiet, so no build.
        const busyUntil = Date.now() + 3 * CLASS_DATA_BUILD.quietMs;
        while (Date.now() < busyUntil) {
          await read(first.port);
          await new Promise((resolve) => setTimeout(resolve, CLASS_DATA_BUILD.quietMs / 4));
        }
        expect(first.output()).not.toContain(BUILDING);
        // Quiet from now on: the build begins within a quiet period (plus a loaded machine's lag).
        await waitFor(
          () => first.output().includes(BUILDING),
          CLASS_DATA_BUILD.quietMs + 30_000,
          () => `the build to begin once the app was quiet:\n${first.output()}`,
        );
        await waitFor(
          () => BUILT.test(first.output()),
          BUILD_TIMEOUT_MS,
          () => `the archive to be built:\n${first.output()}`,
        );
        const output = first.output();
        expect(output.indexOf(BUILDING)).toBeGreaterThan(output.indexOf("Ready:"));
        expect(archiveState(classDataDir, (await prepareClasspath()).jars).state).toBe("usable");
        // The app kept answering beside the build.
        await read(first.port);
      } finally {
        await stop(first);
      }

      const nextDataDir = tempDir("ehealth-supervisor-classdata-db-");
      const next = await startSupervisor(nextDataDir, classDataDir);
      try {
        expect(next.output()).not.toContain("without a class-data archive");
        const neo4jPid = Number(readFileSync(join(nextDataDir, "neo4j.pid"), "utf8"));
        expect(readFileSync(`/proc/${neo4jPid}/maps`, "utf8")).toContain(join(classDataDir, ARCHIVE_FILE));
        // Nothing left to build: the app is not asked for a quiet moment, and nothing is built.
        await new Promise((resolve) => setTimeout(resolve, 2 * CLASS_DATA_BUILD.quietMs));
        expect(next.output()).not.toContain(BUILDING);
      } finally {
        await stop(next);
      }
    },
    2 * START_TIMEOUT_MS + BUILD_TIMEOUT_MS + 60_000,
  );
});
