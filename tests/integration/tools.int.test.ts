/**
 * The admin tools next to a running local Neo4j: the pid file lives exactly as long as the JVM,
 * `db:stop` signals only our own JVM, and `npm run seed` / `export` / `import` use the Neo4j that
 * `npm start` already runs instead of failing with PORT_TAKEN.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningNeo4j, startLocalNeo4j } from "#platform/launcher/launcher.ts";
import { pidFilePath } from "#platform/launcher/runningLocalNeo4j.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ehealth-tools-test-"));
  dirs.push(dir);
  return dir;
}

interface ToolRun {
  readonly code: number | null;
  readonly output: string;
}

function runTool(script: string, args: string[], env: Record<string, string>): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `tools/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: "", NEO4J_PASSWORD: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

let neo4j: RunningNeo4j;
let env: Record<string, string>;

beforeAll(async () => {
  const dataDir = tempDir();
  const boltPort = await freePort();
  neo4j = await startLocalNeo4j({ dataDir, boltPort, heap: "384m", pageCache: "32m" });
  env = { NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) };
});

afterAll(async () => {
  await neo4j?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("admin tools beside a running local Neo4j", () => {
  it("seed, export and import use the running Neo4j instead of failing with PORT_TAKEN", async () => {
    const seeded = await runTool("seedCli", [], env);
    expect(seeded.output).not.toContain("PORT_TAKEN");
    expect(seeded.output).toContain("Using the local Neo4j already running");
    expect(seeded.output).toMatch(/Seeded: \d+ nodes/);
    expect(seeded.code).toBe(0);

    const file = join(tempDir(), "graph.json");
    const exported = await runTool("exportCli", [file], env);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).nodes.length).toBeGreaterThan(100);

    const imported = await runTool("importCli", [file, "--replace"], env);
    expect(imported.output).toMatch(/Imported \d+ nodes/);
    expect(imported.code).toBe(0);
  });

  it("reject an unknown flag with the usage line and exit code 2, touching nothing", async () => {
    const result = await runTool("importCli", ["whatever.json", "--replase"], env);
    expect(result.code).toBe(2);
    expect(result.output).toContain("Usage: npm run import -- FILE [--replace]");
  });
});

describe("the pid file and db:stop", () => {
  it("db:stop leaves a process that reused the recorded pid alone", async () => {
    const dataDir = tempDir();
    // Our own test process stands in for an unrelated program that now holds the pid.
    writeFileSync(pidFilePath(dataDir), String(process.pid));
    const result = await runTool("dbCli", ["stop"], { NEO4J_DATA_DIR: dataDir });
    expect(result.code).toBe(0);
    expect(result.output).toContain("belongs to another program");
    expect(existsSync(pidFilePath(dataDir))).toBe(false);
  });

  it("db:stop clears a pid file whose process is gone", async () => {
    const dataDir = tempDir();
    writeFileSync(pidFilePath(dataDir), "4194000");
    const result = await runTool("dbCli", ["stop"], { NEO4J_DATA_DIR: dataDir });
    expect(result.output).toContain("was not running");
    expect(existsSync(pidFilePath(dataDir))).toBe(false);
  });

  it("the launcher removes its pid file when the JVM stops", async () => {
    const dataDir = tempDir();
    const local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      heap: "256m",
      pageCache: "16m",
    });
    expect(readFileSync(pidFilePath(dataDir), "utf8").trim()).toBe(String(local.pid));
    await local.stop();
    expect(existsSync(pidFilePath(dataDir))).toBe(false);
  });
});
