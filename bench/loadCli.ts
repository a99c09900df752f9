/**
 * The load benchmark end to end: a throw-away Neo4j on a free port with a temporary data
 * directory, seeded with the real seed, the app in this process on a free loopback port, resident
 * memory of this Node process and of the JVM before and after, then runLoad (bench/load.ts).
 * `npx tsx bench/loadCli.ts [clients] [seconds]` prints the Markdown section; bench/run.ts
 * includes it through loadSection().
 */
import { readFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { freePort, startLocalNeo4j } from "#launcher/launcher.ts";
import { createDriver } from "#platform/neo4j/database.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { seedDatabase } from "#seed/seedDatabase.ts";
import { createApp } from "#server/app.ts";
import { type LoadResult, QUERY_KINDS, runLoad } from "./load.ts";
import { PASSWORD, tempDir } from "./startup.ts";
import { formatMs } from "./stats.ts";

const GOAL_P99_MS = 100;

/** Resident memory of a process in MiB (VmRSS from /proc), NaN where /proc is unavailable. */
export function residentMiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface Memory {
  readonly nodeMiB: number;
  readonly jvmMiB: number;
}

export interface LoadRun {
  readonly result: LoadResult;
  readonly before: Memory;
  readonly after: Memory;
}

export async function measureLoad(options: { clients?: number; seconds?: number } = {}): Promise<LoadRun> {
  const dataDir = tempDir("ehealth-graph-load-");
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    password: PASSWORD,
    heap: "768m",
  });
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  try {
    await seedDatabase(driver, "neo4j", SEED_MODULES, "always");
    const app = await createApp({
      driver,
      database: "neo4j",
      queryTimeoutMs: 5000,
      clientDir: "client/dist",
    });
    try {
      const port = await app.listen(0, "127.0.0.1");
      const memory = (): Memory => ({ nodeMiB: residentMiB(process.pid), jvmMiB: residentMiB(neo4j.pid) });
      const before = memory();
      const result = await runLoad(`http://127.0.0.1:${port}`, options);
      return { result, before, after: memory() };
    } finally {
      await app.stop();
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const mib = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} MiB` : "—");

export function formatLoadSection({ result, before, after }: LoadRun): string {
  const verdict = result.errors === 0 && result.p99Ms < GOAL_P99_MS ? "✓" : "✗";
  const rows = QUERY_KINDS.map((kind) => {
    const k = result.byKind[kind];
    return `| ${kind} | ${k.requests} | ${k.errors} | ${formatMs(k.p50Ms)} | ${formatMs(k.p99Ms)} |`;
  });
  return [
    "## Load: the users' mix under concurrent clients",
    "",
    `${result.clients} concurrent clients for ${result.seconds} s, each sending the next query of the mix (search with varying text, neighbourhood depth 2, traceToSdgs, sdgMatrix, a generated-API \`solutions\` query) as soon as the last one answered, over HTTP on 127.0.0.1 to the app in the benchmark's own Node process, over a throw-away Neo4j 5.26 (heap 768 MB) with the real seed (bench/load.ts, bench/loadCli.ts). Goal: 0 errors and p99 < ${GOAL_P99_MS} ms (${verdict}).`,
    "",
    "| | requests | errors | p50 ms | p99 ms |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| **all** | ${result.requests} | ${result.errors} | ${formatMs(result.p50Ms)} | ${formatMs(result.p99Ms)} |`,
    ...rows,
    "",
    `Throughput: ${result.requestsPerSecond.toFixed(0)} requests/s. Machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end (other work on the machine shows here).`,
    `Resident memory (VmRSS) before → after: Node (app and load clients) ${mib(before.nodeMiB)} → ${mib(after.nodeMiB)}; Neo4j JVM ${mib(before.jvmMiB)} → ${mib(after.jvmMiB)}.`,
    ...(result.errorSamples.length > 0
      ? ["", "First errors:", ...result.errorSamples.map((e) => `- \`${e}\``)]
      : []),
    "",
  ].join("\n");
}

export async function loadSection(options: { clients?: number; seconds?: number } = {}): Promise<string> {
  return formatLoadSection(await measureLoad(options));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [clients, seconds] = process.argv.slice(2).map(Number);
  const section = await loadSection({
    ...(clients ? { clients } : {}),
    ...(seconds ? { seconds } : {}),
  });
  process.stdout.write(section);
}
