/**
 * The HTTP application on one port: POST/GET /graphql (Apollo Server 5), GET /healthz, the
 * linked-data addresses and the built explorer at /. This file only puts the parts together:
 * routing is http/router.ts, the GraphQL bridge graphql/, the read cache cache/readThrough.ts.
 */
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "#platform/config.ts";
import { QUERY_POOL_SIZE } from "#platform/neo4j/database.ts";
import { adminTokens } from "./auth/adminToken.ts";
import { requestAccess } from "./auth/requestAccess.ts";
import { graphVersion } from "./cache/graphVersion.ts";
import { readCache } from "./cache/readCache.ts";
import { readThrough } from "./cache/readThrough.ts";
import { startApollo } from "./graphql/apollo.ts";
import { graphqlBridge } from "./graphql/bridge.ts";
import { graphqlRoute } from "./graphql/graphqlRoute.ts";
import { requestContext } from "./graphql/requestContext.ts";
import { healthz } from "./http/healthz.ts";
import { type HttpServer, httpServer } from "./http/httpServer.ts";
import { router } from "./http/router.ts";
import { serveStatic } from "./http/serveStatic.ts";
import { LIMITS } from "./limits/apiLimits.ts";
import { linkedDataRoutes } from "./linkedData/routes.ts";
import { deadlineDriver } from "./neo4j/deadlineDriver.ts";
import { HEALTH_TIMINGS, neo4jHealth } from "./neo4j/neo4jHealth.ts";
import { deadlineFor } from "./neo4j/queryDeadline.ts";

export interface ApiOptions {
  readonly queryTimeoutMs: number;
  readonly jwtSecret?: string | undefined;
  readonly clientDir: string;
  readonly development?: boolean;
  /** Size of the in-memory read cache in MiB; 0 turns it off. Default 64. */
  readonly readCacheMb?: number;
  /** Base of the addresses in linked-data documents (PUBLIC_BASE_URL); the request's Host when unset. */
  readonly publicBaseUrl?: string | undefined;
  /** What an admin token must carry besides the secret's signature; ADMIN_JWT_* defaults. */
  readonly jwtIssuer?: string;
  readonly jwtAudience?: string;
  readonly jwtMaxLifetimeS?: number;
  /** The time: the day reads are answered for and tokens are checked against (tests move it). */
  readonly now?: () => Date;
  /** The largest answer built, in bytes (RESPONSE_MAX_BYTES). Default 2 MiB. */
  readonly responseMaxBytes?: number;
  /**
   * How many of the heaviest GraphQL executions build answers at once (QUERY_CONCURRENCY); lighter
   * ones weigh less (limits/operationWeight.ts). Default 2.
   */
  readonly queryConcurrency?: number;
}

export interface AppOptions extends ApiOptions {
  readonly driver: Driver;
  readonly database: string;
  /** The probe pool (database.ts createProbeDriver) for /healthz and the graph version. */
  readonly probeDriver?: Driver;
}

export interface PreparedApp {
  /**
   * The HTTP app over this database; call once. Without a probe pool the probes share the query
   * pool, and a pool full of slow queries makes /healthz report Neo4j down.
   */
  connect(driver: Driver, database: string, probeDriver?: Driver): App;
  /** Releases Apollo when start-up fails before connect. */
  stop(): Promise<void>;
}

/** The app is the HTTP server it answers on; stopping it releases Apollo too. */
export type App = HttpServer;

export async function createApp(options: AppOptions): Promise<App> {
  return (await prepareApp(options)).connect(options.driver, options.database, options.probeDriver);
}

/** Everything that needs no database (the schema and Apollo, seconds of CPU), so it can run while Neo4j starts. */
export async function prepareApp(options: ApiOptions): Promise<PreparedApp> {
  const development = options.development === true;
  // Without a configured secret no token can be valid: a random key nobody knows.
  const jwtSecret = options.jwtSecret ?? randomBytes(48).toString("hex");
  const apollo = await startApollo({
    jwtSecret,
    development,
    responseMaxBytes: options.responseMaxBytes ?? 2 * 1024 * 1024,
    queryConcurrency: options.queryConcurrency ?? 2,
  });
  const defaults = loadConfig({});
  const now = options.now ?? (() => new Date());
  const accessOf = requestAccess(
    adminTokens({
      secret: options.jwtSecret,
      issuer: options.jwtIssuer ?? defaults.ADMIN_JWT_ISSUER,
      audience: options.jwtAudience ?? defaults.ADMIN_JWT_AUDIENCE,
      maxLifetimeS: options.jwtMaxLifetimeS ?? defaults.ADMIN_JWT_MAX_LIFETIME_S,
      now,
    }),
    development,
  );
  const readCacheMb = options.readCacheMb ?? 64;
  const cache = readCacheMb > 0 ? readCache(readCacheMb * 1024 * 1024) : undefined;
  const staticFiles = serveStatic(options.clientDir);

  return { connect, stop: () => apollo.stop() };

  function connect(driver: Driver, database: string, probeDriver: Driver = driver): App {
    const queries = deadlineDriver(driver, deadlineFor(options.queryTimeoutMs));
    const { queryTimeoutMs } = options;
    const health = {
      neo4j: neo4jHealth(probeDriver, database),
      load: queries.load,
      queryCapacity: QUERY_POOL_SIZE,
      slowMs: HEALTH_TIMINGS.slowMs,
    };
    const sources = { driver: queries.driver, database, queryTimeoutMs };
    const graphql = graphqlRoute({
      bodyBytes: LIMITS.bodyBytes,
      accessOf,
      now,
      reads: readThrough(cache, graphVersion(probeDriver, database)),
      bridge: graphqlBridge(apollo, (request) => requestContext(sources, request)),
    });
    const linkedData = linkedDataRoutes({
      driver,
      database,
      queryTimeoutMs,
      publicBaseUrl: options.publicBaseUrl,
    });
    const routes = {
      graphql,
      healthz: (response: ServerResponse) => healthz(health, response),
      linkedData,
      staticFiles,
    };
    return httpServer(router(routes, development), () => apollo.stop());
  }
}
