import { describe, expect, it } from "vitest";
import { costOf, etagOf, readCache } from "#server/cache/readCache.ts";

describe("readCache", () => {
  it("returns the status and the bytes stored under the same version and key", () => {
    const cache = readCache(1_000_000);
    expect(cache.get("v1", "a")).toBeUndefined();
    cache.set("v1", "a", 200, '{"data":"ø"}');
    const hit = cache.get("v1", "a");
    expect(hit?.status).toBe(200);
    expect(hit?.body.toString("utf8")).toBe('{"data":"ø"}');
    expect(hit?.etag).toBe(etagOf('{"data":"ø"}'));
  });

  it("keeps a deterministic error answer with its status", () => {
    const cache = readCache(1_000_000);
    cache.get("v1", "bad");
    cache.set("v1", "bad", 400, '{"errors":[]}');
    expect(cache.get("v1", "bad")?.status).toBe(400);
  });

  it("forgets everything when the graph version changes", () => {
    const cache = readCache(1_000_000);
    cache.get("v1", "a");
    cache.set("v1", "a", 200, "old");
    expect(cache.get("v2", "a")).toBeUndefined();
  });

  it("refuses to store or serve under a version older than the newest seen", () => {
    const cache = readCache(1_000_000);
    cache.get("v1", "a");
    cache.get("v2", "a");
    // A slow request that read v1 before the write finishes after a request that read v2.
    cache.set("v1", "a", 200, "computed before the write");
    expect(cache.get("v2", "a")).toBeUndefined();
    expect(cache.get("v1", "a")).toBeUndefined();
  });

  it("stays under its byte bound by dropping the least recently used entry", () => {
    const body = "x".repeat(1_000);
    const budget = 4 * costOf("k0", 1_000) + 10;
    const cache = readCache(budget);
    for (let i = 0; i < 4; i++) {
      cache.get("v", `k${i}`);
      cache.set("v", `k${i}`, 200, body);
    }
    expect(cache.get("v", "k0")).toBeDefined();
    cache.set("v", "k4", 200, body);
    expect(cache.stats.bytes).toBeLessThanOrEqual(budget);
    expect(cache.get("v", "k1")).toBeUndefined();
    expect(cache.get("v", "k0")).toBeDefined();
  });

  it("counts a body by its UTF-8 bytes and a key at two bytes a character", () => {
    const cache = readCache(1_000_000);
    cache.get("v", "key");
    cache.set("v", "key", 200, "ø".repeat(100));
    expect(cache.stats.bytes).toBe(costOf("key", 200));
    expect(costOf("key", 200)).toBeGreaterThanOrEqual(200 + 2 * 3);
  });

  it("does not store an answer larger than the whole cache", () => {
    const cache = readCache(100);
    cache.get("v", "big");
    cache.set("v", "big", 200, "x".repeat(1_000));
    expect(cache.get("v", "big")).toBeUndefined();
  });
});
