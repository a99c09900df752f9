/**
 * What identifies a read for the cache: the request's own bytes. A GET is keyed by its query
 * string, a POST by its body, both with the `content-type` and `accept` they came with (they
 * decide how Apollo reads the request and what it may answer). Keying by the raw bytes lets a
 * repeat be answered before anything is parsed; a repeat that differs only in spacing is a
 * separate entry, which costs memory but never correctness. The key is a SHA-256 digest of those
 * bytes, not the bytes: with 100 KB bodies as keys, the cache's entries held mostly keys.
 *
 * Whether a request may use the cache at all is decided before (server/auth/requestAccess.ts):
 * a verified admin's, or one shown its Cypher, never does; any other header is ignored, so it
 * cannot make a request skip the cache.
 */
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** 43 characters whatever the request's size; a collision would need a SHA-256 collision. */
function digest(request: string): string {
  return createHash("sha256").update(request).digest("base64url");
}

/** The key, or undefined when the request is not cacheable. */
export function readCacheKey(
  method: string | undefined,
  headers: IncomingHttpHeaders,
  search: string,
  rawBody: string,
): string | undefined {
  const accept = headers.accept ?? "";
  if (method === "GET") return search === "" ? undefined : digest(`GET\n${accept}\n${search}`);
  const contentType = headers["content-type"] ?? "";
  // Only JSON bodies: anything else Apollo refuses (a simple cross-site POST), never cached.
  if (method !== "POST" || !contentType.includes("application/json")) return undefined;
  return digest(`POST\n${accept}\n${contentType}\n${rawBody}`);
}

/** The query string of a request target (with its `?`), as sent: no parsing on the fast path. */
export function searchOf(target: string | undefined): string {
  const at = target?.indexOf("?") ?? -1;
  return target === undefined || at < 0 ? "" : target.slice(at);
}
