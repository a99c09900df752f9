/**
 * `npm start`: start (or connect to) Neo4j, apply the schema, seed if empty, build the explorer
 * if needed, and serve /graphql, /healthz and the explorer on one port. Ctrl-C or SIGTERM
 * stops everything, the local Neo4j included.
 */
import { join } from "node:path";
import { ConfigError, loadConfig } from "#platform/config.ts";
import { LauncherError } from "#platform/launcher/LauncherError.ts";
import { connectDatabase, type Database } from "#platform/neo4j/database.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { type App, createApp } from "./app.ts";
import { ensureClientBuilt } from "./clientBuild.ts";

type Lifecycle =
  | { phase: "starting"; database?: Database }
  | { phase: "ready"; database: Database; app: App }
  | { phase: "stopping" }
  | { phase: "failed" };

const log = (line: string) => process.stderr.write(`${line}\n`);
let state: Lifecycle = { phase: "starting" };

async function stop(signal: string): Promise<void> {
  const current = state;
  if (current.phase === "stopping") return;
  state = { phase: "stopping" };
  log(`\n${signal}: stopping…`);
  if (current.phase === "ready") await current.app.stop().catch(() => {});
  if (current.phase === "ready" || current.phase === "starting")
    await current.database?.close().catch(() => {});
  process.exit(0);
}

async function main(): Promise<void> {
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  const config = loadConfig();
  const database = await connectDatabase(config, log);
  state = { phase: "starting", database };
  const seeded = await seedDatabase(database.driver, database.database, SEED_MODULES, config.SEED_ON_START);
  log(
    seeded.seeded
      ? `Seeded the graph: ${seeded.counts.nodes} nodes, ${seeded.counts.relationships} relationships.`
      : `The graph is already seeded (${seeded.counts.nodes} nodes); \`npm run seed\` re-seeds.`,
  );
  const clientDir = join(import.meta.dirname, "..", "client");
  if (!config.CLIENT_DIST_DIR) ensureClientBuilt(clientDir, log);
  const app = await createApp({
    driver: database.driver,
    database: database.database,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    jwtSecret: config.ADMIN_JWT_SECRET,
    clientDir: config.CLIENT_DIST_DIR ?? join(clientDir, "dist"),
    development: config.NODE_ENV === "development",
    readCacheMb: config.READ_CACHE_MB,
  });
  if (state.phase !== "starting") return;
  const port = await app.listen(config.PORT, config.HOST).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === "EADDRINUSE"
        ? `Port ${config.PORT} is already in use: set PORT to a free port.`
        : error.message,
    );
  });
  state = { phase: "ready", database, app };
  const host = config.HOST === "0.0.0.0" ? "localhost" : config.HOST;
  log(
    `Ready: explorer at http://${host}:${port}/  GraphQL at http://${host}:${port}/graphql  (Neo4j: ${database.uri})`,
  );
}

main().catch(async (error: unknown) => {
  const previous = state;
  state = { phase: "failed" };
  const message = error instanceof Error ? error.message : String(error);
  log(`Error: ${message}`);
  if (error instanceof LauncherError && error.logTail)
    log(`--- last lines of the Neo4j log ---\n${error.logTail}`);
  if (error instanceof ConfigError) process.exit(2);
  if (previous.phase === "starting") await previous.database?.close().catch(() => {});
  process.exit(1);
});
