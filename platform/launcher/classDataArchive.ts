/**
 * A class-data archive (static AppCDS) for the local Neo4j's JVM: the ~16,000 classes Neo4j loads
 * while it boots, pre-parsed into one file the JVM maps at start, which saves seconds of every
 * start. A start never waits for one: it maps the archive when a usable one is there and goes
 * without otherwise, and the caller builds it afterwards (`npm start` once it is ready and idle),
 * for the starts after. Building it took 38 s of a first start's 63 s, before Neo4j even began.
 * Built once per class path and JVM:
 *
 * 1. a training run of LocalNeo4j on a throw-away data dir with `-XX:DumpLoadedClassList`, until
 *    it has booted and run statements shaped like the application's (LAUNCHER_TRAINING=1, "WARM");
 * 2. `java -Xshare:dump` over that list (lines JDK 17 cannot read dropped), into a temporary
 *    file renamed into place, so a reader never sees half an archive.
 *
 * Both JVMs can run at a lower CPU priority, so that a build beside a running app leaves it the
 * CPU. Only one process builds (a lock directory holding its pid); a build that finds the lock
 * held leaves it to the holder. A failed or unsupported dump is recorded and said once; starts
 * then go without, as before archives existed. A builder stopped half-way (Ctrl-C) leaves a lock
 * whose process is gone and a temporary file, which the next builder takes over and removes.
 * Nothing here is needed for a start to work: it only makes starts faster.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { setPriority, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

/** JDK 17 refuses a class list with a line of 4096 characters or more ("class list format error"). */
const MAX_CLASS_LIST_LINE = 4_000;
const TRAINING_TIMEOUT_MS = 180_000;
const DUMP_TIMEOUT_MS = 300_000;
/** A lock directory without a readable pid is someone's fresh mkdir, unless it is this old. */
const ORPHAN_LOCK_MS = 10 * 60_000;

export const ARCHIVE_FILE = "neo4j.jsa";
export const STAMP_FILE = "neo4j.jsa.json";
const LOCK_DIR = "lock";

/** What an archive was built from; a different class path or JVM makes it stale. */
interface Stamp {
  /** SHA-256 of the jars' class path. */
  readonly classpath: string;
  readonly java: string;
  /** Bytes of the archive: a truncated archive crashes the JVM (SIGBUS), so it is never used. */
  readonly size?: number;
  /** Set when building failed for this class path and JVM: not retried, not said again. */
  readonly failed?: string;
}

export interface ArchiveRequest {
  /** Where the archive, its stamp and the lock live (platform/launcher/target/classdata). */
  readonly dir: string;
  /** The Neo4j jars only: a dump refuses a class path holding a non-empty directory. */
  readonly jars: string;
  /** The launcher's compiled classes, appended after the jars at run time. */
  readonly classesDir: string;
  /** The JVM flags every start uses (heap, GC): the dump runs with the same ones. */
  readonly jvmFlags: readonly string[];
  /** A free loopback port for the training run. */
  readonly trainingPort: number;
  readonly log: (line: string) => void;
  /**
   * Niceness of the two JVMs (0 to 19, higher yields more); 0 by default. A build beside a
   * running app uses a high one, so that requests keep the CPU.
   */
  readonly niceness?: number;
}

/**
 * The JVM on PATH, named by its real location, size and modification time (of `java` and of
 * libjvm.so): an upgrade changes one of them. Cheap: no JVM is started to ask its version.
 */
export function javaIdentity(): string {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "java");
    if (!existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    const libjvm = join(dirname(real), "..", "lib", "server", "libjvm.so");
    const describe = (file: string) => {
      const stats = statSync(file);
      return `${file}:${stats.size}:${Math.round(stats.mtimeMs)}`;
    };
    return [describe(real), ...(existsSync(libjvm) ? [describe(realpathSync(libjvm))] : [])].join("|");
  }
  return "java-not-on-path";
}

function readStamp(dir: string): Stamp | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, STAMP_FILE), "utf8"));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { classpath, java, size, failed } = parsed as Record<string, unknown>;
    if (typeof classpath !== "string" || typeof java !== "string") return undefined;
    return {
      classpath,
      java,
      ...(typeof size === "number" ? { size } : {}),
      ...(typeof failed === "string" ? { failed } : {}),
    };
  } catch {
    return undefined;
  }
}

function writeStamp(dir: string, stamp: Stamp): void {
  const temporary = join(dir, `${STAMP_FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(stamp, null, 2)}\n`);
  renameSync(temporary, join(dir, STAMP_FILE));
}

export type ArchiveState =
  | { readonly state: "usable"; readonly file: string }
  | { readonly state: "failed-before" }
  | { readonly state: "missing" };

/** Whether `dir` holds an archive built from these jars by this JVM, whole. */
function classpathDigest(jars: string): string {
  return createHash("sha256").update(jars).digest("hex");
}

export function archiveState(dir: string, jars: string): ArchiveState {
  const stamp = readStamp(dir);
  const java = javaIdentity();
  if (!stamp || stamp.classpath !== classpathDigest(jars) || stamp.java !== java) return { state: "missing" };
  if (stamp.failed !== undefined) return { state: "failed-before" };
  const file = join(dir, ARCHIVE_FILE);
  if (!existsSync(file) || statSync(file).size !== stamp.size) return { state: "missing" };
  return { state: "usable", file };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the build lock in `dir` (an atomic mkdir), or returns undefined when another live
 * process holds it. A lock whose process is gone is taken over. Returns the release function.
 */
export function acquireArchiveLock(dir: string): (() => void) | undefined {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, LOCK_DIR);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(
        existsSync(join(lock, "pid")) ? readFileSync(join(lock, "pid"), "utf8") : "",
        10,
      );
      const held = Number.isSafeInteger(pid)
        ? processAlive(pid)
        : Date.now() - statSync(lock).mtimeMs < ORPHAN_LOCK_MS;
      if (held) return undefined;
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return undefined;
}

/**
 * Stops `child` if this process exits first (npm start stopped mid-build), so no JVM is left
 * behind, and lowers its CPU priority when asked.
 */
function tiedToThisProcess(child: ChildProcess, niceness: number): ChildProcess {
  const kill = () => child.kill("SIGKILL");
  // First among the exit listeners: the work dir's removal (registered earlier) must come after,
  // or the JVM still writing into it makes the removal fail and stops the listeners after it.
  process.prependOnceListener("exit", kill);
  child.once("exit", () => process.off("exit", kill));
  if (niceness > 0 && child.pid !== undefined) {
    try {
      setPriority(child.pid, niceness);
    } catch {
      // Not permitted here: the build only takes longer to leave the CPU.
    }
  }
  return child;
}

/** Resolves with the exit code (or signal) once `child` has exited, or undefined after `ms`. */
function exitOf(child: ChildProcess, ms: number): Promise<number | string | undefined> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal ?? undefined);
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
  });
}

/** Runs LocalNeo4j once, recording every class it loads until it has booted and warmed up. */
async function recordClassList(request: ArchiveRequest, classList: string, dataDir: string): Promise<void> {
  const child = tiedToThisProcess(
    spawn(
      "java",
      [
        ...request.jvmFlags,
        `-XX:DumpLoadedClassList=${classList}`,
        "-cp",
        `${request.jars}:${request.classesDir}`,
        "no.ehealth.graph.LocalNeo4j",
      ],
      {
        env: {
          ...process.env,
          LAUNCHER_DATA_DIR: dataDir,
          LAUNCHER_BOLT_PORT: String(request.trainingPort),
          LAUNCHER_PASSWORD: randomBytes(18).toString("base64url"),
          LAUNCHER_TRAINING: "1",
        },
        stdio: ["pipe", "pipe", "ignore"],
      },
    ),
    request.niceness ?? 0,
  );
  const outcome = await new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve("the training run did not finish in time"), TRAINING_TIMEOUT_MS);
    let output = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const failed = /^FAILED (.*)$/m.exec(output);
      if (failed || /^WARM$/m.test(output)) {
        clearTimeout(timer);
        resolve(failed ? `the training run failed: ${failed[1]}` : "");
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve(`could not run java: ${error.message}`);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(`the training run exited early (${code ?? signal})`);
    });
  });
  child.kill("SIGTERM");
  if ((await exitOf(child, 10_000)) === undefined) child.kill("SIGKILL");
  if (outcome) throw new Error(outcome);
}

async function dumpArchive(request: ArchiveRequest, classList: string, archive: string): Promise<void> {
  const lines = readFileSync(classList, "utf8").split("\n");
  writeFileSync(classList, lines.filter((line) => line.length < MAX_CLASS_LIST_LINE).join("\n"));
  const child = tiedToThisProcess(
    spawn(
      "java",
      [
        ...request.jvmFlags,
        "-Xshare:dump",
        `-XX:SharedClassListFile=${classList}`,
        `-XX:SharedArchiveFile=${archive}`,
        "-cp",
        request.jars,
      ],
      // Thousands of "Skipping …: Signed JAR" warnings: expected, and not worth keeping.
      { stdio: ["ignore", "ignore", "pipe"] },
    ),
    request.niceness ?? 0,
  );
  let errors = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    errors = (errors + chunk).slice(-2_000);
  });
  const code = await exitOf(child, DUMP_TIMEOUT_MS);
  if (code === undefined) child.kill("SIGKILL");
  if (code !== 0 || !existsSync(archive)) {
    const reason = errors.split("\n").find((line) => /error/i.test(line)) ?? `exit ${code ?? "timeout"}`;
    throw new Error(`java -Xshare:dump failed: ${reason.trim()}`);
  }
}

/** The archive a start maps: a usable one, or none (a start never waits for one to be built). */
export function usableClassDataArchive(dir: string, jars: string): string | undefined {
  const current = archiveState(dir, jars);
  return current.state === "usable" ? current.file : undefined;
}

/**
 * Builds the archive when it is missing or stale and no other process is building it. Resolves
 * with the archive (one already there included), or undefined when there is none to use: it
 * failed before, it failed now (recorded and said), or another process is building it.
 */
export async function buildClassDataArchive(request: ArchiveRequest): Promise<string | undefined> {
  const current = archiveState(request.dir, request.jars);
  if (current.state === "usable") return current.file;
  if (current.state === "failed-before") return undefined;
  const release = acquireArchiveLock(request.dir);
  if (!release) {
    request.log("neo4j-launcher: another process is building the class-data archive; leaving it to that one");
    return undefined;
  }
  const work = mkdtempSync(join(tmpdir(), "neo4j-classdata-"));
  // Ctrl-C mid-build ends this process without running the finally below. Never throws: an
  // exception in an exit listener would skip the listeners after it.
  const removeWork = () => {
    try {
      rmSync(work, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Left to the system's temporary-file cleaning.
    }
  };
  process.once("exit", removeWork);
  const java = javaIdentity();
  try {
    // Another process may have finished it between our check and our lock.
    const again = archiveState(request.dir, request.jars);
    if (again.state === "usable") return again.file;
    // Half-written archives of a builder that was stopped (its lock was just taken over).
    for (const name of readdirSync(request.dir)) {
      if (name.startsWith(`${ARCHIVE_FILE}.`) && name.endsWith(".tmp"))
        rmSync(join(request.dir, name), { force: true });
    }
    request.log(
      "neo4j-launcher: building a class-data archive for faster later starts (once, about 40 s, in the background)…",
    );
    const started = Date.now();
    const classList = join(work, "classes.lst");
    await recordClassList(request, classList, join(work, "data"));
    const temporary = join(request.dir, `${ARCHIVE_FILE}.${process.pid}.tmp`);
    try {
      await dumpArchive(request, classList, temporary);
      renameSync(temporary, join(request.dir, ARCHIVE_FILE));
    } finally {
      rmSync(temporary, { force: true });
    }
    const size = statSync(join(request.dir, ARCHIVE_FILE)).size;
    writeStamp(request.dir, { classpath: classpathDigest(request.jars), java, size });
    request.log(
      `neo4j-launcher: class-data archive ready after ${((Date.now() - started) / 1000).toFixed(1)} s (${Math.round(size / 1024 / 1024)} MB); the next start uses it`,
    );
    return join(request.dir, ARCHIVE_FILE);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    writeStamp(request.dir, { classpath: classpathDigest(request.jars), java, failed: reason });
    request.log(
      `neo4j-launcher: could not build a class-data archive (${reason}); starts go on without it, as before (not tried again for this Java and class path; delete ${request.dir} to retry)`,
    );
    return undefined;
  } finally {
    process.off("exit", removeWork);
    removeWork();
    release();
  }
}

/** Records that the JVM could not start with the archive, so that no later start uses it. */
export function discardClassDataArchive(dir: string, jars: string, reason: string): void {
  rmSync(join(dir, ARCHIVE_FILE), { force: true });
  mkdirSync(dir, { recursive: true });
  writeStamp(dir, { classpath: classpathDigest(jars), java: javaIdentity(), failed: reason });
}
