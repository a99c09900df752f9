/**
 * The client-side deadline against a real Neo4j: a query still running past it is abandoned and
 * its connection given back at once, even when Neo4j itself would let it run on (here its own
 * timeout is a minute), and even when Neo4j's answers no longer arrive at all (a frozen
 * connection). If an upgrade of neo4j-driver changed the internals abandonSession.ts relies on,
 * the frozen connections would stay lent out and the last test would fail.
 */
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver, QUERY_POOL_SIZE } from "#platform/neo4j/database.ts";
import { Neo4jUnresponsiveError } from "#platform/neo4j/Neo4jUnresponsiveError.ts";
import { type App, createApp } from "#server/app.ts";
import { canAbandon } from "#server/neo4j/abandonSession.ts";
import { deadlineDriver } from "#server/neo4j/deadlineDriver.ts";
import { untypedAnswer } from "./harness.ts";

const DEADLINE_MS = 1_000;
const SLOW_MS = 15_000;

describe("a query past the client-side deadline", () => {
  const connection = inject("neo4j");
  let driver: Driver | undefined;

  beforeAll(() => {
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 5_000,
      disableLosslessIntegers: true,
      logging: { level: "error", logger: () => {} },
    });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it("is abandoned at the deadline and its only connection serves the next query at once", async () => {
    if (!driver) throw new Error("no driver");
    const bounded = deadlineDriver(driver, DEADLINE_MS);
    const session = bounded.driver.session({ database: connection.database, defaultAccessMode: "READ" });
    expect(canAbandon(session)).toBe(true);
    const started = performance.now();
    const error = await session
      .executeRead((tx) => tx.run("CALL apoc.util.sleep($ms) RETURN 1", { ms: SLOW_MS }), { timeout: 60_000 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Neo4jUnresponsiveError);
    expect(performance.now() - started).toBeLessThan(DEADLINE_MS + 1_000);
    expect(bounded.load()).toEqual({ running: 0, abandoned: 1 });

    const next = performance.now();
    const { records } = await driver.executeQuery("RETURN 2 AS two", {}, { database: connection.database });
    expect(records[0]?.get("two")).toBe(2);
    expect(performance.now() - next).toBeLessThan(3_000);
  }, 30_000);
});

/**
 * A TCP proxy in front of Neo4j whose open connections can be frozen: nothing more passes either
 * way, yet the sockets stay open, as when a network drops a connection's packets or a middlebox
 * loses its state. Connections opened after the freeze work normally.
 */
function freezingProxy(target: { host: string; port: number }) {
  const pairs: { client: Socket; upstream: Socket }[] = [];
  const server = createServer((client) => {
    const upstream = connect(target);
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
    pairs.push({ client, upstream });
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
      ),
    freeze() {
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const { client, upstream } of pairs) {
          client.destroy();
          upstream.destroy();
        }
        server.close(() => resolve());
      }),
  };
}

describe("when the network stops carrying the answers of every pooled connection", () => {
  const connection = inject("neo4j");
  const target = new URL(connection.uri.replace(/^[a-z+]+:/, "http:"));
  const proxy = freezingProxy({ host: target.hostname, port: Number(target.port || 7687) });
  let driver: Driver | undefined;
  let app: App | undefined;
  let base = "";

  beforeAll(async () => {
    const port = await proxy.listen();
    driver = createDriver(`bolt://127.0.0.1:${port}`, connection.user, connection.password);
    app = await createApp({
      driver,
      database: connection.database,
      queryTimeoutMs: 1_000,
      clientDir: "client/dist",
      // Reads run uncached, so that each needs a query connection.
      readCacheMb: 0,
    });
    base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
  });
  afterAll(async () => {
    await app?.stop();
    // First the proxy: a frozen connection never answers the driver's goodbye.
    await proxy.close();
    await driver?.close();
  });

  const codesOf = async (count: number) =>
    Promise.all(
      Array.from({ length: count }, async (_, n) => {
        const response = await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ node(id: "no-such-node-${n}") { id } }` }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = untypedAnswer(await response.text());
        return body.errors?.[0]?.extensions?.code;
      }),
    );

  it("gives the frozen connections up at the deadline, so the pool serves every query after", async () => {
    // Open every connection of the pool (each held a moment, so that none is reused), then
    // freeze them all.
    await Promise.all(
      Array.from({ length: QUERY_POOL_SIZE }, async () => {
        const session = driver?.session({ database: connection.database });
        await session?.run("CALL apoc.util.sleep(500) RETURN 1");
        await session?.close();
      }),
    );
    proxy.freeze();
    // These meet the frozen connections: each fails at its deadline, which frees its connection.
    const during = await codesOf(QUERY_POOL_SIZE);
    expect(during.every((code) => code === "SERVICE_UNAVAILABLE" || code === "NOT_FOUND")).toBe(true);
    // Without the abandonment the frozen connections would stay lent out until the server's
    // receive-timeout hint (120 s), and every query would wait for a connection and fail.
    expect(await codesOf(QUERY_POOL_SIZE)).toEqual(
      Array.from({ length: QUERY_POOL_SIZE }, () => "NOT_FOUND"),
    );
  }, 120_000);
});
