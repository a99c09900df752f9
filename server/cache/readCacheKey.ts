/**
 * What identifies a read for the cache: the document (or its persisted-query hash), the
 * operation name and the variables (`asOf` included), whether they came in a GET query string or
 * a POST body. Requests whose answer depends on more than that are not cached: those with a
 * bearer token (an admin may see more one day) and those asking for the Cypher log.
 */
import type { HeaderMap } from "@apollo/server";

function field(source: unknown, name: string): unknown {
  return typeof source === "object" && source !== null && !Array.isArray(source)
    ? (source as Record<string, unknown>)[name]
    : undefined;
}

/** The key, or undefined when the request is not cacheable. */
export function readCacheKey(
  method: string,
  headers: HeaderMap,
  search: string,
  body: unknown,
): string | undefined {
  if (headers.has("authorization") || headers.get("x-include-cypher") === "1") return undefined;
  if (method === "GET") {
    const params = new URLSearchParams(search);
    return JSON.stringify([
      "GET",
      params.get("query"),
      params.get("operationName"),
      params.get("variables"),
      params.get("extensions"),
    ]);
  }
  // Batches (arrays) and non-JSON bodies are left to Apollo, uncached.
  if (method !== "POST" || typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  try {
    return JSON.stringify([
      "POST",
      field(body, "query") ?? null,
      field(body, "operationName") ?? null,
      field(body, "variables") ?? null,
      field(body, "extensions") ?? null,
    ]);
  } catch {
    // Variables nested deeper than the stack allows (JSON.parse takes them, stringify does not):
    // not worth caching, and Apollo rejects them by name.
    return undefined;
  }
}
