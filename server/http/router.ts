/**
 * Which handler answers a request, by path: /graphql (or the explorer's Query tab, for a browser
 * that opens it), /healthz, the linked-data addresses, and the built explorer for the rest. Every
 * answer carries the security headers; a path that is not a URL is refused before any handler
 * sees it, and a handler's failure is answered with a masked 500 rather than a hanging socket.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { errorBody } from "../errors/errorBody.ts";
import { queryTabLocation, wantsQueryTab } from "./queryTabRedirect.ts";
import { requestPath } from "./requestPath.ts";
import { setSecurityHeaders } from "./securityHeaders.ts";
import { sendErrorBody } from "./sendErrorBody.ts";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface Routes {
  readonly graphql: Handler;
  readonly healthz: (response: ServerResponse) => Promise<void>;
  /** Answers the linked-data addresses (true), or leaves the request to the next route (false). */
  readonly linkedData: (request: IncomingMessage, response: ServerResponse, path: string) => Promise<boolean>;
  readonly staticFiles: (request: IncomingMessage, response: ServerResponse) => void;
}

async function route(routes: Routes, request: IncomingMessage, response: ServerResponse, path: string) {
  if (path === "/graphql" && wantsQueryTab(request)) {
    const search = new URL(request.url ?? "/", "http://localhost").search;
    response.writeHead(302, { location: queryTabLocation(search), "cache-control": "no-store" }).end();
    return;
  }
  if (path === "/graphql") return routes.graphql(request, response);
  if (path === "/healthz") return routes.healthz(response);
  if (await routes.linkedData(request, response, path)) return;
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  return routes.staticFiles(request, response);
}

export function router(routes: Routes, development: boolean): RequestListener {
  return (request, response) => {
    setSecurityHeaders(response);
    const path = requestPath(request.url);
    if (path === undefined) {
      sendErrorBody(response, 400, errorBody("The request path is not a valid URL", { code: "BAD_REQUEST" }));
      return;
    }
    route(routes, request, response, path).catch((error: unknown) => {
      // Last resort: never leak internals, never leave the socket hanging.
      if (development) console.error(error);
      if (!response.headersSent) {
        sendErrorBody(response, 500, errorBody("Internal server error", { code: "INTERNAL_SERVER_ERROR" }));
      } else {
        response.end();
      }
    });
  };
}
