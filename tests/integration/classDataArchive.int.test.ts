/**
 * The launcher's class-data archive and password shortcut, against real JVMs: a start never waits
 * for an archive, one built after it is mapped by the next start, a damaged one never breaks a
 * start, only one process builds it, and the password the Node side holds always works, whether it
 * was set by the initial auth file, left as it was, or changed since the last start. The archive
 * is built in a directory of this file's own, so the outcome does not depend on what an earlier
 * `npm start` left in platform/launcher/target.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import {
  ARCHIVE_FILE,
  acquireArchiveLock,
  archiveState,
  buildClassDataArchive,
  STAMP_FILE,
} from "#launcher/classDataArchive.ts";
import { freePort, prepareClasspath, startLocalNeo4j } from "#launcher/launcher.ts";

const dirs: string[] = [];
function tempDir(prefix = "ehealth-classdata-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Whether the JVM has `file` mapped into its memory (what class-data sharing does with it). */
function maps(pid: number, file: string): boolean {
  return readFileSync(`/proc/${pid}/maps`, "utf8").includes(file);
}

/** This file's own archive directory: empty until the first test builds the archive in it. */
const builtDir = tempDir();

/** The built archive's directory, built here when the first test did not run (a filtered run). */
async function builtArchiveDir(): Promise<string> {
  if (archiveState(builtDir, (await prepareClasspath()).jars).state !== "usable") {
    const running = await startLocalNeo4j({
      dataDir: tempDir(),
      boltPort: await freePort(),
      password: "archive-test-0",
      classDataDir: builtDir,
    });
    try {
      await running.buildClassDataArchive();
    } finally {
      await running.stop();
    }
  }
  return builtDir;
}

/** A copy of the built archive's stamp (and optionally of the archive) in a directory of its own. */
async function archiveCopy(archiveBytes: (real: string) => Buffer | "copy"): Promise<string> {
  const dir = tempDir();
  const source = await builtArchiveDir();
  copyFileSync(join(source, STAMP_FILE), join(dir, STAMP_FILE));
  const real = join(source, ARCHIVE_FILE);
  const bytes = archiveBytes(real);
  if (bytes === "copy") copyFileSync(real, join(dir, ARCHIVE_FILE));
  else writeFileSync(join(dir, ARCHIVE_FILE), bytes);
  return dir;
}

async function canLogIn(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  try {
    await driver.executeQuery("RETURN 1");
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

describe("class-data archive", () => {
  it("is not built before a start: the first start goes without, builds it after, and the next start maps it", async () => {
    const lines: string[] = [];
    const first = await startLocalNeo4j({
      dataDir: tempDir(),
      boltPort: await freePort(),
      password: "archive-test-1",
      classDataDir: builtDir,
      log: (line) => lines.push(line),
    });
    try {
      expect(first.classDataArchive).toBeUndefined();
      // Nothing was built (or even begun) before Neo4j answered.
      expect(existsSync(join(builtDir, ARCHIVE_FILE))).toBe(false);
      expect(lines.join("\n")).not.toContain("class-data archive");
      expect(await first.buildClassDataArchive({ niceness: 10 })).toBe(join(builtDir, ARCHIVE_FILE));
      expect(archiveState(builtDir, (await prepareClasspath()).jars).state).toBe("usable");
      expect(lines.join("\n")).toContain("the next start uses it");
      // The database that was running all along is unharmed by the build beside it.
      expect(await canLogIn(first.uri, "archive-test-1")).toBe(true);
    } finally {
      await first.stop();
    }
    const next = await startLocalNeo4j({
      dataDir: tempDir(),
      boltPort: await freePort(),
      password: "archive-test-1",
      classDataDir: builtDir,
    });
    try {
      expect(next.classDataArchive).toBe(join(builtDir, ARCHIVE_FILE));
      expect(maps(next.pid, join(builtDir, ARCHIVE_FILE))).toBe(true);
      // Already there: asking again builds nothing.
      expect(await next.buildClassDataArchive()).toBe(join(builtDir, ARCHIVE_FILE));
    } finally {
      await next.stop();
    }
  }, 300_000);

  it("starts without sharing when the archive is garbage of the right size", async () => {
    const dir = await archiveCopy((real) => Buffer.alloc(statSync(real).size, 0x42));
    const running = await startLocalNeo4j({
      dataDir: tempDir(),
      boltPort: await freePort(),
      password: "archive-test-2",
      classDataDir: dir,
    });
    try {
      expect(await canLogIn(running.uri, "archive-test-2")).toBe(true);
      // The JVM refused the bad header and went on without it (-Xshare:auto).
      expect(maps(running.pid, join(dir, ARCHIVE_FILE))).toBe(false);
    } finally {
      await running.stop();
    }
  }, 120_000);

  it("drops an archive that crashes the JVM (truncated, with a stamp that agrees) and starts without it", async () => {
    const half = (real: string) => readFileSync(real).subarray(0, Math.floor(statSync(real).size / 2));
    const dir = await archiveCopy(half);
    const stamp = JSON.parse(readFileSync(join(dir, STAMP_FILE), "utf8")) as Record<string, unknown>;
    writeFileSync(
      join(dir, STAMP_FILE),
      JSON.stringify({ ...stamp, size: statSync(join(dir, ARCHIVE_FILE)).size }),
    );
    const lines: string[] = [];
    const running = await startLocalNeo4j({
      dataDir: tempDir(),
      boltPort: await freePort(),
      password: "archive-test-3",
      classDataDir: dir,
      log: (line) => lines.push(line),
    });
    try {
      expect(await canLogIn(running.uri, "archive-test-3")).toBe(true);
      expect(running.classDataArchive).toBeUndefined();
      expect(lines.join("\n")).toContain("did not start with the class-data archive");
      // Recorded as failed: later starts neither use it nor try to build it again.
      expect(existsSync(join(dir, ARCHIVE_FILE))).toBe(false);
      expect(archiveState(dir, (await prepareClasspath()).jars).state).toBe("failed-before");
    } finally {
      await running.stop();
    }
  }, 180_000);

  it("is never built by two processes at once: while another holds the lock, a build leaves it to that one", async () => {
    const dir = tempDir();
    const release = acquireArchiveLock(dir);
    expect(release).toBeDefined();
    // A second taker (any other process would see the same live pid) is refused.
    expect(acquireArchiveLock(dir)).toBeUndefined();
    const lines: string[] = [];
    const running = await startLocalNeo4j({
      dataDir: tempDir(),
      boltPort: await freePort(),
      password: "archive-test-4",
      classDataDir: dir,
      log: (line) => lines.push(line),
    });
    try {
      expect(running.classDataArchive).toBeUndefined();
      expect(await running.buildClassDataArchive()).toBeUndefined();
      expect(lines.join("\n")).toContain("another process is building the class-data archive");
      expect(existsSync(join(dir, ARCHIVE_FILE))).toBe(false);
    } finally {
      await running.stop();
      release?.();
    }
    // Released, it can be taken again.
    const again = acquireArchiveLock(dir);
    expect(again).toBeDefined();
    again?.();
  }, 120_000);

  it("records a build that failed, says so once, and later goes without it silently", async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const request = {
      dir,
      // No Neo4j on this class path: the training run dies at once.
      jars: join(dir, "missing.jar"),
      classesDir: (await prepareClasspath()).classesDir,
      jvmFlags: ["-Xmx128m"],
      trainingPort: await freePort(),
      log: (line: string) => lines.push(line),
    };
    expect(await buildClassDataArchive(request)).toBeUndefined();
    expect(await buildClassDataArchive(request)).toBeUndefined();
    expect(lines.filter((line) => line.includes("could not build a class-data archive"))).toHaveLength(1);
    expect(archiveState(dir, request.jars).state).toBe("failed-before");
    expect(existsSync(join(dir, "lock"))).toBe(false);
  }, 60_000);

  it("takes over a lock whose process is gone", () => {
    const dir = tempDir();
    const release = acquireArchiveLock(dir);
    // No process has pid 2^22 + 1 (above Linux's pid_max default of 2^22).
    writeFileSync(join(dir, "lock", "pid"), String(4_194_305));
    const taken = acquireArchiveLock(dir);
    expect(taken).toBeDefined();
    taken?.();
    release?.();
  });
});

describe("the password the Node side holds", () => {
  it("works on a fresh data dir, on a second start, and after it was changed between starts", async () => {
    const dataDir = tempDir("ehealth-password-test-");
    const boltPort = await freePort();
    const first = await startLocalNeo4j({ dataDir, boltPort, password: "first-password-1" });
    expect(await canLogIn(first.uri, "first-password-1")).toBe(true);
    // The default password is not left usable.
    expect(await canLogIn(first.uri, "neo4j")).toBe(false);
    await first.stop();

    const second = await startLocalNeo4j({ dataDir, boltPort, password: "first-password-1" });
    expect(await canLogIn(second.uri, "first-password-1")).toBe(true);
    await second.stop();

    const changed = await startLocalNeo4j({ dataDir, boltPort, password: "second-password-2" });
    try {
      expect(await canLogIn(changed.uri, "second-password-2")).toBe(true);
      expect(await canLogIn(changed.uri, "first-password-1")).toBe(false);
    } finally {
      await changed.stop();
    }
  }, 180_000);
});
