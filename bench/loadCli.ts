/**
 * The load benchmark end to end: the app as `npm start` runs it, in its own process with its own
 * throw-away Neo4j (read cache on, then off), the load clients in another process
 * (bench/loadClients.ts), and the resident memory of the app and of the JVM before and at their
 * peak under load.
 * `npx tsx bench/loadCli.ts [clients] [seconds]` prints the Markdown section; bench/run.ts
 * includes it through loadSection().
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { type LoadResult, QUERY_KINDS } from "./load.ts";
import { startServer, stopServer, tempDir } from "./startup.ts";
import { formatMs } from "./stats.ts";

/** The goals for the users' mix, 50 clients × 60 s: what a public launch must carry with room to spare. */
export const LOAD_GOALS = { p99Ms: 50, requestsPerSecond: 1_000, errors: 0, nodeRssMiB: 400 } as const;

/**
 * The Node flags `npm start` gives the app (package.json's start script): bench/startup.ts runs
 * `node dist/server/main.js` itself, so they are handed over in NODE_OPTIONS to measure the same
 * process. `--max-old-space-size=384`: idle heap about 180 MiB (the schema), plus twice the worst
 * bounded request (introspection, about 45 MiB) and the answers being built at once (bounded by
 * server/limits/responseBudget.ts); docs/benchmarks.md ("Bounds") has the figures. Without a bound
 * V8 sizes its heap for this machine's memory and lets garbage pile up to ~900 MiB before it
 * collects.
 */
export function startFlags(): string {
  const manifest: unknown = JSON.parse(readFileSync("package.json", "utf8"));
  const scripts =
    typeof manifest === "object" && manifest !== null && "scripts" in manifest ? manifest.scripts : undefined;
  const start =
    typeof scripts === "object" && scripts !== null && "start" in scripts ? String(scripts.start) : "";
  return (start.match(/(?<=^node\s+)(--\S+\s+)*/)?.[0] ?? "").trim();
}

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
  readonly readCacheMb: number;
  readonly result: LoadResult;
  readonly before: Memory;
  /** Highest VmRSS sampled every 250 ms while the clients ran. */
  readonly peak: Memory;
}

/** Runs the load clients in a child process against `baseUrl` and returns their result. */
function runClients(baseUrl: string, clients: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "bench/loadClients.ts", baseUrl, String(clients), String(seconds)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`load clients exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}") as LoadResult);
    });
  });
}

/**
 * The app as `npm start` runs it (build step, then `node dist/server/main.js` with its own
 * throw-away Neo4j and the real seed), once per read-cache size (64 MiB, then 0 = off), each
 * loaded by clients in a separate process; the RSS is the app's own process.
 */
export async function measureLoad(
  options: { clients?: number; seconds?: number; cacheSizes?: readonly number[] } = {},
): Promise<LoadRun[]> {
  const clients = options.clients ?? 50;
  const seconds = options.seconds ?? 60;
  const runs: LoadRun[] = [];
  for (const readCacheMb of options.cacheSizes ?? [64, 0]) {
    const dataDir = tempDir("ehealth-graph-load-");
    const server = await startServer(dataDir, 240_000, {
      READ_CACHE_MB: String(readCacheMb),
      NEO4J_HEAP: "768m",
      NODE_OPTIONS: startFlags(),
    });
    try {
      const memory = (): Memory => ({
        nodeMiB: residentMiB(server.nodePid),
        jvmMiB: residentMiB(server.javaPid ?? -1),
      });
      const before = memory();
      let peak = before;
      const sampler = setInterval(() => {
        const now = memory();
        peak = { nodeMiB: Math.max(peak.nodeMiB, now.nodeMiB), jvmMiB: Math.max(peak.jvmMiB, now.jvmMiB) };
      }, 250);
      try {
        const result = await runClients(`http://127.0.0.1:${server.port}`, clients, seconds);
        runs.push({ readCacheMb, result, before, peak });
      } finally {
        clearInterval(sampler);
      }
    } finally {
      await stopServer(server);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return runs;
}

const mib = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} MiB` : "—");

const met = (ok: boolean) => (ok ? "✓" : "✗");

export function formatLoadSection(runs: readonly LoadRun[]): string {
  const column = (run: LoadRun) => (run.readCacheMb > 0 ? `cache on (${run.readCacheMb} MiB)` : "cache off");
  const rows: [string, string, (run: LoadRun) => string][] = [
    [
      "requests/s",
      `≥ ${LOAD_GOALS.requestsPerSecond}`,
      (r) =>
        `${r.result.requestsPerSecond.toFixed(0)} ${met(r.result.requestsPerSecond >= LOAD_GOALS.requestsPerSecond)}`,
    ],
    [
      "p99 ms",
      `< ${LOAD_GOALS.p99Ms}`,
      (r) => `${formatMs(r.result.p99Ms)} ${met(r.result.p99Ms < LOAD_GOALS.p99Ms)}`,
    ],
    ["p50 ms", "—", (r) => formatMs(r.result.p50Ms)],
    [
      "errors",
      `${LOAD_GOALS.errors}`,
      (r) => `${r.result.errors} of ${r.result.requests} ${met(r.result.errors === 0)}`,
    ],
    [
      "Node RSS under load (peak)",
      `≤ ${LOAD_GOALS.nodeRssMiB} MiB`,
      (r) => `${mib(r.peak.nodeMiB)} ${met(r.peak.nodeMiB <= LOAD_GOALS.nodeRssMiB)}`,
    ],
    ["Node RSS before", "—", (r) => mib(r.before.nodeMiB)],
    ["Neo4j JVM RSS before → peak", "—", (r) => `${mib(r.before.jvmMiB)} → ${mib(r.peak.jvmMiB)}`],
  ];
  const kindRows = QUERY_KINDS.map(
    (kind) =>
      `| ${kind} | ${runs
        .map((r) => {
          const k = r.result.byKind[kind];
          return `${k.requests} / ${k.errors} / ${formatMs(k.p50Ms)} / ${formatMs(k.p99Ms)}`;
        })
        .join(" | ")} |`,
  );
  const first = runs[0]?.result;
  const errors = runs.flatMap((r) => r.result.errorSamples.map((e) => `${column(r)}: ${e}`)).slice(0, 5);
  return [
    "## Load: the users' mix under concurrent clients, read cache on and off",
    "",
    `${first?.clients ?? 50} concurrent clients for ${first?.seconds ?? 60} s in a separate Node process (bench/loadClients.ts), each sending the next query of the mix as soon as the last one answered: search over 40 texts, neighbourhood depth 2 and traceToSdgs over every node id of the seed, sdgMatrix, and a generated-API \`solutions\` query over every solution id. Over HTTP on 127.0.0.1 to the app as \`npm start\` runs it (\`node ${startFlags()} dist/server/main.js\`, its own process, measured for RSS), over its throw-away Neo4j 5.26 (heap 768 MB) with the real seed; a fresh app and Neo4j per run (bench/load.ts, bench/loadCli.ts).`,
    "",
    `| Figure | Goal | ${runs.map(column).join(" | ")} |`,
    `| --- | --- | ${runs.map(() => "---:").join(" | ")} |`,
    ...rows.map(([name, goal, cell]) => `| ${name} | ${goal} | ${runs.map(cell).join(" | ")} |`),
    "",
    `Per query (requests / errors / p50 ms / p99 ms):`,
    "",
    `| query | ${runs.map(column).join(" | ")} |`,
    `| --- | ${runs.map(() => "---:").join(" | ")} |`,
    ...kindRows,
    "",
    `Machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end (other work on the machine shows here).`,
    ...(errors.length > 0 ? ["", "First errors:", ...errors.map((e) => `- \`${e}\``)] : []),
    "",
  ].join("\n");
}

export async function loadSection(
  options: { clients?: number; seconds?: number; cacheSizes?: readonly number[] } = {},
): Promise<string> {
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
