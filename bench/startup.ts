/**
 * Start-up, memory and shutdown measurements: the first-run Maven fetch against an empty local
 * repository, Neo4j alone (startLocalNeo4j), and `server/main.ts` as `npm start` runs it, on
 * free ports with throw-away data directories.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { freePort, startLocalNeo4j } from "#launcher/launcher.ts";

export const ROOT = join(import.meta.dirname, "..");
export const PASSWORD = "bench-password-123";

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) count += countFiles(path);
    else if (/\.(jar|pom)$/.test(entry.name)) count++;
  }
  return count;
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return bytes;
}

export interface FetchResult {
  readonly ok: boolean;
  readonly seconds: number;
  /** .jar and .pom files that landed in the empty repository. */
  readonly files: number;
  readonly megabytes: number;
  readonly error?: string;
}

/** Resolves the launcher's dependencies into an empty temporary Maven repository, then deletes it. */
export function measureFetch(): FetchResult {
  const repo = tempDir("bench-m2-");
  const out = tempDir("bench-cp-");
  try {
    const started = performance.now();
    const mvn = spawnSync(
      "mvn",
      [
        "-B",
        "-q",
        `-Dmaven.repo.local=${repo}`,
        "-f",
        join(ROOT, "platform/launcher/pom.xml"),
        "dependency:build-classpath",
        `-Dmdep.outputFile=${join(out, "cp.txt")}`,
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 20 * 60_000 },
    );
    const seconds = (performance.now() - started) / 1000;
    const files = countFiles(repo);
    const megabytes = dirBytes(repo) / 1024 / 1024;
    if (mvn.error || mvn.status !== 0 || !existsSync(join(out, "cp.txt"))) {
      const output = `${mvn.stdout ?? ""}${mvn.stderr ?? ""}`;
      const reason =
        mvn.error?.message ??
        output
          .split("\n")
          .filter((line) => line.includes("ERROR"))
          .slice(0, 3)
          .join(" ")
          .slice(0, 400);
      return { ok: false, seconds, files, megabytes, error: reason || `exit ${mvn.status}` };
    }
    return { ok: true, seconds, files, megabytes };
  } finally {
    rmSync(repo, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

/** Neo4j alone: startLocalNeo4j on a fresh data dir until it answers, then stop. Milliseconds. */
export async function measureNeo4jUp(): Promise<{ upMs: number; stopMs: number }> {
  const dataDir = tempDir("bench-neo4j-");
  try {
    const started = performance.now();
    const neo = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      password: PASSWORD,
      log: () => {},
    });
    const upMs = performance.now() - started;
    const stopStart = performance.now();
    await neo.stop();
    return { upMs, stopMs: performance.now() - stopStart };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Resident set size in MiB (VmRSS of /proc/<pid>/status), or NaN when the process is gone. */
export function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds (user + system) a process has used so far, or NaN when it is gone. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds of the children a process has waited for (cutime + cstime): Maven, javac and the
 * class-data build's JVMs, which have exited by the time they are counted. NaN when it is gone.
 */
export function reapedChildrenCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function alive(pid: number): boolean {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return !/^State:\s+Z/m.test(status);
  } catch {
    return false;
  }
}

function javaChildOf(pid: number): number | undefined {
  const found = spawnSync("pgrep", ["-P", String(pid), "-x", "java"], { encoding: "utf8" });
  const first = found.stdout.trim().split("\n")[0];
  return first ? Number(first) : undefined;
}

export interface RunningServer {
  readonly child: ChildProcess;
  readonly nodePid: number;
  readonly javaPid: number | undefined;
  readonly port: number;
  readonly boltPort: number;
  readonly dataDir: string;
  /** Spawn → the "Ready:" line on stderr. */
  readonly readyMs: number;
  /** Spawn → the seeding line ("Seeded the graph" / "already seeded"). */
  readonly seededLineMs: number;
  readonly alreadySeeded: boolean;
  readonly seeded: boolean;
  readonly builtClient: boolean;
  /** CPU seconds Node and java had used when "Ready:" appeared: a figure less shaken by other load. */
  readonly readyCpu: { readonly node: number; readonly java: number; readonly reapedChildren: number };
  readonly stderr: string[];
}

/**
 * Runs what `npm start` runs — the build step (`prestart`: nothing to do when current), then the
 * compiled server — and waits for "Ready:"; the build step counts in the time to ready.
 */
export async function startServer(
  dataDir: string,
  timeoutMs = 240_000,
  extraEnv: Readonly<Record<string, string>> = {},
  /** The checkout to start (another one for a before/after comparison); this one by default. */
  root = ROOT,
): Promise<RunningServer> {
  const port = await freePort();
  const boltPort = await freePort();
  const started = performance.now();
  const build = spawnSync(process.execPath, ["build.mjs"], { cwd: root, stdio: "ignore" });
  if (build.status !== 0) throw new Error("npm run build failed");
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PASSWORD: PASSWORD,
      NEO4J_URI: "",
      SEED_ON_START: "if-empty",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stderr: string[] = [];
  let seededLineMs = Number.NaN;
  const readyMs = await new Promise<number>((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(
      () => reject(new Error(`server not ready within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        stderr.push(line);
        if (/Seeded the graph|already seeded/.test(line)) seededLineMs = performance.now() - started;
        if (line.startsWith("Ready:")) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited before ready (${code ?? signal}): ${stderr.slice(-5).join(" | ")}`));
    });
  }).catch((error: unknown) => {
    child.kill("SIGKILL");
    const java = child.pid ? javaChildOf(child.pid) : undefined;
    if (java) process.kill(java, "SIGKILL");
    throw error;
  });
  const nodePid = child.pid ?? -1;
  const javaPid = javaChildOf(nodePid);
  return {
    child,
    nodePid,
    javaPid,
    readyCpu: {
      node: cpuSeconds(nodePid),
      java: cpuSeconds(javaPid),
      reapedChildren: reapedChildrenCpuSeconds(nodePid),
    },
    port,
    boltPort,
    dataDir,
    readyMs,
    seededLineMs,
    alreadySeeded: stderr.some((line) => line.includes("already seeded")),
    seeded: stderr.some((line) => line.includes("Seeded the graph")),
    builtClient: stderr.some((line) => line.includes("Building the explorer")),
    stderr,
  };
}

/** SIGTERM to the Node process; milliseconds until both it and its java child are gone. */
export async function stopServer(server: RunningServer, limitMs = 30_000): Promise<number> {
  const started = performance.now();
  const exited = new Promise<void>((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) resolve();
    else server.child.once("exit", () => resolve());
  });
  server.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, limitMs))]);
  while (server.javaPid !== undefined && alive(server.javaPid) && performance.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const elapsed = performance.now() - started;
  killServer(server);
  return elapsed;
}

/** Last resort for cleanup: SIGKILL whatever of the server is still alive. */
export function killServer(server: RunningServer): void {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
  if (server.javaPid !== undefined && alive(server.javaPid)) {
    try {
      process.kill(server.javaPid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
