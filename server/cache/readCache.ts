/**
 * Bounded in-memory cache of read answers (complete JSON bodies), least recently used out first.
 * An entry belongs to one graph version: the first lookup or store under a new version empties
 * the cache, and a store under any other version than the newest seen is refused, so an answer
 * computed while a write committed can never outlive it.
 */
import { createHash } from "node:crypto";

export interface CachedAnswer {
  readonly body: string;
  /** Strong validator of the body, for If-None-Match. */
  readonly etag: string;
}

export interface ReadCache {
  get(version: string, key: string): CachedAnswer | undefined;
  set(version: string, key: string, body: string): CachedAnswer;
  readonly stats: { hits: number; misses: number; bytes: number; entries: number };
}

/** Rough heap cost of an entry: UTF-16 strings plus Map and object overhead. */
function costOf(key: string, body: string): number {
  return 2 * (key.length + body.length) + 160;
}

export function etagOf(body: string): string {
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
    set(atVersion, key, body) {
      const answer = { body, etag: etagOf(body) };
      const cost = costOf(key, body);
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
