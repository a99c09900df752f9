/**
 * `GET /graphql` from a browser goes to the explorer's Query tab instead of Apollo's landing page,
 * whose Sandbox loads from a CDN and so fails offline. Programs that ask for JSON (any Accept
 * without text/html ahead of application/json) keep getting GraphQL answers to GET reads.
 */
import type { IncomingMessage } from "node:http";

/** True when the client ranks an HTML page above JSON: what a browser's address bar sends. */
export function prefersHtml(accept: string | undefined): boolean {
  const types = (accept ?? "")
    .split(",")
    .map((part) => part.split(";")[0]?.trim().toLowerCase() ?? "")
    .filter(Boolean);
  const html = types.indexOf("text/html");
  if (html === -1) return false;
  const json = types.indexOf("application/json");
  return json === -1 || html < json;
}

export function wantsQueryTab(request: IncomingMessage): boolean {
  return (request.method === "GET" || request.method === "HEAD") && prefersHtml(request.headers.accept);
}

/**
 * The explorer URL of the Query tab (`v=query`), carrying a `query` parameter over as the tab's
 * text (`q`, base64url of UTF-8: the explorer's own URL-state encoding) so a pasted link opens
 * with its query.
 */
export function queryTabLocation(search: string): string {
  const query = new URLSearchParams(search).get("query");
  const params = new URLSearchParams({ v: "query" });
  if (query) params.set("q", Buffer.from(query, "utf8").toString("base64url"));
  return `/?${params.toString()}`;
}
