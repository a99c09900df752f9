/**
 * The HTTP application on one port: POST/GET /graphql (Apollo Server 5), GET /healthz, and the
 * built explorer at /. Apollo is driven through its integration API so that the body limit,
 * health check and static files share one plain Node http server.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Driver } from "neo4j-driver";
import type { ApiContext } from "./context.ts";
import { formatError } from "./errors/formatError.ts";
import { httpStatusPlugin } from "./errors/httpStatusPlugin.ts";
import { requestLimits } from "./errors/requestLimits.ts";
import { cypherExtensionPlugin } from "./http/cypherExtensionPlugin.ts";
import { healthz } from "./http/healthz.ts";
import { BodyTooLargeError, readBody } from "./http/readBody.ts";
import { serveStatic } from "./http/serveStatic.ts";
import { recordingDriver } from "./neo4j/recordingDriver.ts";
import { buildSchema } from "./schema/buildSchema.ts";

/** Limits chosen so that the explorer's own queries pass and abusive ones fail by name. */
export const LIMITS = {
  bodyBytes: 100 * 1024,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxCost: 20000,
  maxDirectives: 20,
} as const;

export interface AppOptions {
  readonly driver: Driver;
  readonly database: string;
  readonly queryTimeoutMs: number;
  readonly jwtSecret?: string | undefined;
  readonly clientDir: string;
  readonly development?: boolean;
}

export interface App {
  readonly server: Server;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

export async function createApp(options: AppOptions): Promise<App> {
  // Without a configured secret no token can be valid: a random key nobody knows.
  const jwtSecret = options.jwtSecret ?? randomBytes(48).toString("hex");
  const schema = await buildSchema(options.driver, jwtSecret);
  const protection = requestLimits(LIMITS, options.development === true);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    ...protection,
    plugins: [...protection.plugins, cypherExtensionPlugin(), httpStatusPlugin()],
    validationRules: [...protection.validationRules],
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: options.development === true,
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      formatError(formatted, error, options.development === true),
  });
  await apollo.start();
  const staticFiles = serveStatic(options.clientDir);

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
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
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
    const url = new URL(request.url ?? "/", "http://localhost");
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
      context: async () => {
        const cypherLog: ApiContext["cypherLog"] = [];
        const authorization = headers.get("authorization") ?? "";
        const token = authorization.toLowerCase().startsWith("bearer ")
          ? authorization.slice(7).trim()
          : undefined;
        return {
          driver: options.driver,
          database: options.database,
          queryTimeoutMs: options.queryTimeoutMs,
          cypherLog,
          executionContext: recordingDriver(options.driver, cypherLog),
          sessionConfig: { database: options.database },
          transaction: { timeout: options.queryTimeoutMs },
          ...(token ? { token } : {}),
        };
      },
    });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    response.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === "complete") {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const handle = async () => {
      if (path === "/graphql") return handleGraphql(request, response);
      if (path === "/healthz") return healthz(options.driver, options.database, response);
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
