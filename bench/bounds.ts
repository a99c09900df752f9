/**
 * Bounds under attack: the heap the app needs (idle and under its worst bounded requests,
 * bench/heapCli.ts) and the schema fuzzer (tests/integration/schemaFuzz.ts) against the app as
 * `npm start` runs it — its own process, its own heap ceiling, its own throw-away Neo4j — with
 * 20,000 requests at 20 in flight, while /healthz is probed every 200 ms and the app's resident
 * memory sampled every 250 ms. Everything on 127.0.0.1; the request count is fixed.
 *
 *   npx tsx bench/bounds.ts [requests]   prints the Markdown section; bench/run.ts includes it.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import fc from "fast-check";
import { getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import {
  describeRequest,
  type FuzzRequest,
  type Outcome,
  pool,
  send,
  violations,
} from "#tests/integration/fuzzJudge.ts";
import { fuzzSeed } from "#tests/integration/fuzzSeed.ts";
import { schemaRequests } from "#tests/integration/schemaFuzz.ts";
import type { HeapReport } from "./heapCli.ts";
import { residentMiB, startFlags } from "./loadCli.ts";
import { PASSWORD, startServer, stopServer, tempDir } from "./startup.ts";
import { percentile } from "./stats.ts";

export interface AttackResult {
  readonly seed: number;
  readonly requests: number;
  readonly seconds: number;
  readonly crashed: boolean;
  readonly serverErrors: number;
  readonly violations: number;
  readonly firstViolations: readonly string[];
  readonly codes: ReadonlyMap<string, number>;
  readonly rssBeforeMiB: number;
  readonly rssPeakMiB: number;
  readonly healthz: {
    readonly probes: number;
    readonly failures: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly maxMs: number;
  };
}

function measureHeap(boltUri: string): Promise<HeapReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", "bench/heapCli.ts", boltUri, PASSWORD],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`heapCli exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}") as HeapReport);
    });
  });
}

export async function measureBounds(requests: number): Promise<{ heap: HeapReport; attack: AttackResult }> {
  const dataDir = tempDir("ehealth-graph-bounds-");
  const server = await startServer(dataDir, 240_000, { NEO4J_HEAP: "768m", NODE_OPTIONS: startFlags() });
  try {
    process.stderr.write("bounds: measuring the heap (bench/heapCli.ts)…\n");
    const heap = await measureHeap(`bolt://127.0.0.1:${server.boltPort}`);
    process.stderr.write(
      `bounds: idle heap ${heap.idleMiB.toFixed(0)} MiB; the attack (${requests} requests)…\n`,
    );
    const base = `http://127.0.0.1:${server.port}`;
    const introspection = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const schema = ((await introspection.json()) as { data: IntrospectionQuery }).data;
    const seed = fuzzSeed();
    const cases = fc.sample(schemaRequests(schema), { numRuns: requests, seed }).map(
      (r): FuzzRequest => ({
        kind: "schema",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(r),
      }),
    );
    const rssBefore = residentMiB(server.nodePid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, residentMiB(server.nodePid) || 0);
    }, 250);
    const health: number[] = [];
    let healthFailures = 0;
    let attacking = true;
    const prober = (async () => {
      while (attacking) {
        const started = performance.now();
        try {
          const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) });
          await response.arrayBuffer();
          if (response.status !== 200) healthFailures++;
        } catch {
          healthFailures++;
        }
        health.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const started = performance.now();
    let done = 0;
    const outcomes: Outcome[] = await pool(cases, 20, async (r) => {
      try {
        done += 1;
        if (done % 1_000 === 0) {
          process.stderr.write(
            `bounds: ${done} requests in ${((performance.now() - started) / 1000).toFixed(0)} s, RSS peak ${rssPeak.toFixed(0)} MiB\n`,
          );
        }
        return await send(base, r);
      } catch (error) {
        return { request: r, status: 0, text: `request failed: ${String(error)}`, ms: 0 };
      }
    });
    const seconds = (performance.now() - started) / 1000;
    attacking = false;
    await prober;
    clearInterval(sampler);
    const codes = new Map<string, number>();
    const problems: string[] = [];
    for (const o of outcomes) {
      const code = /"code":"(\w+)"/.exec(o.text)?.[1] ?? (o.status === 200 ? "data" : String(o.status));
      codes.set(code, (codes.get(code) ?? 0) + 1);
      const found = violations(o);
      if (found.length > 0 || o.status === 0) {
        problems.push(`${found.join("; ") || o.text.slice(0, 80)} (${o.status})`);
        // The request itself, so that a break can be replayed and diagnosed (the app's own log, or
        // a replay against a development server, shows the error behind a masked answer).
        process.stderr.write(
          `bounds: contract broken: ${describeRequest(o.request)}\n  → ${o.status} ${o.text.slice(0, 300)}\n`,
        );
      }
    }
    const sorted = [...health].sort((a, b) => a - b);
    return {
      heap,
      attack: {
        seed,
        requests: outcomes.length,
        seconds,
        crashed: server.child.exitCode !== null || server.child.signalCode !== null,
        serverErrors: outcomes.filter((o) => o.status >= 500 || o.status === 0).length,
        violations: problems.length,
        firstViolations: problems.slice(0, 5),
        codes,
        rssBeforeMiB: rssBefore,
        rssPeakMiB: rssPeak,
        healthz: {
          probes: health.length,
          failures: healthFailures,
          p50Ms: percentile(sorted, 50),
          p99Ms: percentile(sorted, 99),
          maxMs: sorted.at(-1) ?? Number.NaN,
        },
      },
    };
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const mib = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} MiB` : "—");
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : "—");

export function formatBoundsSection({ heap, attack }: { heap: HeapReport; attack: AttackResult }): string {
  const worst = Math.max(...heap.cases.map((c) => c.aloneMiB));
  const worstTwenty = Math.max(...heap.cases.map((c) => c.twentyMiB));
  const flags = startFlags();
  const ceiling = Number(/--max-old-space-size=(\d+)/.exec(flags)?.[1] ?? Number.NaN);
  const needed = heap.idleMiB + 2 * worst;
  return [
    "## Bounds: the heap, and the schema fuzzer as an attack",
    "",
    `Heap of the app measured inside its own process (\`bench/heapCli.ts\`, \`--expose-gc\`, read cache off so that every copy is built; peaks sampled every 2 ms, so a lower bound), over a throw-away Neo4j with the real seed. The heap ceiling is \`${flags}\` (package.json's start script and the Dockerfile): at least idle + 2 × the worst single request = ${mib(needed)}.`,
    "",
    `| Request | Answer | Heap above idle, alone | … 20 at once |`,
    `| --- | --- | ---: | ---: |`,
    ...heap.cases.map(
      (c) =>
        `| ${c.name} | ${c.status}, ${(c.bytes / 1024).toFixed(0)} KiB | ${mib(c.aloneMiB)} | ${mib(c.twentyMiB)} |`,
    ),
    "",
    `| Figure | Value | Goal | Met |`,
    `| --- | --- | --- | --- |`,
    `| Idle heap after a full collection | ${mib(heap.idleMiB)} | — | — |`,
    `| Worst bounded request, alone / 20 at once | ${mib(worst)} / ${mib(worstTwenty)} | — | — |`,
    `| Heap ceiling (\`--max-old-space-size\`) | ${Number.isFinite(ceiling) ? `${ceiling} MiB` : "—"} | ≥ idle + 2 × worst = ${mib(needed)} | ${ceiling >= needed ? "yes" : "**no**"} |`,
    `| Schema fuzzer: requests, 20 in flight (seed ${attack.seed}) | ${attack.requests.toLocaleString("en")} in ${attack.seconds.toFixed(0)} s | ≥ 20,000 | ${attack.requests >= 20_000 ? "yes" : "**no**"} |`,
    `| … crashes of the app process | ${attack.crashed ? "**1**" : "0"} | 0 | ${attack.crashed ? "**no**" : "yes"} |`,
    `| … answers with a 5xx (or none) | ${attack.serverErrors} | 0 | ${attack.serverErrors === 0 ? "yes" : "**no**"} |`,
    `| … answers breaking the error contract (leak, INTERNAL_SERVER_ERROR, unnamed limit) | ${attack.violations} | 0 | ${attack.violations === 0 ? "yes" : "**no**"} |`,
    `| … app RSS before → peak | ${mib(attack.rssBeforeMiB)} → ${mib(attack.rssPeakMiB)} | — | — |`,
    `| … /healthz under attack: p50 / p99 / max (${attack.healthz.probes} probes, ${attack.healthz.failures} not 200) | ${ms(attack.healthz.p50Ms)} / ${ms(attack.healthz.p99Ms)} / ${ms(attack.healthz.maxMs)} | p99 < 1 s | ${attack.healthz.p99Ms < 1_000 && attack.healthz.failures === 0 ? "yes" : "**no**"} |`,
    "",
    `Answers by code: ${[...attack.codes]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n.toLocaleString("en")}`)
      .join(", ")}.`,
    ...(attack.firstViolations.length > 0
      ? ["", "First violations:", ...attack.firstViolations.map((v) => `- \`${v}\``)]
      : []),
    "",
  ].join("\n");
}

export async function boundsSection(requests = 20_000): Promise<string> {
  return formatBoundsSection(await measureBounds(requests));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const requests = Number(process.argv[2] ?? 20_000);
  process.stdout.write(await boundsSection(requests));
}
