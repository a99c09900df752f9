/**
 * Serves the built explorer (client/dist) through sirv: index.html for client routes (a path
 * without a file extension), 404 for a missing file, HEAD and Range handled, long cache for the
 * content-hashed files under /assets, revalidation (ETag) for everything else.
 *
 * sirv runs in its per-request lookup mode (`dev: true`) so that a rebuilt client/dist is served
 * without a restart and a missing client/dist is a 404 rather than a crash at start-up; the
 * lookup is a stat per request, cheap next to GraphQL.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { resolve } from "node:path";
import sirv from "sirv";

const YEAR_SECONDS = 31_536_000;

export function serveStatic(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  const handler = sirv(resolve(root), {
    dev: true,
    etag: true,
    single: true,
    setHeaders(response, pathname) {
      response.setHeader(
        "cache-control",
        pathname.startsWith("/assets/") ? `public, max-age=${YEAR_SECONDS}, immutable` : "no-cache",
      );
    },
    onNoMatch(_request, response) {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end("Not found. (If this is the explorer: build it with `npm run build`.)\n");
    },
  });
  return (request, response) => {
    // sirv pipes a file stream into the response without an error listener: a file removed
    // between lookup and read (a rebuild) would otherwise throw and end the process.
    response.once("pipe", (source) => source.once("error", () => response.destroy()));
    handler(request, response);
  };
}
