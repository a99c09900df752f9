/**
 * A process that comes back: `npm start` (server/supervisor.ts) owns the local Neo4j and starts
 * the app again whenever it dies. Killed with SIGKILL, the app answers again within seconds on the
 * same port, Neo4j never stops, each death is logged with its cause, quick repeats back off, and
 * SIGTERM still stops everything.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "#launcher/launcher.ts";
import { signAdminToken } from "./adminToken.ts";
import { untypedAnswer } from "./harness.ts";

const START_TIMEOUT_MS = 240_000;
const ADMIN_SECRET = "supervisor-test-admin-secret-0123456789abcdef";
const ISSUER = "supervisor-test-issuer";
/**
 * How soon the app must be started again after it was killed: the back-off (0.5 s, then 1 s) and
 * the fork. Answering again also takes the app's own start-up (schema build, connect), a few
 * seconds on an idle machine but far more on a shared, overloaded one: that bound is generous.
 */
const FORKED_WITHIN_MS = 5_000;
const BACK_WITHIN_MS = 90_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The supervisor's child running the app (the other child is Neo4j's JVM). */
function appPid(supervisor: number): number | undefined {
  const children = readFileSync(`/proc/${supervisor}/task/${supervisor}/children`, "utf8")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  return children.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("main.ts");
    } catch {
      return false;
    }
  });
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await condition()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

describe("npm start's supervisor", () => {
  let dataDir = "";
  let port = 0;
  let supervisor: ChildProcess | undefined;
  let output = "";
  let neo4jPid = 0;

  async function answers(): Promise<boolean> {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ node(id: "helsenorge") { id } }' }),
        signal: AbortSignal.timeout(10_000),
      });
      return response.status === 200 && (await response.text()).includes('"helsenorge"');
    } catch {
      return false;
    }
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "ehealth-supervisor-test-"));
    port = await freePort();
    supervisor = spawn(process.execPath, ["--import", "tsx", "server/supervisor.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        NEO4J_BOLT_PORT: String(await freePort()),
        NEO4J_DATA_DIR: dataDir,
        NEO4J_PASSWORD: "supervisor-test-password",
        NEO4J_URI: "",
        SEED_ON_START: "if-empty",
        ADMIN_JWT_SECRET: ADMIN_SECRET,
        ADMIN_JWT_ISSUER: ISSUER,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    supervisor.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    supervisor.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => output.includes("Ready:"), START_TIMEOUT_MS, `"Ready:" in\n${output}`);
    neo4jPid = Number(readFileSync(join(dataDir, "neo4j.pid"), "utf8"));
  }, START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    if (supervisor?.exitCode === null) supervisor.kill("SIGKILL");
    if (neo4jPid && alive(neo4jPid)) process.kill(neo4jPid, "SIGKILL");
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers once started", async () => {
    await waitFor(answers, 30_000, "the first answer");
    expect(alive(neo4jPid)).toBe(true);
  });

  it("checks admin tokens against the configured ADMIN_JWT_ISSUER", async () => {
    const cypherFor = async (issuer: string) => {
      const token = await signAdminToken({ secret: ADMIN_SECRET, issuer });
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-include-cypher": "1",
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ query: '{ node(id: "helsenorge") { id } }' }),
      });
      return untypedAnswer(await response.text()).extensions?.cypher;
    };
    expect(Array.isArray(await cypherFor(ISSUER))).toBe(true);
    expect(await cypherFor("norway-ehealth-graph")).toBeUndefined();
  });

  it(
    "starts the app again within seconds of a SIGKILL, logs the cause, and keeps Neo4j running",
    async () => {
      const killed = appPid(supervisor?.pid ?? -1);
      expect(killed).toBeDefined();
      const restarts = output.split("started the app again").length;
      process.kill(killed ?? -1, "SIGKILL");
      await waitFor(() => !alive(killed ?? -1), 5_000, "the app to die");
      await waitFor(
        () => output.split("started the app again").length > restarts,
        FORKED_WITHIN_MS,
        `the app to be started again:\n${output}`,
      );
      await waitFor(answers, BACK_WITHIN_MS, `the app to answer again:\n${output}`);
      expect(appPid(supervisor?.pid ?? -1)).not.toBe(killed);
      expect(output).toContain(`(pid ${killed}) died (signal SIGKILL`);
      expect(output).toMatch(/crash 1 in a row, starting it again in 0\.5 s\. Neo4j keeps running\./);
      expect(alive(neo4jPid)).toBe(true);
      expect(Number(readFileSync(join(dataDir, "neo4j.pid"), "utf8"))).toBe(neo4jPid);
    },
    BACK_WITHIN_MS + 20_000,
  );

  it(
    "backs off when the app dies again soon after",
    async () => {
      const killed = appPid(supervisor?.pid ?? -1);
      process.kill(killed ?? -1, "SIGKILL");
      await waitFor(answers, BACK_WITHIN_MS, `the app to answer again:\n${output}`);
      expect(output).toMatch(/crash 2 in a row, starting it again in 1\.0 s/);
    },
    BACK_WITHIN_MS + 20_000,
  );

  it("stops the app and Neo4j on SIGTERM and exits 0", async () => {
    const app = appPid(supervisor?.pid ?? -1);
    const exited = new Promise<number | null>((resolve) => supervisor?.once("exit", (code) => resolve(code)));
    supervisor?.kill("SIGTERM");
    expect(await exited).toBe(0);
    await waitFor(() => !alive(neo4jPid) && !alive(app ?? -1), 10_000, "the app and Neo4j to exit");
  }, 30_000);
});
