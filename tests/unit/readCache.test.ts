import { describe, expect, it } from "vitest";
import { etagOf, readCache } from "#server/cache/readCache.ts";

describe("readCache", () => {
  it("returns what was stored under the same version and key", () => {
    const cache = readCache(1_000_000);
    expect(cache.get("v1", "a")).toBeUndefined();
    cache.set("v1", "a", '{"data":1}');
    expect(cache.get("v1", "a")).toEqual({
      body: '{"data":1}',
      etag: etagOf('{"data":1}'),
      cost: expect.any(Number),
    });
  });

  it("forgets everything when the graph version changes", () => {
    const cache = readCache(1_000_000);
    cache.get("v1", "a");
    cache.set("v1", "a", "old");
    expect(cache.get("v2", "a")).toBeUndefined();
  });

  it("refuses to store or serve under a version older than the newest seen", () => {
    const cache = readCache(1_000_000);
    cache.get("v1", "a");
    cache.get("v2", "a");
    // A slow request that read v1 before the write finishes after a request that read v2.
    cache.set("v1", "a", "computed before the write");
    expect(cache.get("v2", "a")).toBeUndefined();
    expect(cache.get("v1", "a")).toBeUndefined();
  });

  it("stays under its byte bound by dropping the least recently used entry", () => {
    const body = "x".repeat(1_000);
    const cache = readCache(10_000);
    for (let i = 0; i < 4; i++) {
      cache.get("v", `k${i}`);
      cache.set("v", `k${i}`, body);
    }
    expect(cache.get("v", "k0")).toBeDefined();
    cache.set("v", "k4", body);
    expect(cache.stats.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get("v", "k1")).toBeUndefined();
    expect(cache.get("v", "k0")).toBeDefined();
  });

  it("does not store an answer larger than the whole cache", () => {
    const cache = readCache(100);
    cache.get("v", "big");
    cache.set("v", "big", "x".repeat(1_000));
    expect(cache.get("v", "big")).toBeUndefined();
  });
});
