/**
 * `npm start`: start (or connect to) Neo4j, apply the schema, seed if empty, and serve /graphql,
 * /healthz and the explorer (built by `npm run build`, which `npm start` runs first) on one port.
 * Ctrl-C or SIGTERM stops everything, the local Neo4j included.
 *
 * The local Neo4j's JVM is spawned first, before the GraphQL stack and the seed are even loaded
 * (they load in their own chunks, `import()`ed after the spawn); the API schema is then built
 * while Neo4j boots (it needs no database), and a progress line appears whenever 2.5 s pass
 * without one until "Ready:" (startupProgress.ts). A local Neo4j that started without its class-data archive gets one built after
 * "Ready:", at a quiet moment, for the next start (classDataWhenIdle.ts); under the supervisor this
 * process only reports the quiet moment, and the supervisor, which owns Neo4j, builds it.
 *
 * `npm start` runs this under server/supervisor.ts, which owns the local Neo4j and starts this
 * process again if it dies; run directly (Docker, `npm run dev`), it starts its own Neo4j.
 */
import { join } from "node:path";
import { ConfigError, loadConfig } from "#platform/config.ts";
import { LauncherError } from "#platform/launcher/LauncherError.ts";
import { connectDatabase, type Database } from "#platform/neo4j/database.ts";
import type { App, PreparedApp } from "./app.ts";
import { announceQuietMomentForClassData, buildClassDataArchiveWhenIdle } from "./classDataWhenIdle.ts";
import { startupProgress } from "./startupProgress.ts";
import {
  announceIdle,
  announceReady,
  isSupervised,
  supervisedDatabase,
} from "./supervision/supervisedDatabase.ts";

type Lifecycle =
  | { phase: "starting"; database?: Database }
  | { phase: "ready"; database: Database; app: App }
  | { phase: "stopping" }
  | { phase: "failed" };

const startedAt = Date.now();
const progress = startupProgress(startedAt);
const log = (line: string) => progress.log(line);
let state: Lifecycle = { phase: "starting" };
/** Calls off work that waits for a quiet moment after Ready (the class-data archive's build). */
const stopping = new AbortController();

async function stop(signal: string): Promise<void> {
  const current = state;
  if (current.phase === "stopping") return;
  state = { phase: "stopping" };
  stopping.abort();
  progress.stop();
  log(`\n${signal}: stopping…`);
  if (current.phase === "ready") await current.app.stop().catch(() => {});
  if (current.phase === "ready" || current.phase === "starting")
    await current.database?.close().catch(() => {});
  process.exit(0);
}

async function main(): Promise<void> {
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  // The supervisor is gone (killed outright): nobody would restart or stop this process.
  process.once("disconnect", () => void stop("supervisor gone"));
  const config = loadConfig();
  // graphql-js reads NODE_ENV once, as it loads, and unless it says "production" takes a slower
  // path for every type check while executing (about a sixth of a neighbourhood read's time in
  // our layer). The config already treats an unset NODE_ENV as production; tell the packages the
  // same before the GraphQL stack is imported below.
  process.env.NODE_ENV = config.NODE_ENV;
  // The schema build holds the CPU for seconds: begin it once the local Neo4j's JVM is on its
  // way, so that both boot at the same time.
  let jvmSpawned = () => {};
  const spawned = new Promise<void>((resolve) => {
    jvmSpawned = resolve;
  });
  // Evaluating the GraphQL stack's packages takes about half a second of CPU: loaded only once
  // the JVM is on its way, so the JVM does not wait for it.
  const preparing: Promise<PreparedApp> = spawned.then(async () => {
    const { prepareApp } = await import("./app.ts");
    return prepareApp({
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      jwtSecret: config.ADMIN_JWT_SECRET,
      jwtIssuer: config.ADMIN_JWT_ISSUER,
      jwtAudience: config.ADMIN_JWT_AUDIENCE,
      jwtMaxLifetimeS: config.ADMIN_JWT_MAX_LIFETIME_S,
      // The e2e harness points this at an explorer built in test mode (with its test hook).
      clientDir: config.CLIENT_DIST_DIR ?? join(import.meta.dirname, "..", "client", "dist"),
      development: config.NODE_ENV === "development",
      readCacheMb: config.READ_CACHE_MB,
      publicBaseUrl: config.PUBLIC_BASE_URL,
      responseMaxBytes: config.RESPONSE_MAX_BYTES,
      queryConcurrency: config.QUERY_CONCURRENCY,
    });
  });
  const seeding = spawned.then(() =>
    Promise.all([import("#seed/modules.ts"), import("#seed/seedDatabase.ts")]),
  );
  // Awaited below; until then a failure must not count as unhandled.
  preparing.catch(() => {});
  seeding.catch(() => {});
  progress.step("waiting for Neo4j");
  // Under the supervisor, its Neo4j's JVM is already on its way (or up, after a crash).
  const fromSupervisor = isSupervised() && !config.NEO4J_URI;
  if (fromSupervisor) jvmSpawned();
  const supervised = fromSupervisor ? await supervisedDatabase(config.NEO4J_START_TIMEOUT_MS) : undefined;
  const database = supervised?.database ?? (await connectDatabase(config, log, { onSpawn: jvmSpawned }));
  // With NEO4J_URI there is no JVM to wait for: the schema is built only now, because its CPU
  // would stall the driver's connection timers and turn a clear error (a wrong password) into
  // a timeout.
  jvmSpawned();
  state = { phase: "starting", database };
  progress.step("seeding");
  const [{ SEED_MODULES }, { seedDatabase }] = await seeding;
  const seeded = await seedDatabase(database.driver, database.database, SEED_MODULES, config.SEED_ON_START);
  log(
    seeded.seeded
      ? `Seeded the graph: ${seeded.counts.nodes} nodes, ${seeded.counts.relationships} relationships.`
      : `The graph is already seeded (${seeded.counts.nodes} nodes); \`npm run seed\` re-seeds.`,
  );
  progress.step("building the GraphQL schema");
  const app = (await preparing).connect(database.driver, database.database, database.probeDriver);
  progress.step("listening");
  if (state.phase !== "starting") return;
  const port = await app.listen(config.PORT, config.HOST).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === "EADDRINUSE"
        ? `Port ${config.PORT} is already in use: set PORT to a free port.`
        : error.message,
    );
  });
  state = { phase: "ready", database, app };
  progress.stop();
  announceReady();
  const host = config.HOST === "0.0.0.0" ? "localhost" : config.HOST;
  log(
    `Ready: explorer at http://${host}:${port}/  GraphQL at http://${host}:${port}/graphql  (Neo4j: ${database.uri}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  if (database.local) void buildClassDataArchiveWhenIdle(database.local, app.server, stopping.signal);
  // The supervisor owns Neo4j and builds the archive; only this process sees the requests.
  else if (supervised?.awaitsIdle)
    void announceQuietMomentForClassData(app.server, stopping.signal, announceIdle);
}

main().catch(async (error: unknown) => {
  const previous = state;
  state = { phase: "failed" };
  progress.stop();
  const message = error instanceof Error ? error.message : String(error);
  log(`Error: ${message}`);
  if (error instanceof LauncherError && error.logTail)
    log(`--- last lines of the Neo4j log ---\n${error.logTail}`);
  if (error instanceof ConfigError) process.exit(2);
  if (previous.phase === "starting") await previous.database?.close().catch(() => {});
  process.exit(1);
});
