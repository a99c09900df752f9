/**
 * Connects to Neo4j: the server NEO4J_URI names (Aura, a cluster, Docker), or else a local
 * Neo4j 5.26 that this process starts and owns.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import { passwordFor, type RunningNeo4j, startLocalNeo4j } from "../launcher/launcher.ts";
import { recordedNeo4j } from "../launcher/runningLocalNeo4j.ts";

export interface Database {
  readonly driver: Driver;
  /**
   * A second, small pool for the server's own probes (/healthz, the read cache's graph version),
   * so that queries holding every connection of `driver` cannot starve them.
   */
  readonly probeDriver: Driver;
  readonly database: string;
  readonly uri: string;
  /** Set when this process started the Neo4j it uses (and so must stop it). */
  readonly local?: RunningNeo4j;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  override readonly name = "DatabaseUnreachableError";
}

/** Connections the API's queries may hold at once. */
export const QUERY_POOL_SIZE = 50;

export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Fail fast when the database is down: the API answers SERVICE_UNAVAILABLE within seconds
    // instead of hanging on the driver's defaults (30 s acquisition, 60 s retries). None of these
    // needs Neo4j to answer: they are the driver's own timers. A query that Neo4j stops answering
    // once it runs is bounded by the server's deadline (server/neo4j/queryDeadline.ts).
    connectionAcquisitionTimeout: 3_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: QUERY_POOL_SIZE,
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => {} },
  });
}

/**
 * The probe pool: a few connections for one health probe and one graph-version probe at a time,
 * quick to give up (a probe that cannot get a connection within a second has its answer).
 */
export function createProbeDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionAcquisitionTimeout: 1_000,
    connectionTimeout: 1_000,
    maxConnectionPoolSize: 4,
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => {} },
  });
}

/** Both pools over one server, closed together. */
function pools(
  uri: string,
  user: string,
  password: string,
): { driver: Driver; probeDriver: Driver; close(): Promise<void> } {
  const driver = createDriver(uri, user, password);
  const probeDriver = createProbeDriver(uri, user, password);
  return {
    driver,
    probeDriver,
    close: async () => {
      await Promise.all([driver.close(), probeDriver.close()]);
    },
  };
}

/** Waits until the database answers, bounded; the error names the URI but never the password. */
export async function verifyReachable(driver: Driver, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      const code = (error as { code?: string }).code ?? "";
      // Wrong credentials will not fix themselves: stop retrying at once.
      if (code.startsWith("Neo.ClientError.Security")) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const reason = lastError instanceof Error ? lastError.message.split("\n")[0] : String(lastError);
  throw new DatabaseUnreachableError(`Cannot reach Neo4j at ${uri}: ${reason}`);
}

/**
 * Connects to a Neo4j another process owns and keeps running (the supervisor's, see
 * server/supervisor.ts): closing releases the connections only.
 */
export async function connectRunning(
  uri: string,
  user: string,
  password: string,
  timeoutMs: number,
): Promise<Database> {
  const { driver, probeDriver, close } = pools(uri, user, password);
  try {
    await verifyReachable(driver, uri, timeoutMs);
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, probeDriver, database: "neo4j", uri, close };
}

export interface ConnectOptions {
  /**
   * Use the local Neo4j that another process of ours already runs for NEO4J_DATA_DIR (admin
   * tools next to `npm start`) instead of starting one, which would fail with PORT_TAKEN.
   */
  readonly reuseRunningLocal?: boolean;
  /** Called once the local Neo4j's JVM has been spawned (never for NEO4J_URI). */
  readonly onSpawn?: () => void;
}

/** How the configuration asks for the local Neo4j to be launched (npm start and `db:start` alike). */
export function localLaunchOptions(config: Config) {
  return {
    dataDir: config.NEO4J_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
    ...(config.NEO4J_CLASS_DATA_DIR ? { classDataDir: config.NEO4J_CLASS_DATA_DIR } : {}),
  };
}

export async function connectDatabase(
  config: Config,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  options: ConnectOptions = {},
): Promise<Database> {
  if (config.NEO4J_URI) {
    const { driver, probeDriver, close } = pools(
      config.NEO4J_URI,
      config.NEO4J_USER,
      config.NEO4J_PASSWORD ?? "",
    );
    try {
      await verifyReachable(driver, config.NEO4J_URI, config.NEO4J_CONNECT_TIMEOUT_MS);
    } catch (error) {
      await close();
      throw error;
    }
    return { driver, probeDriver, database: config.NEO4J_DATABASE, uri: config.NEO4J_URI, close };
  }
  if (options.reuseRunningLocal && recordedNeo4j(config.NEO4J_DATA_DIR).state === "running") {
    const uri = `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
    const password = passwordFor(config.NEO4J_DATA_DIR, config.NEO4J_PASSWORD);
    const { driver, probeDriver, close } = pools(uri, "neo4j", password);
    try {
      await verifyReachable(driver, uri, config.NEO4J_CONNECT_TIMEOUT_MS);
    } catch (error) {
      await close();
      throw error;
    }
    log(`Using the local Neo4j already running at ${uri}.`);
    // Not ours to stop: closing only releases the connections.
    return { driver, probeDriver, database: "neo4j", uri, close };
  }
  log(`Starting local Neo4j 5.26 on 127.0.0.1:${config.NEO4J_BOLT_PORT} (data in ${config.NEO4J_DATA_DIR})…`);
  const launched = Date.now();
  const local = await startLocalNeo4j({ ...localLaunchOptions(config), log, onSpawn: options.onSpawn });
  log(
    `Neo4j is up after ${((Date.now() - launched) / 1000).toFixed(1)} s${local.classDataArchive ? "" : " (without a class-data archive)"}.`,
  );
  const connections = pools(local.uri, local.user, local.password);
  try {
    await verifyReachable(connections.driver, local.uri, 20_000);
  } catch (error) {
    await connections.close();
    await local.stop();
    throw error;
  }
  return {
    driver: connections.driver,
    probeDriver: connections.probeDriver,
    database: "neo4j",
    uri: local.uri,
    local,
    async close() {
      await connections.close();
      await local.stop();
    },
  };
}
