/**
 * Bounded in-memory cache of read answers, stored as the bytes sent (status and body; the
 * headers follow from the method and the ETag), least recently used out first. An entry belongs
 * to one graph version: the first lookup or store under a new version empties the cache, and a
 * store under any other version than the newest seen is refused, so an answer computed while a
 * write committed can never outlive it.
 */
import { createHash } from "node:crypto";

export interface CachedAnswer {
  readonly status: number;
  readonly body: Buffer;
  /** Strong validator of the body, for If-None-Match. */
  readonly etag: string;
}

export interface ReadCache {
  get(version: string, key: string): CachedAnswer | undefined;
  set(version: string, key: string, status: number, body: string): CachedAnswer;
  readonly stats: { hits: number; misses: number; bytes: number; entries: number };
}

/**
 * What an entry holds on to: the body's bytes (a Buffer, outside the V8 heap), the key as a V8
 * string (one byte per character when it is Latin-1, two otherwise: counted as two), the ETag,
 * and the Map slot, the entry object and the Buffer's own header.
 */
export function costOf(key: string, bodyBytes: number): number {
  return bodyBytes + 2 * key.length + 300;
}

export function etagOf(body: Buffer | string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

export function readCache(maxBytes: number): ReadCache {
  const entries = new Map<string, CachedAnswer & { readonly cost: number }>();
  let version: string | undefined;
  /** Versions already replaced: a slow request still holding one gets no hit and stores nothing. */
  const retired = new Set<string>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0, bytes: 0, entries: 0 };

  /** False when `atVersion` is older than the cache's version. */
  function moveTo(atVersion: string): boolean {
    if (version === atVersion) return true;
    if (retired.has(atVersion)) return false;
    if (version !== undefined) retired.add(version);
    if (retired.size > 1_000) retired.delete(retired.values().next().value ?? "");
    version = atVersion;
    entries.clear();
    bytes = 0;
    stats.bytes = 0;
    stats.entries = 0;
    return true;
  }

  return {
    stats,
    get(atVersion, key) {
      const entry = moveTo(atVersion) ? entries.get(key) : undefined;
      if (!entry) {
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      // Re-insert so that Map order is least recently used first.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(atVersion, key, status, text) {
      const body = Buffer.from(text, "utf8");
      const answer = { status, body, etag: etagOf(body) };
      const cost = costOf(key, body.length);
      if (!moveTo(atVersion) || cost > maxBytes) return answer;
      const old = entries.get(key);
      if (old) {
        bytes -= old.cost;
        entries.delete(key);
      }
      entries.set(key, { ...answer, cost });
      bytes += cost;
      for (const [oldestKey, oldest] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldestKey);
        bytes -= oldest.cost;
      }
      stats.bytes = bytes;
      stats.entries = entries.size;
      return answer;
    },
  };
}
