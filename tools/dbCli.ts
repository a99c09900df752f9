/**
 * `npm run db:start`: run the local Neo4j in the foreground (Ctrl-C stops it), for use with
 * cypher-shell or Neo4j Desktop. `npm run db:stop`: stop one started elsewhere (by pid file).
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "#platform/config.ts";
import { LauncherError } from "#platform/launcher/LauncherError.ts";
import { startLocalNeo4j } from "#platform/launcher/launcher.ts";

async function start(): Promise<void> {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j({
    dataDir: config.NEO4J_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
  });
  const passwordHint = config.NEO4J_PASSWORD
    ? "NEO4J_PASSWORD"
    : `the file ${join(neo4j.dataDir, "password")}`;
  process.stderr.write(
    `Neo4j is up at ${neo4j.uri} (user neo4j, password in ${passwordHint}). Ctrl-C stops it.\n`,
  );
  const shutdown = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

function stop(): void {
  const config = loadConfig();
  const pidFile = join(config.NEO4J_DATA_DIR, "neo4j.pid");
  if (!existsSync(pidFile)) {
    process.stderr.write("No local Neo4j is recorded as running.\n");
    return;
  }
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    process.stderr.write(`Sent SIGTERM to Neo4j (pid ${pid}).\n`);
  } catch {
    process.stderr.write(`Neo4j (pid ${pid}) was not running.\n`);
  }
  rmSync(pidFile, { force: true });
}

const command = process.argv[2];
if (command === "start") {
  start().catch((error: unknown) => {
    process.stderr.write(`Error: ${(error as Error).message}\n`);
    if (error instanceof LauncherError && error.logTail) process.stderr.write(`${error.logTail}\n`);
    process.exit(1);
  });
} else if (command === "stop") {
  stop();
} else {
  process.stderr.write("usage: cli.ts start|stop\n");
  process.exit(2);
}
