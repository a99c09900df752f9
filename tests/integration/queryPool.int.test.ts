/**
 * A pool no one can drain: while slow queries hold every connection of the API's query pool,
 * /healthz still answers within a second (its probe has a pool of its own) and a read the cache
 * holds is still answered (the graph-version probe shares that small pool, not the query pool).
 * The slow queries are real Neo4j work (`apoc.util.sleep`) on the app's own query driver.
 */
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { QUERY_POOL_SIZE } from "#platform/neo4j/database.ts";
import { useApp } from "./harness.ts";

const SLOW_QUERIES = 60;
const SLOW_MS = 8_000;
const CACHED_QUERY = '{ node(id: "helsenorge") { id name } }';

/** SLOW_QUERIES sessions of `apoc.util.sleep`, each holding (or waiting for) a pooled connection. */
function occupyPool(driver: Driver): Promise<unknown[]> {
  return Promise.all(
    Array.from({ length: SLOW_QUERIES }, async () => {
      const session = driver.session({ defaultAccessMode: "READ" });
      try {
        return await session
          .executeRead((tx) => tx.run("CALL apoc.util.sleep($ms) RETURN 1", { ms: SLOW_MS }), {
            timeout: SLOW_MS * 2,
          })
          .catch((error: unknown) => error);
      } finally {
        await session.close();
      }
    }),
  );
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe("with every query connection held by slow queries", () => {
  const api = useApp();

  it(`answers /healthz 200 and a cached read within 1 s while ${SLOW_QUERIES} slow queries hold the pool`, async () => {
    expect(SLOW_QUERIES).toBeGreaterThan(QUERY_POOL_SIZE);
    // The explorer's reads repeat: this one is in the read cache before the load begins.
    await api.graphql(CACHED_QUERY);
    const slow = occupyPool(api.driver());
    // Let the slow queries take every connection.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const health = await timed(async () => {
      const response = await fetch(`${api.url()}/healthz`, { signal: AbortSignal.timeout(10_000) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    });
    expect(health.value.status, JSON.stringify(health.value.body)).toBe(200);
    expect(health.value.body).toMatchObject({ neo4j: "up" });
    expect(["ok", "busy"]).toContain(health.value.body.status);
    expect(health.ms).toBeLessThan(1_000);

    const read = await timed(async () => {
      const response = await fetch(`${api.url()}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // The same bytes as the warming read: the cache is keyed by them.
        body: JSON.stringify({ query: CACHED_QUERY, variables: {} }),
        signal: AbortSignal.timeout(10_000),
      });
      return {
        status: response.status,
        cache: response.headers.get("x-read-cache"),
        body: await response.text(),
      };
    });
    expect(read.value.status, read.value.body).toBe(200);
    expect(read.value.body).toContain('"helsenorge"');
    expect(read.ms).toBeLessThan(1_000);

    await slow;
  }, 60_000);
});
