/**
 * The HTTP application on one port: POST/GET /graphql (Apollo Server 5), GET /healthz, and the
 * built explorer at /. Apollo is driven through its integration API so that the body limit,
 * health check and static files share one plain Node http server.
 */
import { randomBytes } from "node:crypto";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from "node:http";
import type { Duplex } from "node:stream";
import { ApolloServer, HeaderMap } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "#platform/config.ts";
import { QUERY_POOL_SIZE } from "#platform/neo4j/database.ts";
import { adminTokens } from "./auth/adminToken.ts";
import { type RequestAccess, requestAccess, VARY } from "./auth/requestAccess.ts";
import { graphVersion } from "./cache/graphVersion.ts";
import { type CachedAnswer, readCache } from "./cache/readCache.ts";
import { readCacheKey, searchOf } from "./cache/readCacheKey.ts";
import { isStorable, type ReadNote, readNotePlugin } from "./cache/readNotePlugin.ts";
import { sharedReads } from "./cache/sharedReads.ts";
import type { ApiContext } from "./context.ts";
import { formatError } from "./errors/formatError.ts";
import { httpStatusPlugin } from "./errors/httpStatusPlugin.ts";
import { requestLimits } from "./errors/requestLimits.ts";
import { today } from "./graph/asOf.ts";
import { cypherExtensionPlugin } from "./http/cypherExtensionPlugin.ts";
import { healthz } from "./http/healthz.ts";
import { queryTabLocation, wantsQueryTab } from "./http/queryTabRedirect.ts";
import { BodyTooLargeError, readBody } from "./http/readBody.ts";
import { canonicalAccept, contentTypeOf, negotiate } from "./http/responseMediaType.ts";
import { SECURITY_HEADERS, setSecurityHeaders } from "./http/securityHeaders.ts";
import { serveStatic } from "./http/serveStatic.ts";
import { createAdmission } from "./limits/admission.ts";
import { createExecutionGate } from "./limits/executionGate.ts";
import { executionGatePlugin } from "./limits/executionGatePlugin.ts";
import { HEAVY } from "./limits/operationWeight.ts";
import { linkedDataRoutes } from "./linkedData/routes.ts";
import { deadlineDriver } from "./neo4j/deadlineDriver.ts";
import { HEALTH_TIMINGS, neo4jHealth } from "./neo4j/neo4jHealth.ts";
import { deadlineFor } from "./neo4j/queryDeadline.ts";
import { recordingDriver } from "./neo4j/recordingDriver.ts";
import { buildSchema } from "./schema/buildSchema.ts";

/** Limits chosen so that the explorer's own queries pass and abusive ones fail by name. */
export const LIMITS = {
  bodyBytes: 100 * 1024,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  // Fields an answer can hold, multiplied along nested lists (server/limits/queryCost.ts): about
  // 3.5 times the explorer's largest document (Restore, 566,011), so two levels of generated
  // lists at their default page pass and three do not.
  maxCost: 2_000_000,
  maxDirectives: 20,
  documentStoreBytes: 16 * 1024 * 1024,
} as const;

/** Everything the app needs except the database, so that it can be prepared while Neo4j starts. */
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
   * ones weigh less (limits/operationWeight.ts). Default 4.
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

export interface App {
  readonly server: Server;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

/**
 * The decoded path of a request target, or undefined when it cannot be a path of ours: not
 * parseable, or with a percent escape that does not decode (`/%`, `/%E0%A4%A`). Rejecting these
 * here, once, keeps every handler behind it free of decoding errors.
 */
export function requestPath(target: string | undefined): string | undefined {
  try {
    const { pathname } = new URL(target ?? "/", "http://localhost");
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return undefined;
  }
}

/** Answers on a bare socket (outside Node's response object) with the security headers, then closes. */
function endRaw(socket: Duplex, status: number, extraHeaders = ""): void {
  const headers = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}${extraHeaders}content-length: 0\r\nconnection: close\r\n\r\n`,
  );
}

/**
 * A read answer, from the cache or just stored in it, written as stored: no parsing, no Apollo.
 * GET answers may be kept by a browser or a CDN but must be revalidated (ETag → 304), so no cache
 * in front ever serves one past a write. `x-read-cache` says where the answer came from: `hit` (the
 * cache), `shared` (an identical read running at the same moment) or `miss` (run for this request).
 */
function sendRead(
  request: IncomingMessage,
  response: ServerResponse,
  answer: CachedAnswer,
  cacheState: "hit" | "shared" | "miss",
): void {
  const get = request.method === "GET";
  const headers = [
    // VARY names Accept (the media type and status follow it) and the headers that may make an
    // answer private: a CDN must key by all of them.
    "vary",
    VARY,
    "content-type",
    // Stored under a key that holds the Accept header, so the negotiated type is this one's.
    contentTypeOf(negotiate(request.headers.accept)),
    "etag",
    answer.etag,
    "x-read-cache",
    cacheState,
    "cache-control",
    get ? "public, max-age=0, must-revalidate" : "no-store",
  ];
  const validators = request.headers["if-none-match"];
  if (get && validators?.split(",").some((tag) => tag.trim() === answer.etag)) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(answer.status, headers).end(answer.body);
}

export async function createApp(options: AppOptions): Promise<App> {
  return (await prepareApp(options)).connect(options.driver, options.database, options.probeDriver);
}

/**
 * Builds the schema and starts Apollo — seconds of CPU in @neo4j/graphql — without touching the
 * database: resolvers reach Neo4j through the per-request context, so this can run while Neo4j
 * starts and seeds.
 */
export async function prepareApp(options: ApiOptions): Promise<PreparedApp> {
  // Without a configured secret no token can be valid: a random key nobody knows.
  const jwtSecret = options.jwtSecret ?? randomBytes(48).toString("hex");
  const schema = await buildSchema(undefined, jwtSecret);
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
    options.development === true,
  );
  const protection = requestLimits(LIMITS, options.development === true, {
    schema,
    responseMaxBytes: options.responseMaxBytes ?? 2 * 1024 * 1024,
  });
  const readCacheMb = options.readCacheMb ?? 64;
  const cache = readCacheMb > 0 ? readCache(readCacheMb * 1024 * 1024) : undefined;
  // Waiting is bounded by count and time: a waiter holds its socket and parsed body (at most
  // 100 KB), and a client left waiting longer than a few seconds is better told to retry.
  const gate = createExecutionGate({
    capacity: (options.queryConcurrency ?? 4) * HEAVY,
    maxWaiting: 256,
    maxWaitMs: 10_000,
  });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    ...protection,
    // The gate after the bounds (in protection.plugins): it weighs the operation by their cost.
    plugins: [
      ...protection.plugins,
      executionGatePlugin(gate),
      cypherExtensionPlugin(),
      readNotePlugin(),
      httpStatusPlugin(),
    ],
    validationRules: [...protection.validationRules],
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: options.development === true,
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      formatError(formatted, error, options.development === true),
  });
  await apollo.start();
  const staticFiles = serveStatic(options.clientDir);

  return { connect, stop: () => apollo.stop() };

  function connect(driver: Driver, database: string, probeDriver: Driver = driver): App {
    const version = graphVersion(probeDriver, database);
    const queries = deadlineDriver(driver, deadlineFor(options.queryTimeoutMs));
    const health = {
      neo4j: neo4jHealth(probeDriver, database),
      load: queries.load,
      queryCapacity: QUERY_POOL_SIZE,
      slowMs: HEALTH_TIMINGS.slowMs,
    };
    const shared = sharedReads();
    const linkedData = linkedDataRoutes({
      driver,
      database,
      queryTimeoutMs: options.queryTimeoutMs,
      publicBaseUrl: options.publicBaseUrl,
    });

    async function handleGraphql(request: IncomingMessage, response: ServerResponse): Promise<void> {
      let rawBody = "";
      try {
        rawBody = request.method === "POST" ? await readBody(request, LIMITS.bodyBytes) : "";
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          sendJson(response, 413, {
            errors: [{ message: error.message, extensions: { code: "LIMIT_EXCEEDED", limit: "bodyBytes" } }],
          });
          return;
        }
        throw error;
      }
      const method = request.method ?? "GET";
      const search = searchOf(request.url);
      const access = await accessOf(request.headers);
      // One day per request, for the resolvers and the cache alike (see graph/asOf.ts).
      const day = today(now());
      // The fast path: a repeat of a cached read is answered from the request's bytes alone.
      const key =
        cache && !access.private ? readCacheKey(method, request.headers, search, rawBody) : undefined;
      // The version is read before the query runs: an answer is stored under a version no newer
      // than the data it was computed from, so it can only be served to requests that started
      // before any later write committed. The day is part of it: a read without `asOf` answers
      // for today, so the cache turns over at midnight UTC like it does after a write.
      const atVersion =
        key === undefined
          ? undefined
          : await version.current().then(
              (bookmark) => `${day} ${bookmark}`,
              () => undefined,
            );
      if (cache && key !== undefined && atVersion !== undefined) {
        const hit = cache.get(atVersion, key);
        if (hit) {
          sendRead(request, response, hit, "hit");
          return;
        }
        const running = shared.running(atVersion, key);
        const answer = running && (await running);
        if (answer) {
          sendRead(request, response, answer, "shared");
          return;
        }
      }
      const share =
        cache && key !== undefined && atVersion !== undefined ? shared.begin(atVersion, key) : undefined;
      try {
        await answerWithApollo(request, response, method, rawBody, key, atVersion, share, access, day);
      } finally {
        share?.(undefined);
      }
    }

    /** A request the cache could not answer, run by Apollo (and stored when it may be). */
    async function answerWithApollo(
      request: IncomingMessage,
      response: ServerResponse,
      method: string,
      rawBody: string,
      key: string | undefined,
      atVersion: string | undefined,
      share: ((answer: CachedAnswer | undefined) => void) | undefined,
      access: RequestAccess,
      day: string,
    ): Promise<void> {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      // Apollo negotiates the media type itself; told ours, it cannot choose another.
      const accept = canonicalAccept(request.headers.accept);
      if (accept !== undefined) headers.set("accept", accept);
      let body: unknown = rawBody;
      if (rawBody !== "" && (headers.get("content-type") ?? "").includes("application/json")) {
        try {
          body = JSON.parse(rawBody);
        } catch {
          sendJson(response, 400, {
            errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
          });
          return;
        }
      }
      // Reads carry no cookies and GET never runs a mutation (Apollo refuses it), so a plain GET —
      // a link, a CDN — need not prove it is not a cross-site form with Apollo's preflight header.
      if (method === "GET" && !headers.has("apollo-require-preflight"))
        headers.set("apollo-require-preflight", "1");
      const url = new URL(request.url ?? "/", "http://localhost");
      const note: ReadNote = {};
      // The gate's units are held until the answer has left (or the client has gone).
      const admission = createAdmission();
      response.once("close", () => admission.done());
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: async () => {
          const cypherLog: ApiContext["cypherLog"] = [];
          return {
            driver: queries.driver,
            database,
            queryTimeoutMs: options.queryTimeoutMs,
            cypherLog,
            executionContext: recordingDriver(queries.driver, cypherLog),
            sessionConfig: { database },
            transaction: { timeout: options.queryTimeoutMs },
            readNote: note,
            admission,
            today: day,
            includeCypher: access.includeCypher,
            // Verified once, in auth/adminToken.ts; @neo4j/graphql trusts a `jwt` it is given.
            ...(access.admin ? { jwt: access.admin } : {}),
          };
        },
      });
      // httpStatusPlugin has already set the status a client mistake deserves (400).
      const status = result.status ?? 200;
      if (
        cache &&
        key !== undefined &&
        atVersion !== undefined &&
        (status === 200 || status === 400) &&
        result.body.kind === "complete" &&
        isStorable(note)
      ) {
        const answer = cache.set(atVersion, key, status, result.body.string);
        share?.(answer);
        sendRead(request, response, answer, "miss");
        return;
      }
      const outHeaders: Record<string, string> = {};
      for (const [name, value] of result.headers) outHeaders[name] = value;
      outHeaders.vary = VARY;
      // An admin's answer, or one with its Cypher, is for that client alone.
      if (access.private) outHeaders["cache-control"] = "private, no-store";
      response.writeHead(status, outHeaders);
      if (result.body.kind === "complete") {
        response.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    }

    const server = createServer((request, response) => {
      setSecurityHeaders(response);
      const path = requestPath(request.url);
      if (path === undefined) {
        sendJson(response, 400, {
          errors: [{ message: "The request path is not a valid URL", extensions: { code: "BAD_REQUEST" } }],
        });
        return;
      }
      const handle = async () => {
        if (path === "/graphql" && wantsQueryTab(request)) {
          const search = new URL(request.url ?? "/", "http://localhost").search;
          response.writeHead(302, { location: queryTabLocation(search), "cache-control": "no-store" }).end();
          return;
        }
        if (path === "/graphql") return handleGraphql(request, response);
        if (path === "/healthz") return healthz(health, response);
        if (await linkedData(request, response, path)) return;
        if (request.method !== "GET" && request.method !== "HEAD") {
          response.writeHead(405, { allow: "GET, HEAD" }).end();
          return;
        }
        return staticFiles(request, response);
      };
      handle().catch((error: unknown) => {
        // Last resort: never leak internals, never leave the socket hanging.
        if (options.development) console.error(error);
        if (!response.headersSent) {
          sendJson(response, 500, {
            errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
          });
        } else {
          response.end();
        }
      });
    });
    // Requests Node's parser rejects (bad request line, oversized headers, timeouts) never reach
    // the handler above; answer them here so that they too carry the security headers.
    server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
      if (error.code === "ECONNRESET" || !socket.writable) {
        socket.destroy();
        return;
      }
      const status =
        error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
      endRaw(socket, status);
    });
    // CONNECT (a proxy tunnel) bypasses the request handler too; without a listener Node drops
    // the connection without an answer.
    server.on("connect", (_request: IncomingMessage, socket: Duplex) =>
      endRaw(socket, 405, "allow: GET, HEAD, POST\r\n"),
    );
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;

    return {
      server,
      listen(port: number, host: string) {
        return new Promise((resolve, reject) => {
          server.once("error", reject);
          server.listen(port, host, () => {
            const address = server.address();
            resolve(typeof address === "object" && address ? address.port : port);
          });
        });
      },
      async stop() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await apollo.stop();
      },
    };
  }
}
