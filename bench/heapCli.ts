/**
 * The app's heap at idle and under its worst bounded requests, measured inside the app's own
 * process (the app is created in this one, started with `--expose-gc`), over a running Neo4j:
 *
 *   node --expose-gc --import tsx bench/heapCli.ts <bolt uri> <password>
 *
 * prints one JSON line: the idle heap after a full collection, and for each request the highest
 * heap sampled every 2 ms while it ran alone and while TOGETHER copies ran at once. bench/bounds.ts turns
 * it into the figures that size `--max-old-space-size` (idle + 2 × the worst).
 */
import { createDriver } from "#platform/neo4j/database.ts";
import { createApp } from "#server/app.ts";

export interface HeapCase {
  readonly name: string;
  readonly aloneMiB: number;
  readonly twentyMiB: number;
  readonly status: number;
  readonly bytes: number;
}

export interface HeapReport {
  readonly idleMiB: number;
  readonly cases: readonly HeapCase[];
}

const MiB = 1024 * 1024;
/** Copies of one request sent at once (the attack benchmark's concurrency). */
export const TOGETHER = 20;
const gc = (globalThis as { gc?: () => void }).gc;

function entityFields(): string {
  return "id name nameNo description descriptionNo sources aliases validFrom validTo dateSources";
}

/** The requests that hold the most heap among those the limits let through (or stop late). */
export const WORST_CASES: readonly { name: string; body: () => string }[] = [
  {
    name: "introspection (the Query tab's schema, about 5,000 types)",
    body: () => JSON.stringify({ query: "INTROSPECTION" }),
  },
  {
    name: "every entity with its texts, 12 aliases (just under the 2 MB ceiling)",
    body: () =>
      JSON.stringify({
        query: `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: entities(limit: 1000) { ${entityFields()} }`).join(" ")} }`,
      }),
  },
  {
    name: "every entity with its texts, 30 aliases (stopped at the ceiling)",
    body: () =>
      JSON.stringify({
        query: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: entities(limit: 1000) { ${entityFields()} }`).join(" ")} }`,
      }),
  },
  {
    name: "two levels of relationship lists at their default page (the most the cost allows)",
    body: () => JSON.stringify({ query: "{ objectives { outcomeOfIncoming { outcomeOf { id } } } }" }),
  },
  {
    name: "a 100 KB body: a 2,600-token query padded with spaces",
    body: () => {
      const alternatives = Array.from({ length: 95 }, (_, i) => `{ id: { eq: "sdg-${i}" } }`).join(" ");
      const query = `{ ${[0, 1, 2].map((a) => `a${a}: sdgs(where: { OR: [${alternatives}] }) { id name }`).join(" ")} }`;
      return JSON.stringify({ query: query + " ".repeat(100_000 - JSON.stringify({ query }).length) });
    },
  },
];

async function main(): Promise<void> {
  const [uri, password] = process.argv.slice(2);
  if (!uri || !password || !gc)
    throw new Error("usage: node --expose-gc --import tsx bench/heapCli.ts <bolt uri> <password>");
  const driver = createDriver(uri, "neo4j", password);
  // The read cache off: every copy of a request is built, as distinct requests would be.
  const app = await createApp({
    driver,
    database: "neo4j",
    queryTimeoutMs: 30_000,
    clientDir: "client/dist",
    readCacheMb: 0,
  });
  const port = await app.listen(0, "127.0.0.1");
  const { getIntrospectionQuery } = await import("graphql");
  const send = async (body: string) => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: body.replace('"INTROSPECTION"', JSON.stringify(getIntrospectionQuery())),
      });
      const text = await response.text();
      return { status: response.status, bytes: text.length };
    } catch {
      // The server's request timeout (30 s) under a busy Neo4j: counted, not fatal.
      return { status: 0, bytes: 0 };
    }
  };
  const settle = () => {
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  /** Highest heap sampled every 2 ms while `work` runs (a lower bound: samples wait for the event loop). */
  const peakDuring = async <T>(work: () => Promise<T>): Promise<{ peak: number; result: T }> => {
    let peak = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2);
    try {
      const result = await work();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return { peak, result };
    } finally {
      clearInterval(sampler);
    }
  };
  // Warm up: every case once, so that code, plans and caches are in place before the idle figure.
  for (const c of WORST_CASES) await send(c.body());
  const idle = settle();
  const cases: HeapCase[] = [];
  for (const c of WORST_CASES) {
    const body = c.body();
    // The sampler cannot run while graphql-js builds an answer synchronously, so a single run can
    // miss the peak (introspection read 0 MiB in one run, 43 MiB in another): the highest of three.
    let base = settle();
    let alone = await peakDuring(() => send(body));
    for (let run = 1; run < 3; run++) {
      const again = settle();
      const next = await peakDuring(() => send(body));
      if (next.peak - again > alone.peak - base) {
        base = again;
        alone = next;
      }
    }
    const base20 = settle();
    const twenty = await peakDuring(() => Promise.all(Array.from({ length: TOGETHER }, () => send(body))));
    process.stderr.write(`heap: ${c.name}: ${((alone.peak - base) / MiB).toFixed(0)} MiB alone\n`);
    cases.push({
      name: c.name,
      aloneMiB: (alone.peak - base) / MiB,
      twentyMiB: (twenty.peak - base20) / MiB,
      status: alone.result.status,
      bytes: alone.result.bytes,
    });
  }
  await app.stop();
  await driver.close();
  const report: HeapReport = { idleMiB: idle / MiB, cases };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
