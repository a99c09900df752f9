/**
 * The read cache in front of Apollo. A repeat of a cached read is answered from the request's
 * bytes alone (readCacheKey.ts), an identical read running at the same moment is waited for
 * (sharedReads.ts), and any other read runs and, when its answer may be kept (readNotePlugin.ts),
 * is stored and sent as stored.
 *
 * The version is read before the query runs: an answer is stored under a version no newer than
 * the data it was computed from, so it can only be served to requests that started before any
 * later write committed (graphVersion.ts). The day is part of it: a read without `asOf` answers
 * for today, so the cache turns over at midnight UTC as it does after a write.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type RequestAccess, VARY } from "../auth/requestAccess.ts";
import { contentTypeOf, negotiate } from "../http/responseMediaType.ts";
import type { GraphVersion } from "./graphVersion.ts";
import type { CachedAnswer, ReadCache } from "./readCache.ts";
import { readCacheKey, searchOf } from "./readCacheKey.ts";
import { isStorable, type ReadNote } from "./readNotePlugin.ts";
import { sharedReads } from "./sharedReads.ts";

/** What of a GraphQL request the cache goes by, besides its headers and target. */
export interface ReadRequest {
  readonly method: string;
  readonly rawBody: string;
  readonly access: RequestAccess;
  /** The UTC day the request is answered for (graph/asOf.ts). */
  readonly day: string;
}

/** A read the cache could not answer: where its answer goes once it is computed. */
export interface ReadSlot {
  /** Stores and sends the answer when it may be kept (true); false leaves the sending to the caller. */
  keep(status: number, body: string, note: ReadNote): boolean;
  /** Ends the read; identical reads that waited for it run their own unless it was kept. */
  end(): void;
}

export interface ReadThrough {
  /** Answers the request from the cache or an identical running read, or opens a slot for its answer. */
  begin(
    request: IncomingMessage,
    response: ServerResponse,
    read: ReadRequest,
  ): Promise<ReadSlot | "answered">;
}

/** For a read the cache does not take part in: private, not a read, or the version unknown. */
const NO_SLOT: ReadSlot = { keep: () => false, end: () => {} };

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

/** The cache over `version`; without a cache (READ_CACHE_MB=0) every read runs. */
export function readThrough(cache: ReadCache | undefined, version: GraphVersion): ReadThrough {
  const shared = sharedReads();
  return {
    async begin(request, response, read) {
      if (!cache || read.access.private) return NO_SLOT;
      const key = readCacheKey(read.method, request.headers, searchOf(request.url), read.rawBody);
      if (key === undefined) return NO_SLOT;
      // Neo4j that cannot tell its version cannot vouch for a stored answer: the read just runs.
      const atVersion = await version.current().then(
        (bookmark) => `${read.day} ${bookmark}`,
        () => undefined,
      );
      if (atVersion === undefined) return NO_SLOT;
      const hit = cache.get(atVersion, key);
      if (hit) {
        sendRead(request, response, hit, "hit");
        return "answered";
      }
      const running = shared.running(atVersion, key);
      const answer = running && (await running);
      if (answer) {
        sendRead(request, response, answer, "shared");
        return "answered";
      }
      const share = shared.begin(atVersion, key);
      return {
        keep(status, body, note) {
          // httpStatusPlugin has already set the status a client mistake deserves (400).
          if ((status !== 200 && status !== 400) || !isStorable(note)) return false;
          const stored = cache.set(atVersion, key, status, body);
          share(stored);
          sendRead(request, response, stored, "miss");
          return true;
        },
        end: () => share(undefined),
      };
    },
  };
}
