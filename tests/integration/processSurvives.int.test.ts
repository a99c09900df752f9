/**
 * The review's two heap-exhaustion attacks against the app as `npm start` runs it (its own process,
 * its own heap ceiling): each used to end the process with "JavaScript heap out of memory". After
 * each, the process is still there, /healthz answers 200, and an ordinary query is answered.
 * Bounded: fixed request counts, at most 20 in flight, 127.0.0.1 only.
 */
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphql } from "#tests/generated/gql.ts";
import { type AppProcess, startAppProcess } from "./appProcess.ts";
import { answerTo } from "./harness.ts";

const HELSENORGE = graphql(`query ProcessSurvivesNode { node(id: "helsenorge") { id } }`);

/** A valid query of about 2,600 tokens (3 aliases × 95 alternatives), distinct for each `n`. */
function bigQuery(n: number): string {
  const alternatives = Array.from({ length: 95 }, (_, i) => `{ id: { eq: "sdg-${n}-${i}" } }`).join(" ");
  const alias = (a: number) => `a${a}: sdgs(where: { OR: [${alternatives}] }) { id name }`;
  return `{ ${alias(0)} ${alias(1)} ${alias(2)} }`;
}

async function post(url: string, body: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Runs `count` jobs, `concurrency` at a time; the statuses, 0 for a request that failed. */
async function burst(
  count: number,
  concurrency: number,
  job: (i: number) => Promise<number>,
): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        statuses[i] = await job(i).catch(() => 0);
      }
    }),
  );
  return statuses;
}

describe("the app process survives the heap attacks", () => {
  let app: AppProcess | undefined;
  const current = () => {
    if (!app) throw new Error("app not started");
    return app;
  };

  beforeAll(async () => {
    // The read cache off, as for an attacker whose every request is new: nothing is answered
    // from memory already spent.
    app = await startAppProcess(inject("neo4j"), 120_000, { READ_CACHE_MB: "0" });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  async function stillServing(): Promise<void> {
    const { url, alive, stderr } = current();
    expect(alive(), stderr()).toBe(true);
    const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    expect(health.status).toBe(200);
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: String(HELSENORGE) }),
      signal: AbortSignal.timeout(10_000),
    });
    expect((await answerTo(HELSENORGE, response)).data?.node?.id).toBe("helsenorge");
  }

  it("refuses the eleven-level relationship cycle and lives", async () => {
    let selection = "{ id }";
    for (let level = 10; level >= 1; level--) {
      selection = `{ ${level % 2 === 1 ? "outcomeOfIncoming" : "outcomeOf"} ${selection} }`;
    }
    const query = JSON.stringify({ query: `{ objectives ${selection} }` });
    // The first of these killed the process; send it twice, as the review did.
    const statuses = [await post(current().url, query), await post(current().url, query)];
    expect(statuses).toEqual([400, 400]);
    await stillServing();
  }, 60_000);

  it("lives through 111 distinct 2,600-token queries and then 100 KB bodies, 20 at a time", async () => {
    const { url } = current();
    const filled = await burst(111, 4, (i) => post(url, JSON.stringify({ query: bigQuery(i) })));
    expect(filled.filter((status) => status !== 200)).toEqual([]);
    // The same kind of query padded with spaces to just under the 100 KB body limit: each a new
    // document for Apollo's store and a new key for the read cache.
    const padded = await burst(300, 20, (i) => {
      const query = bigQuery(1_000 + i);
      const padding = 100_000 - JSON.stringify({ query }).length;
      return post(url, JSON.stringify({ query: query + " ".repeat(padding) }));
    });
    expect(padded.filter((status) => status !== 200)).toEqual([]);
    await stillServing();
  }, 300_000);

  it("lives through twenty introspections and twenty 30-alias reads of every entity at once, twice", async () => {
    const { url } = current();
    const fields = "id name nameNo description descriptionNo sources aliases validFrom validTo dateSources";
    const heavy = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: entities(limit: 1000) { ${fields} }`).join(" ")} }`;
    const introspection = getIntrospectionQuery();
    // Padded differently each time, so that no answer comes from the read cache or is shared.
    const bodies = (round: number) => [
      ...Array.from({ length: 20 }, (_, i) => JSON.stringify({ query: heavy + " ".repeat(round * 40 + i) })),
      ...Array.from({ length: 20 }, (_, i) =>
        JSON.stringify({ query: introspection + " ".repeat(round * 40 + i) }),
      ),
    ];
    for (const round of [1, 2]) {
      const all = bodies(round);
      const statuses = await burst(all.length, all.length, (i) => post(url, all[i] as string));
      // 200 (introspection), 400 (the answer outgrew the size ceiling) or 503 (busy, retry):
      // never a dropped connection, which is what a dead process gives.
      expect(
        statuses.filter((status) => ![200, 400, 503].includes(status)),
        current().stderr().slice(0, 2000),
      ).toEqual([]);
      // Some were answered, not all refused as busy: the gate lets work through in turn (first
      // come, first served, so on a slow machine the introspections queued behind the reads may
      // all wait past 10 s and be told to retry).
      expect(statuses.filter((status) => status !== 503).length).toBeGreaterThan(0);
    }
    // Neo4j may still be finishing the reads it was asked for; the app answers again once it has.
    const deadline = Date.now() + 20_000;
    let answered = "";
    while (Date.now() < deadline && !answered.includes('"helsenorge"')) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ node(id: "helsenorge") { id } }' }),
        signal: AbortSignal.timeout(10_000),
      }).catch(() => undefined);
      answered = (await response?.text()) ?? "";
      if (!answered.includes('"helsenorge"')) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(answered, current().stderr().slice(-500)).toContain('"helsenorge"');
    await stillServing();
  }, 300_000);
});
