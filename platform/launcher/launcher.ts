/**
 * Starts and stops the local Neo4j 5.26 Community server (LocalNeo4j.java) as a child JVM.
 * First use resolves the jars from Maven Central (progress is printed); later uses read the
 * cached class path and never call Maven, so they work offline. A start maps the class-data archive
 * (classDataArchive.ts) when there is one and never waits for it: `RunningNeo4j.buildClassDataArchive`
 * builds it afterwards, for the starts that follow.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildClassDataArchive,
  discardClassDataArchive,
  usableClassDataArchive,
} from "./classDataArchive.ts";
import { LauncherError } from "./LauncherError.ts";
import { pidFilePath } from "./runningLocalNeo4j.ts";

const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = join(LAUNCHER_DIR, "target");
const CLASSPATH_FILE = join(TARGET_DIR, "classpath.txt");
const CLASSES_DIR = join(TARGET_DIR, "classes");
const MAIN_SOURCE = join(LAUNCHER_DIR, "src/main/java/no/ehealth/graph/LocalNeo4j.java");
const MAIN_CLASS_FILE = join(CLASSES_DIR, "no/ehealth/graph/LocalNeo4j.class");
const POM = join(LAUNCHER_DIR, "pom.xml");
/** The class-data archive, its stamp and its build lock (see classDataArchive.ts). */
export const CLASS_DATA_DIR = join(TARGET_DIR, "classdata");

export interface LaunchOptions {
  /** Where the database files, logs and the generated password live. */
  readonly dataDir: string;
  readonly boltPort: number;
  /** Password for user `neo4j`; when absent one is generated once and kept in dataDir. */
  readonly password?: string | undefined;
  readonly heap?: string;
  readonly pageCache?: string;
  readonly startTimeoutMs?: number;
  /** Where progress lines go (Maven downloads, "starting Neo4j…"); stderr by default. */
  readonly log?: (line: string) => void;
  /**
   * Called once, when the launcher begins to wait for another process (Maven's first-run
   * downloads, else the JVM's boot), so the caller can do its own CPU work meanwhile.
   */
  readonly onSpawn?: (() => void) | undefined;
  /**
   * Where the class-data archive lives (CLASS_DATA_DIR by default), or false to start without
   * one. Tests point it at a copy.
   */
  readonly classDataDir?: string | false;
}

export interface RunningNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly pid: number;
  readonly dataDir: string;
  /** The class-data archive the JVM was started with, if any. */
  readonly classDataArchive: string | undefined;
  /**
   * Builds the class-data archive for the starts after this one, when this one had none (about
   * 40 s of two short-lived JVMs beside this one, at `niceness`). Resolves with the archive, or
   * undefined when there is none to use (see classDataArchive.ts); never rejects.
   */
  buildClassDataArchive(options?: { readonly niceness?: number }): Promise<string | undefined>;
  /** Stops the JVM: SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const defaultLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function commandExists(command: string, versionArg: string): boolean {
  const probe = spawnSync(command, [versionArg], { stdio: "ignore" });
  return probe.error === undefined && probe.status === 0;
}

function isNewer(file: string, than: string): boolean {
  return existsSync(file) && statSync(file).mtimeMs >= statSync(than).mtimeMs;
}

function cachedJarsAreUsable(): boolean {
  if (!isNewer(CLASSPATH_FILE, POM)) return false;
  // The Maven cache may have been cleaned since: every jar must still be there.
  return readFileSync(CLASSPATH_FILE, "utf8")
    .trim()
    .split(":")
    .every((jar) => existsSync(jar));
}

interface Finished {
  readonly code: number | null;
  readonly error?: NodeJS.ErrnoException;
}

/**
 * Runs a command to its end without blocking this process, its output (stdout and stderr) into
 * `outputFile`: a file, not a pipe, so that a caller busy with its own CPU work meanwhile (the
 * schema build) never stalls the command on a full pipe.
 */
function runToFile(command: string, args: readonly string[], outputFile: string): Promise<Finished> {
  const fd = openSync(outputFile, "w");
  return new Promise<Finished>((resolvePromise) => {
    const child = spawn(command, args, { stdio: ["ignore", fd, fd] });
    child.once("error", (error: NodeJS.ErrnoException) => resolvePromise({ code: null, error }));
    child.once("exit", (code) => resolvePromise({ code }));
  }).finally(() => closeSync(fd));
}

function errorLines(output: string): string {
  return output
    .split("\n")
    .filter((line) => /ERROR|error:/.test(line))
    .slice(0, 5)
    .join("\n");
}

/**
 * Maven resolves the jars only (the dependency plugin); the launcher's one class is compiled by
 * javac below. Maven's own compile phase would first fetch the resources and compiler plugins
 * and their dependencies, about 100 more files on a fresh machine's first start.
 */
async function resolveJars(log: (line: string) => void): Promise<void> {
  log(
    "neo4j-launcher: resolving Neo4j 5.26 from Maven Central (first run only; later runs use the Maven cache)…",
  );
  const started = Date.now();
  mkdirSync(TARGET_DIR, { recursive: true });
  const outputFile = join(TARGET_DIR, "maven.log");
  const mvn = await runToFile(
    "mvn",
    ["-B", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${CLASSPATH_FILE}`],
    outputFile,
  );
  if (mvn.error?.code === "ENOENT") {
    throw new LauncherError(
      "MAVEN_MISSING",
      "Maven is required once to fetch Neo4j 5.26 from Maven Central, but `mvn` was not found on PATH (or set NEO4J_URI to use an existing Neo4j).",
    );
  }
  const output = readFileSync(outputFile, "utf8");
  const downloads = output.split("\n").filter((line) => line.includes("Downloaded from"));
  for (const line of downloads) {
    const artifact =
      line
        .replace(/\s*\(.*$/, "")
        .split("/")
        .pop() ?? line;
    if (artifact.endsWith(".jar")) log(`  downloaded ${artifact}`);
  }
  if (mvn.code !== 0) {
    // Maven needs a JVM too: without one it fails before resolving anything.
    if (!commandExists("java", "-version")) throw javaMissing();
    throw new LauncherError("MAVEN_FAILED", `Maven could not resolve the Neo4j jars:\n${errorLines(output)}`);
  }
  // The dependency plugin leaves an unchanged classpath.txt untouched, so a pom.xml checked out
  // after it (a new worktree) would send every start back to Maven: mark it as current.
  const now = new Date();
  utimesSync(CLASSPATH_FILE, now, now);
  log(
    `neo4j-launcher: ready after ${((Date.now() - started) / 1000).toFixed(1)} s (${downloads.length} files downloaded)`,
  );
}

/** Compiles LocalNeo4j.java against the jars (a JDK is needed once, as Maven's compiler needed one). */
async function compileLauncher(jars: string): Promise<void> {
  mkdirSync(CLASSES_DIR, { recursive: true });
  const outputFile = join(TARGET_DIR, "javac.log");
  const javac = await runToFile(
    "javac",
    ["--release", "17", "-encoding", "UTF-8", "-nowarn", "-cp", jars, "-d", CLASSES_DIR, MAIN_SOURCE],
    outputFile,
  );
  if (javac.error?.code === "ENOENT") {
    throw new LauncherError(
      "JAVA_MISSING",
      "A Java 17+ JDK is required once to compile the Neo4j launcher, but `javac` was not found on PATH.",
    );
  }
  if (javac.code !== 0) {
    throw new LauncherError(
      "MAVEN_FAILED",
      `javac could not compile the Neo4j launcher:\n${errorLines(readFileSync(outputFile, "utf8"))}`,
    );
  }
}

/**
 * Resolves the Neo4j jars (downloading them on first use) and compiles the launcher's main
 * class. Returns the jars' class path and the launcher's classes directory. `onWaiting` is
 * called when it has to wait for Maven's downloads, so that the caller can use the time.
 */
export async function prepareClasspath(
  log: (line: string) => void = defaultLog,
  onWaiting: () => void = () => {},
): Promise<{ readonly jars: string; readonly classesDir: string }> {
  // No `java -version` probe up front: it starts a whole JVM (0.3 s and more). A missing java
  // shows up as Maven's failure, or as ENOENT when the launcher spawns it (see startLocalNeo4j).
  if (!cachedJarsAreUsable()) {
    onWaiting();
    await resolveJars(log);
  }
  const jars = readFileSync(CLASSPATH_FILE, "utf8").trim();
  if (!isNewer(MAIN_CLASS_FILE, MAIN_SOURCE) || !isNewer(MAIN_CLASS_FILE, CLASSPATH_FILE))
    await compileLauncher(jars);
  return { jars, classesDir: CLASSES_DIR };
}

/** The JVM flags of every start, and of the class-data dump (which must match them). */
function jvmFlags(heap: string): string[] {
  return [
    `-Xmx${heap}`,
    "-Xms64m",
    "-XX:MaxMetaspaceSize=192m",
    "-XX:ReservedCodeCacheSize=64m",
    "-XX:+UseSerialGC",
    "-Xss512k",
    // stdout carries the READY protocol: the JVM's own warnings (a stale class-data archive,
    // say) and any crash report go to stderr instead.
    "-Xlog:disable",
    "-Xlog:all=warning:stderr",
    "-XX:+DisplayVMOutputToStderr",
  ];
}

function javaMissing(): LauncherError {
  return new LauncherError(
    "JAVA_MISSING",
    "Java 17+ is required to run the local Neo4j, but `java` was not found on PATH.",
  );
}

/** Reads NEO4J_PASSWORD's fallback: a password generated on first start, kept in the data dir. */
export function passwordFor(dataDir: string, explicit: string | undefined): string {
  if (explicit) return explicit;
  const file = join(dataDir, "password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(18).toString("base64url");
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return generated;
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new LauncherError(
          "PORT_TAKEN",
          error.code === "EADDRINUSE"
            ? `Port ${port} on 127.0.0.1 is already in use: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the Neo4j listening there.`
            : `Cannot listen on 127.0.0.1:${port}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePromise()));
  });
}

/** Asks the OS for a free loopback port (for throw-away test databases). */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}

function logTail(dataDir: string, stderrTail: string[]): string {
  const debugLog = join(dataDir, "logs", "debug.log");
  const logLines = existsSync(debugLog) ? readFileSync(debugLog, "utf8").trim().split("\n").slice(-15) : [];
  return [...stderrTail.slice(-10), ...logLines].join("\n");
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => resolvePromise(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolvePromise(true);
    });
  });
}

type Readiness = { ok: true } | { ok: false; reason: string; javaMissing?: true; exitedEarly?: true };

interface LaunchedJvm {
  readonly child: ChildProcess;
  readonly ready: Readiness;
  readonly stderrTail: string[];
  stop(graceMs?: number): Promise<void>;
}

/** Spawns LocalNeo4j and waits for its READY (or FAILED, exit, timeout). */
async function launchJvm(
  options: LaunchOptions,
  dataDir: string,
  password: string,
  classpath: string,
  archive: string | undefined,
): Promise<LaunchedJvm> {
  const timeoutMs = options.startTimeoutMs ?? 90_000;
  mkdirSync(join(dataDir, "logs"), { recursive: true });
  const child = spawn(
    "java",
    [
      ...jvmFlags(options.heap ?? "512m"),
      // A stale or mismatched archive is ignored by the JVM (auto), never fatal.
      ...(archive ? [`-XX:SharedArchiveFile=${archive}`, "-Xshare:auto"] : []),
      `-XX:ErrorFile=${join(dataDir, "logs", "hs_err_pid%p.log")}`,
      "-cp",
      classpath,
      "no.ehealth.graph.LocalNeo4j",
    ],
    {
      // The password travels in the environment, never on the command line (visible in `ps`).
      env: {
        ...process.env,
        LAUNCHER_DATA_DIR: dataDir,
        LAUNCHER_BOLT_PORT: String(options.boltPort),
        LAUNCHER_PASSWORD: password,
        LAUNCHER_PAGECACHE: options.pageCache ?? "64m",
      },
      // stdin stays open as a lifeline: LocalNeo4j exits when it closes (see watchParent).
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const stderrTail: string[] = [];
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderrTail.push(...chunk.trim().split("\n"));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });

  const ready = await new Promise<Readiness>((resolvePromise) => {
    let buffer = "";
    const timer = setTimeout(
      () => resolvePromise({ ok: false, reason: `Neo4j did not answer within ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      for (const line of buffer.split("\n")) {
        if (line.startsWith("READY")) {
          clearTimeout(timer);
          resolvePromise({ ok: true });
        } else if (line.startsWith("FAILED")) {
          clearTimeout(timer);
          resolvePromise({ ok: false, reason: line.slice("FAILED ".length) });
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
    });
    child.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolvePromise({
        ok: false,
        reason: `could not run java: ${error.message}`,
        ...(error.code === "ENOENT" ? { javaMissing: true as const } : {}),
      });
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        ok: false,
        reason: `the Neo4j JVM exited early (code ${code ?? signal})`,
        exitedEarly: true,
      });
    });
  });

  const stop = async (graceMs = 10_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    if (!(await waitForExit(child, graceMs))) {
      child.kill("SIGKILL");
      await waitForExit(child, 2_000);
    }
    child.stdin?.destroy();
    // A pid file that outlives its JVM would make `db:stop` signal whatever reuses the pid.
    rmSync(pidFilePath(dataDir), { force: true });
  };
  return { child, ready, stderrTail, stop };
}

export async function startLocalNeo4j(options: LaunchOptions): Promise<RunningNeo4j> {
  const log = options.log ?? defaultLog;
  const dataDir = resolve(options.dataDir);
  // Called once: when Maven must download first, or else right before the JVM is spawned.
  let waiting = false;
  const onWaiting = () => {
    if (waiting) return;
    waiting = true;
    options.onSpawn?.();
  };
  const { jars, classesDir } = await prepareClasspath(log, onWaiting);
  await assertPortFree(options.boltPort);
  const password = passwordFor(dataDir, options.password);
  const classDataDir = options.classDataDir ?? CLASS_DATA_DIR;
  // Never built here: building first made a fresh machine's first start 38 s longer.
  const archive = classDataDir === false ? undefined : usableClassDataArchive(classDataDir, jars);
  // Jars first: the archive was dumped from the jars alone, and the JVM uses it only when the
  // class path starts with the dump's; the launcher's one class comes from its directory.
  const classpath = `${jars}:${classesDir}`;

  onWaiting();
  let jvm = await launchJvm(options, dataDir, password, classpath, archive);
  let usedArchive = archive;
  if (!jvm.ready.ok && jvm.ready.exitedEarly && archive && classDataDir !== false) {
    // A damaged archive can crash the JVM while mapping it (SIGBUS): try once without it, and
    // if that works, the archive was the cause and is dropped for good.
    const withArchive = jvm.ready.reason;
    jvm.child.stdin?.destroy();
    log(
      `neo4j-launcher: the JVM did not start with the class-data archive (${withArchive}); trying without it…`,
    );
    jvm = await launchJvm(options, dataDir, password, classpath, undefined);
    usedArchive = undefined;
    if (jvm.ready.ok)
      discardClassDataArchive(classDataDir, jars, `the JVM did not start with it: ${withArchive}`);
  }
  const { child, ready, stderrTail, stop } = jvm;

  if (!ready.ok) {
    await stop(2_000);
    if (ready.javaMissing) throw javaMissing();
    const timedOut = ready.reason.includes("did not answer");
    throw new LauncherError(
      timedOut ? "START_TIMEOUT" : "START_FAILED",
      `Local Neo4j failed to start on 127.0.0.1:${options.boltPort}: ${ready.reason}`,
      logTail(dataDir, stderrTail),
    );
  }
  writeFileSync(pidFilePath(dataDir), String(child.pid));
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    user: "neo4j",
    password,
    pid: child.pid ?? -1,
    dataDir,
    classDataArchive: usedArchive,
    async buildClassDataArchive(buildOptions = {}) {
      if (classDataDir === false || usedArchive !== undefined) return usedArchive;
      return buildClassDataArchive({
        dir: classDataDir,
        jars,
        classesDir,
        jvmFlags: jvmFlags("512m"),
        trainingPort: await freePort(),
        log,
        ...(buildOptions.niceness === undefined ? {} : { niceness: buildOptions.niceness }),
      });
    },
    stop,
  };
}
