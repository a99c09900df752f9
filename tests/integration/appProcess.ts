/**
 * The app in its own process with the Node flags `npm start` gives it (package.json's start
 * script, among them the heap ceiling), over the shared test Neo4j: for tests whose question is
 * whether the process survives, which an app inside the test runner (with the runner's heap)
 * cannot answer. Runs `server/main.ts` through tsx, so no build is needed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { freePort } from "#launcher/launcher.ts";
import type { TestNeo4j } from "./globalSetup.ts";

/** The `--…` flags package.json's start script passes to node. */
export function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { scripts?: { start?: string } };
  const start = manifest.scripts?.start ?? "";
  return (start.match(/(?<=^node\s+)(--\S+\s+)*/)?.[0] ?? "").trim().split(/\s+/).filter(Boolean);
}

export interface AppProcess {
  readonly url: string;
  readonly pid: number;
  /** True while the process has not exited. */
  alive(): boolean;
  /** What the process wrote to stderr (its last lines), for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

export async function startAppProcess(
  neo4j: TestNeo4j,
  timeoutMs = 120_000,
  env: Record<string, string> = {},
): Promise<AppProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [...startFlags(), "--import", "tsx", "server/main.ts"],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database,
        SEED_ON_START: "never",
        ...env,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const lines: string[] = [];
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`app not ready in ${timeoutMs} ms: ${lines.join(" | ")}`)),
      timeoutMs,
    );
    let buffer = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 200) lines.shift();
        if (line.startsWith("Ready:")) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`app exited before ready (${code ?? signal}): ${lines.slice(-5).join(" | ")}`));
    });
  }).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw error;
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    alive: () => !exited,
    stderr: () => lines.slice(-20).join("\n"),
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (!exited) child.kill("SIGKILL");
    },
  };
}
