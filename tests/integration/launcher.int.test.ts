/**
 * The local Neo4j launcher and `npm start`'s process lifecycle, against real processes: start,
 * stop within 5 s leaving no java or node behind (a class-data archive's build after Ready
 * included), clear failures for a taken port and an unreachable NEO4J_URI.
 */
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LauncherError } from "#launcher/LauncherError.ts";
import { freePort, startLocalNeo4j } from "#launcher/launcher.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ehealth-launcher-test-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

function childPids(pid: number): number[] {
  try {
    return execSync(`pgrep -P ${pid}`, { encoding: "utf8" }).trim().split("\n").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function collectOutput(child: ChildProcess): () => string {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}

describe("local Neo4j launcher", () => {
  it("stops the JVM within 5 s of stop(), leaving no process behind", async () => {
    const neo4j = await startLocalNeo4j({
      dataDir: tempDir(),
      boltPort: await freePort(),
      password: "launcher-test-1",
    });
    expect(isRunning(neo4j.pid)).toBe(true);
    const started = Date.now();
    await neo4j.stop();
    expect(await waitUntil(() => !isRunning(neo4j.pid), 5_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a taken Bolt port with a PORT_TAKEN error naming the port", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const error = await startLocalNeo4j({
        dataDir: tempDir(),
        boltPort: port,
        password: "launcher-test-2",
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LauncherError);
      expect((error as LauncherError).code).toBe("PORT_TAKEN");
      expect((error as LauncherError).message).toContain(String(port));
      expect((error as LauncherError).message).toContain("NEO4J_BOLT_PORT");
    } finally {
      blocker.close();
    }
  });
});

describe("npm start process lifecycle", () => {
  it("serves /healthz and, on SIGTERM, exits within 5 s leaving no java or node process", async () => {
    const appPort = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: {
        ...process.env,
        PORT: String(appPort),
        NEO4J_BOLT_PORT: String(await freePort()),
        NEO4J_DATA_DIR: tempDir(),
        NEO4J_URI: "",
        SEED_ON_START: "never",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = collectOutput(child);
    expect(await waitUntil(() => output().includes("Ready:"), 120_000)).toBe(true);
    const health = await fetch(`http://127.0.0.1:${appPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", neo4j: "up" });
    const javaPids = childPids(child.pid ?? 0);
    expect(javaPids.length).toBeGreaterThan(0);
    const stopped = Date.now();
    child.kill("SIGTERM");
    expect(await waitUntil(() => child.exitCode !== null, 5_000)).toBe(true);
    expect(
      await waitUntil(() => javaPids.every((pid) => !isRunning(pid)), 5_000 - (Date.now() - stopped)),
    ).toBe(true);
    expect(child.exitCode).toBe(0);
  }, 150_000);

  it("is Ready without a class-data archive, builds it after, and on SIGTERM mid-build leaves no java behind", async () => {
    const classData = tempDir();
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: {
        ...process.env,
        PORT: String(await freePort()),
        NEO4J_BOLT_PORT: String(await freePort()),
        NEO4J_DATA_DIR: tempDir(),
        NEO4J_CLASS_DATA_DIR: classData,
        NEO4J_URI: "",
        SEED_ON_START: "never",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = collectOutput(child);
    try {
      expect(await waitUntil(() => output().includes("Ready:"), 120_000)).toBe(true);
      const beforeReady = output().slice(0, output().indexOf("Ready:"));
      expect(beforeReady).toContain("without a class-data archive");
      expect(beforeReady).not.toContain("building a class-data archive");
      // The idle server begins the build on its own.
      expect(await waitUntil(() => output().includes("building a class-data archive"), 60_000)).toBe(true);
      expect(await waitUntil(() => childPids(child.pid ?? 0).length >= 2, 30_000)).toBe(true);
      const javaPids = childPids(child.pid ?? 0);
      child.kill("SIGTERM");
      expect(await waitUntil(() => child.exitCode !== null, 5_000)).toBe(true);
      expect(await waitUntil(() => javaPids.every((pid) => !isRunning(pid)), 5_000)).toBe(true);
      expect(child.exitCode).toBe(0);
      // Half an archive is never left where a start would map it.
      expect(existsSync(join(classData, "neo4j.jsa"))).toBe(false);
    } finally {
      child.kill("SIGKILL");
    }
  }, 240_000);

  it("exits non-zero within 60 s with one line naming an unreachable NEO4J_URI", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: {
        ...process.env,
        NEO4J_URI: "bolt://127.0.0.1:1",
        NEO4J_PASSWORD: "whatever-password",
        NEO4J_CONNECT_TIMEOUT_MS: "3000",
        PORT: String(await freePort()),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = collectOutput(child);
    const started = Date.now();
    expect(await waitUntil(() => child.exitCode !== null, 60_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(child.exitCode).not.toBe(0);
    const errorLines = output()
      .split("\n")
      .filter((line) => line.startsWith("Error:"));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toContain("bolt://127.0.0.1:1");
    expect(output()).not.toContain("whatever-password");
  }, 70_000);
});
