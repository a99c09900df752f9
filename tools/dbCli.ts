/**
 * `npm run db:start`: run the local Neo4j in the foreground (Ctrl-C stops it), for use with
 * cypher-shell or Neo4j Desktop. `npm run db:stop`: stop the one recorded in NEO4J_DATA_DIR's
 * pid file — only after checking that the pid is still our JVM, never a process that reused it.
 */
import { join } from "node:path";
import { loadConfig } from "#platform/config.ts";
import { LauncherError } from "#platform/launcher/LauncherError.ts";
import { startLocalNeo4j } from "#platform/launcher/launcher.ts";
import { recordedNeo4j, removeStalePidFile } from "#platform/launcher/runningLocalNeo4j.ts";
import { localLaunchOptions } from "#platform/neo4j/database.ts";
import { UnreachableCaseError } from "#platform/UnreachableCaseError.ts";
import { parseToolArgs, runTool, UsageError } from "./runTool.ts";

const USAGE = "Usage: npm run db:start | npm run db:stop";

async function start(): Promise<void> {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j(localLaunchOptions(config));
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
  // Started without a class-data archive: build it now, for the next start (Ctrl-C stops it too).
  void neo4j.buildClassDataArchive({ niceness: 10 });
}

function stop(): void {
  const config = loadConfig();
  const recorded = recordedNeo4j(config.NEO4J_DATA_DIR);
  switch (recorded.state) {
    case "none":
      process.stderr.write("No local Neo4j is recorded as running.\n");
      return;
    case "stale":
      removeStalePidFile(config.NEO4J_DATA_DIR);
      process.stderr.write(`Neo4j (pid ${recorded.pid}) was not running; removed its pid file.\n`);
      return;
    case "foreign":
      removeStalePidFile(config.NEO4J_DATA_DIR);
      process.stderr.write(
        `Pid ${recorded.pid} now belongs to another program, not our Neo4j: left it alone and removed the stale pid file.\n`,
      );
      return;
    case "running":
      // The launcher removes the pid file itself once the JVM has exited.
      process.kill(recorded.pid, "SIGTERM");
      process.stderr.write(`Sent SIGTERM to Neo4j (pid ${recorded.pid}).\n`);
      return;
    default:
      throw new UnreachableCaseError(recorded);
  }
}

runTool(
  async () => {
    const { positionals } = parseToolArgs(process.argv.slice(2), {}, USAGE);
    const [command, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(USAGE);
    if (command === "start") await start();
    else if (command === "stop") stop();
    else throw new UsageError(USAGE);
  },
  (error) =>
    error instanceof LauncherError && error.logTail ? `Error: ${error.message}\n${error.logTail}` : undefined,
);
