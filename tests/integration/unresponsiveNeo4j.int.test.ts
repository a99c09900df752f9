/**
 * A Neo4j that stops answering (its JVM stopped with SIGSTOP: connections stay open, nothing comes
 * back) must not take the API's connections with it. On a throw-away Neo4j of its own: queries
 * past the client-side deadline fail fast with SERVICE_UNAVAILABLE and give their connections
 * back, /healthz answers within a second (busy, then down), and after SIGCONT everything answers
 * again without restarting anything.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningNeo4j, startLocalNeo4j } from "#launcher/launcher.ts";
import { createDriver, createProbeDriver } from "#platform/neo4j/database.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { type App, createApp } from "#server/app.ts";
import { deadlineFor } from "#server/neo4j/queryDeadline.ts";

const PASSWORD = "unresponsive-test-password-1";
const START_TIMEOUT_MS = 240_000;
const QUERY_TIMEOUT_MS = 2_000;
const CONCURRENT = 60;

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  } & Record<string, unknown>;
}

describe("when Neo4j stops answering while the app serves", () => {
  let dataDir = "";
  let neo4j: RunningNeo4j | undefined;
  let driver: Driver | undefined;
  let probeDriver: Driver | undefined;
  let app: App | undefined;
  let base = "";
  let stopped = false;

  async function request(path: string, init: RequestInit = {}): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
    const body = (await response.json()) as Answer["body"];
    return { status: response.status, ms: performance.now() - started, body };
  }
  /** A read the cache cannot answer (a new id each time): it needs a query connection. */
  const uncached = (n: number) =>
    request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ node(id: "no-such-node-${n}-${Math.random()}") { id } }` }),
    });
  const health = () => request("/healthz");

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "ehealth-unresponsive-test-"));
    neo4j = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      password: PASSWORD,
      startTimeoutMs: START_TIMEOUT_MS,
    });
    driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    probeDriver = createProbeDriver(neo4j.uri, neo4j.user, neo4j.password);
    await seedDatabase(driver, "neo4j", SEED_MODULES, "always");
    app = await createApp({
      driver,
      probeDriver,
      database: "neo4j",
      queryTimeoutMs: QUERY_TIMEOUT_MS,
      clientDir: "client/dist",
    });
    base = `http://127.0.0.1:${await app.listen(await freePort(), "127.0.0.1")}`;
  }, START_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    if (stopped && neo4j) process.kill(neo4j.pid, "SIGCONT");
    await app?.stop();
    await driver?.close();
    await probeDriver?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers normally before", async () => {
    // A cold Neo4j plans its first queries slowly: warm up one at a time.
    for (let n = 0; n < 5; n++) await uncached(n);
    // Fill the pool with open connections, as a busy server has.
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => uncached(n)));
    for (const answer of answers) expect(answer.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await health()).body).toMatchObject({ status: "ok", neo4j: "up" });
  });

  it(`fails ${CONCURRENT} concurrent queries fast with SERVICE_UNAVAILABLE once Neo4j stops answering`, async () => {
    process.kill(neo4j?.pid ?? -1, "SIGSTOP");
    stopped = true;
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, (_, n) => uncached(n)));
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    for (const answer of answers) {
      expect(answer.body.errors?.[0]?.extensions?.code, JSON.stringify(answer.body)).toBe(
        "SERVICE_UNAVAILABLE",
      );
      expect(answer.status).not.toBe(500);
    }
    // Each request meets at most the graph-version probe's deadline, its query's deadline and one
    // wait for a connection (3 s), plus slack for a loaded machine; without the deadline it
    // waited for the server's receive-timeout hint, 120 s.
    expect(slowest).toBeLessThan(2 * deadlineFor(QUERY_TIMEOUT_MS) + 3_000 + 2_000);
  }, 60_000);

  it("answers /healthz within seconds, busy at first and down once Neo4j has been silent for 5 s", async () => {
    const first = await health();
    expect(first.ms).toBeLessThan(1_500);
    const deadline = Date.now() + 10_000;
    let last = first;
    while (last.status !== 503 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      last = await health();
      // Once it has reported down, a check waits up to 2 s for Neo4j to show it is back.
      expect(last.ms).toBeLessThan(2_500);
      if (last.status === 200) expect(last.body.status).toBe("busy");
    }
    expect(last.status).toBe(503);
    expect(last.body).toMatchObject({ status: "degraded", neo4j: "down" });
  }, 30_000);

  it("answers again within 5 s of SIGCONT, with every connection given back", async () => {
    process.kill(neo4j?.pid ?? -1, "SIGCONT");
    stopped = false;
    const resumed = Date.now();
    let answers: Answer[] = [];
    while (Date.now() - resumed < 5_000) {
      answers = await Promise.all(Array.from({ length: CONCURRENT }, (_, n) => uncached(n)));
      if (answers.every((answer) => answer.body.errors?.[0]?.extensions?.code === "NOT_FOUND")) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(answers.map((answer) => answer.body.errors?.[0]?.extensions?.code)).toEqual(
      answers.map(() => "NOT_FOUND"),
    );
    let healthy = await health();
    while (healthy.body.status !== "ok" && Date.now() - resumed < 10_000) healthy = await health();
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({ status: "ok", neo4j: "up", queries: { running: 0 } });
    expect((healthy.body.queries as { abandoned: number }).abandoned).toBeGreaterThan(0);
  }, 30_000);
});
