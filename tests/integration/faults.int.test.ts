/**
 * Fault tolerance against a real database failure: a second throw-away Neo4j (not the shared
 * one) is killed with SIGKILL while the app serves, then restarted on the same port and data
 * directory. The API must fail fast and cleanly while it is down and recover on its own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningNeo4j, startLocalNeo4j } from "#launcher/launcher.ts";
import { createDriver } from "#platform/neo4j/database.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { type App, createApp } from "#server/app.ts";
import { graphql } from "#tests/generated/gql.ts";
import { answerTextTo, untypedAnswer } from "./harness.ts";

const PASSWORD = "faults-test-password-1";
/** Starting (and recovering after SIGKILL) takes minutes on a loaded CI machine; the budgets
 * under test (5 s to fail, 10 s to recover) are measured from when Neo4j is ready. */
const START_TIMEOUT_MS = 240_000;

/** One custom query of each kind, and one the generated @neo4j/graphql API answers. */
const QUERIES = {
  search: graphql(`query FaultsSearch { search(text: "helse") { node { id } } }`),
  traceToSdgs: graphql(`query FaultsTrace { traceToSdgs(fromId: "objective-3") { sdgs { id } } }`),
  generated: graphql(`query FaultsGenerated { solutions { id } }`),
} as const;

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly ms: number;
}

async function waitForExit(pid: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process ${pid} still running after ${ms} ms`);
}

describe("when Neo4j dies while the app serves", () => {
  let dataDir = "";
  let boltPort = 0;
  let neo4j: RunningNeo4j | undefined;
  let driver: Driver | undefined;
  let app: App | undefined;
  let base = "";

  async function post(query: (typeof QUERIES)[keyof typeof QUERIES]): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: String(query) }),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, text: await response.text(), ms: Date.now() - started };
  }

  async function health(): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(15_000) });
    return { status: response.status, text: await response.text(), ms: Date.now() - started };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "ehealth-faults-test-"));
    boltPort = await freePort();
    neo4j = await startLocalNeo4j({
      dataDir,
      boltPort,
      password: PASSWORD,
      startTimeoutMs: START_TIMEOUT_MS,
    });
    driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    await seedDatabase(driver, "neo4j", SEED_MODULES, "always");
    app = await createApp({
      driver,
      database: "neo4j",
      queryTimeoutMs: 5_000,
      clientDir: "client/dist",
    });
    base = `http://127.0.0.1:${await app.listen(await freePort(), "127.0.0.1")}`;
  }, START_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    await app?.stop();
    await driver?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers normally while Neo4j is up", async () => {
    for (const query of Object.values(QUERIES)) {
      const answer = await post(query);
      expect(answer.status, answer.text).toBe(200);
      expect(JSON.parse(answer.text).errors, answer.text).toBeUndefined();
    }
    const healthy = await health();
    expect(healthy.status).toBe(200);
    expect(JSON.parse(healthy.text)).toMatchObject({ status: "ok", neo4j: "up" });
  });

  it("answers every query with SERVICE_UNAVAILABLE within 5 s once Neo4j is killed, leaking nothing", async () => {
    const pid = neo4j?.pid ?? -1;
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 5_000);
    // Twice: the first round meets the dead pooled connections, the second a refused connect.
    for (let round = 0; round < 2; round++) {
      for (const [name, query] of Object.entries(QUERIES)) {
        const answer = await post(query);
        const context = `${name} (round ${round}): HTTP ${answer.status} in ${answer.ms} ms: ${answer.text}`;
        expect(answer.ms, context).toBeLessThan(5_000);
        expect(answer.status, context).not.toBe(500);
        const body = untypedAnswer(answer.text);
        expect(body.errors?.length, context).toBeGreaterThan(0);
        for (const error of body.errors ?? [])
          expect(error.extensions?.code, context).toBe("SERVICE_UNAVAILABLE");
        // No driver message, stack trace, address or credentials in the body.
        expect(answer.text, context).not.toMatch(
          /stacktrace|\bat \w+ \(|ECONNREFUSED|Neo4jError|ServiceUnavailable\b|127\.0\.0\.1|bolt:|neo4j-driver/i,
        );
        expect(answer.text, context).not.toContain(PASSWORD);
      }
    }
  });

  it("reports /healthz 503 degraded within 5 s while Neo4j is down", async () => {
    const answer = await health();
    expect(answer.ms).toBeLessThan(5_000);
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.text)).toMatchObject({ status: "degraded", neo4j: "down" });
  });

  it(
    "answers again within 10 s of Neo4j restarting on the same port, without restarting the app",
    async () => {
      neo4j = await startLocalNeo4j({
        dataDir,
        boltPort,
        password: PASSWORD,
        startTimeoutMs: START_TIMEOUT_MS,
      });
      const restarted = Date.now();
      const pending = new Set(Object.keys(QUERIES));
      let last = "";
      while (pending.size > 0 && Date.now() - restarted < 10_000) {
        for (const name of [...pending]) {
          const answer = await post(QUERIES[name as keyof typeof QUERIES]);
          last = `${name}: HTTP ${answer.status} after ${Date.now() - restarted} ms: ${answer.text}`;
          if (answer.status === 200 && untypedAnswer(answer.text).errors === undefined) pending.delete(name);
        }
        if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect([...pending], `still failing 10 s after restart; last: ${last}`).toEqual([]);
      const traced = answerTextTo(QUERIES.traceToSdgs, (await post(QUERIES.traceToSdgs)).text);
      expect(traced.data?.traceToSdgs.sdgs.map((sdg) => sdg.id).sort()).toEqual(
        ["sdg-12", "sdg-13", "sdg-3", "sdg-9"].sort(),
      );
      // /healthz is held to the same 10 s, not to the moment the queries came back: after a
      // failed probe the next one opens a new connection, which a freshly restarted Neo4j on a
      // loaded machine answered in about 4.5 s (measured twice), longer than the 2 s a check
      // waits for it (neo4jHealth.ts): one check at that moment says "down" (503), and the next
      // "busy" (the probe was slow), while the queries, which the driver retries, already answer.
      const ok = (answer: Answer) => answer.status === 200 && JSON.parse(answer.text).status === "ok";
      let healthy = await health();
      while (!ok(healthy) && Date.now() - restarted < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        healthy = await health();
      }
      expect(healthy.status, `/healthz 10 s after restart: ${healthy.text}`).toBe(200);
      expect(JSON.parse(healthy.text)).toMatchObject({ status: "ok", neo4j: "up" });
    },
    START_TIMEOUT_MS + 30_000,
  );
});
