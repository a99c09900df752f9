/**
 * `npm run bench`: measures, in one run, the first-run Neo4j fetch, cold start, memory,
 * shutdown and the API's cost against hand-written Cypher, and writes docs/benchmarks.md.
 * Everything runs on free ports with throw-away data directories; `.neo4j/` is never touched.
 *
 *   npm run bench [-- --skip-fetch] [-- --iterations 200] [-- --warmup 20] [-- --runs 3]
 *                 [-- --skip-bounds] [-- --fuzz-requests 20000]
 */
import { execSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createDriver } from "#platform/neo4j/database.ts";
import { type CaseResult, measureApiCost } from "./apiCost.ts";
import { boundsSection } from "./bounds.ts";
import { buildsFromEnvironment, explorerDrawSection } from "./explorerDraw.ts";
import { explorerScaleSection } from "./explorerScale.ts";
import { loadSection } from "./loadCli.ts";
import { scaleSection } from "./scale.ts";
import {
  type FetchResult,
  killServer,
  measureFetch,
  measureNeo4jUp,
  PASSWORD,
  ROOT,
  type RunningServer,
  rssMiB,
  startServer,
  stopServer,
  tempDir,
} from "./startup.ts";
import { formatMs, formatRatio, median, ratio } from "./stats.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const SKIP_FETCH = flag("--skip-fetch");
const ITERATIONS = option("--iterations", 200);
const WARMUP = option("--warmup", 20);
const RUNS = option("--runs", 3);
const OUT = join(ROOT, "docs/benchmarks.md");

const log = (line: string) => process.stderr.write(`${line}\n`);

function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const meminfo = readFileSync("/proc/meminfo", "utf8");
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  return {
    nproc: execSync("nproc", { encoding: "utf8" }).trim(),
    memory: `${(Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0) / 1024 / 1024).toFixed(1)} GiB`,
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "unknown",
    node: process.version,
    java: (java.stderr || java.stdout).split("\n")[0]?.trim() ?? "unknown",
    date: new Date()
      .toISOString()
      .replace("T", " ")
      .replace(/\.\d+Z$/, " UTC"),
    command: `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`,
  };
}

interface ColdRun {
  readyMs: number;
  seededLineMs: number;
  seeded: boolean;
  builtClient: boolean;
  nodeRss: number;
  javaRss: number;
  stopMs: number;
}

const mib = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} MiB` : "—");
const sec = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : "—");
const yes = (ok: boolean) => (ok ? "yes" : "**no**");

/** Every server this run started, for cleanup (also on Ctrl-C). */
const servers: RunningServer[] = [];

const LOAD_SECONDS = option("--load-seconds", 60);

async function main(): Promise<void> {
  const info = machine();
  const dirs: string[] = [];
  let fetchResult: FetchResult | undefined;
  const neo4jUp: { upMs: number; stopMs: number }[] = [];
  const cold: ColdRun[] = [];
  let restart:
    | {
        readyMs: number;
        alreadySeeded: boolean;
        reseeded: boolean;
        nodeRssStart: number;
        javaRssStart: number;
        nodeRssAfter: number;
        javaRssAfter: number;
        stopMs: number;
      }
    | undefined;
  let api: CaseResult[] = [];
  const problems: string[] = [];

  try {
    if (SKIP_FETCH) {
      log("1. first-run fetch: skipped (--skip-fetch)");
    } else {
      log("1. first-run fetch: mvn dependency:build-classpath into an empty repository…");
      fetchResult = measureFetch();
      log(
        `   ${fetchResult.ok ? "ok" : `FAILED: ${fetchResult.error}`} in ${fetchResult.seconds.toFixed(1)} s`,
      );
    }

    log(`2a. Neo4j alone (startLocalNeo4j), ${RUNS} runs…`);
    for (let i = 0; i < RUNS; i++) {
      try {
        const up = await measureNeo4jUp();
        neo4jUp.push(up);
        log(`   run ${i + 1}: up in ${sec(up.upMs)}`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        problems.push(`Neo4j-alone run ${i + 1} failed (left out of the median): ${message}`);
        log(`   run ${i + 1}: FAILED ${message}`);
      }
    }

    log(`2b. cold start of server/main.ts on a fresh data dir, ${RUNS} runs…`);
    let lastDir = "";
    let seededDir = "";
    for (let i = 0; i < RUNS; i++) {
      lastDir = tempDir("bench-data-");
      dirs.push(lastDir);
      let server: RunningServer;
      try {
        server = await startServer(lastDir);
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        problems.push(`cold run ${i + 1} failed (left out of the median): ${message}`);
        log(`   run ${i + 1}: FAILED ${message}`);
        continue;
      }
      seededDir = lastDir;
      servers.push(server);
      const nodeRss = rssMiB(server.nodePid);
      const javaRss = rssMiB(server.javaPid);
      const stopMs = await stopServer(server);
      cold.push({
        readyMs: server.readyMs,
        seededLineMs: server.seededLineMs,
        seeded: server.seeded,
        builtClient: server.builtClient,
        nodeRss,
        javaRss,
        stopMs,
      });
      if (server.builtClient) problems.push(`cold run ${i + 1} built the explorer (client/dist was stale)`);
      log(`   run ${i + 1}: ready in ${sec(server.readyMs)}, stopped in ${sec(stopMs)}`);
    }

    log("2c. second start on the same data dir, then the API benchmark against it…");
    if (cold.length === 0) throw new Error("no cold start succeeded");
    const server = await startServer(seededDir);
    servers.push(server);
    const nodeRssStart = rssMiB(server.nodePid);
    const javaRssStart = rssMiB(server.javaPid);
    const driver = createDriver(`bolt://127.0.0.1:${server.boltPort}`, "neo4j", PASSWORD);
    try {
      log(`3. API cost: ${WARMUP} warm-up + ${ITERATIONS} measured iterations per query, interleaved…`);
      api = await measureApiCost({
        url: `http://127.0.0.1:${server.port}/graphql`,
        driver,
        database: "neo4j",
        warmup: WARMUP,
        iterations: ITERATIONS,
        log,
      });
    } finally {
      await driver.close();
    }
    const nodeRssAfter = rssMiB(server.nodePid);
    const javaRssAfter = rssMiB(server.javaPid);
    const stopMs = await stopServer(server);
    restart = {
      readyMs: server.readyMs,
      alreadySeeded: server.alreadySeeded,
      reseeded: server.seeded,
      nodeRssStart,
      javaRssStart,
      nodeRssAfter,
      javaRssAfter,
      stopMs,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`the run stopped early: ${message}`);
    log(`ERROR: ${message}`);
  } finally {
    for (const server of servers) killServer(server);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }

  // The sections beyond start-up, each in its own module and its own throw-away Neo4j, run one
  // after the other so that they never share the 2 cores.
  const sections: string[] = [];
  const extras: [flag: string, title: string, run: () => Promise<string>][] = [
    ["--skip-load", "load", () => loadSection({ clients: 50, seconds: LOAD_SECONDS })],
    ["--skip-scale", "scale", () => scaleSection()],
    [
      "--skip-explorer",
      "explorer at scale",
      () => explorerScaleSection({ layoutTimeoutMs: 30_000, runs: RUNS }),
    ],
    // First graph and whole-graph draw times of two explorer builds: before (BEFORE_CLIENT_DIST_DIR) and after.
    [
      "--skip-draw",
      "explorer draw times",
      () => explorerDrawSection({ builds: buildsFromEnvironment(ROOT), log }),
    ],
    // The heap the app needs, and the schema fuzzer as an attack (20,000 requests).
    ["--skip-bounds", "bounds under attack", () => boundsSection(option("--fuzz-requests", 20_000))],
  ];
  for (const [flag, title, run] of extras) {
    if (process.argv.includes(flag)) continue;
    log(`4. ${title}…`);
    try {
      sections.push(await run());
    } catch (error) {
      problems.push(`${title} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  writeFileSync(
    OUT,
    [markdown({ info, fetchResult, neo4jUp, cold, restart, api, problems }), ...sections].join("\n"),
  );
  log(`wrote ${OUT}`);
}

function markdown(r: {
  info: ReturnType<typeof machine>;
  fetchResult: FetchResult | undefined;
  neo4jUp: { upMs: number; stopMs: number }[];
  cold: ColdRun[];
  restart:
    | {
        readyMs: number;
        alreadySeeded: boolean;
        reseeded: boolean;
        nodeRssStart: number;
        javaRssStart: number;
        nodeRssAfter: number;
        javaRssAfter: number;
        stopMs: number;
      }
    | undefined;
  api: CaseResult[];
  problems: string[];
}): string {
  const { info, fetchResult, neo4jUp, cold, restart, api, problems } = r;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(
    "# Benchmarks",
    "",
    "Generated by `bench/run.ts`; do not edit by hand. Timings on a shared, noisy machine: read the",
    "medians and the ratios measured side by side in this one run, not the absolute numbers.",
    "",
    "## Machine",
    "",
    "| | |",
    "|---|---|",
    `| Date | ${info.date} |`,
    `| Command | \`${info.command}\` |`,
    `| CPUs (\`nproc\`) | ${info.nproc} |`,
    `| CPU model | ${info.cpu} |`,
    `| Total memory | ${info.memory} |`,
    `| Node | ${info.node} |`,
    `| Java | ${info.java} |`,
    "",
    "## Start-up, memory and shutdown",
    "",
    "| Figure | Value | Goal | Met |",
    "|---|---|---|---|",
  );
  if (!fetchResult) {
    push("| Neo4j first-run fetch (empty Maven repository) | skipped (`--skip-fetch`) | — | — |");
  } else if (fetchResult.ok) {
    push(
      `| Neo4j first-run fetch (empty Maven repository) | ${fetchResult.seconds.toFixed(1)} s, ${fetchResult.files} .jar/.pom files, ${fetchResult.megabytes.toFixed(0)} MiB | — | — |`,
    );
  } else {
    push(
      `| Neo4j first-run fetch (empty Maven repository) | **failed** after ${fetchResult.seconds.toFixed(1)} s: ${fetchResult.error?.replace(/\|/g, "/")} | — | — |`,
    );
  }
  const coldReady = median(cold.map((c) => c.readyMs));
  const stopAll = [...cold.map((c) => c.stopMs), ...(restart ? [restart.stopMs] : [])];
  const stopMedian = median(stopAll);
  const stopMax = stopAll.length ? Math.max(...stopAll) : Number.NaN;
  push(
    `| Neo4j up alone (\`startLocalNeo4j\`, jars cached, fresh data dir), median of ${neo4jUp.length} | ${sec(median(neo4jUp.map((n) => n.upMs)))} (runs: ${neo4jUp.map((n) => sec(n.upMs)).join(", ")}) | — | — |`,
    `| Cold start to "Ready:" (build step + \`dist/server/main.js\`, jars cached, fresh data dir, seeds), median of ${cold.length} | ${sec(coldReady)} (runs: ${cold.map((c) => sec(c.readyMs)).join(", ")}) | ≤ 10 s | ${yes(coldReady <= 10_000)} |`,
    `| … of which spawn → seeding line ("Seeded the graph"), median | ${sec(median(cold.map((c) => c.seededLineMs)))} | — | — |`,
    `| Second start on the same data dir to "Ready:" | ${restart ? sec(restart.readyMs) : "—"} | ≤ 8 s | ${restart ? yes(restart.readyMs <= 8_000) : "—"} |`,
    `| Second start does not re-seed ("already seeded" on stderr) | ${restart ? (restart.alreadySeeded && !restart.reseeded ? "yes: already seeded" : "**no: re-seeded**") : "—"} | must not re-seed | ${restart ? yes(restart.alreadySeeded && !restart.reseeded) : "—"} |`,
    `| RSS after cold start: Node / java, median | ${mib(median(cold.map((c) => c.nodeRss)))} / ${mib(median(cold.map((c) => c.javaRss)))} | — | — |`,
    `| RSS after second start: Node / java | ${restart ? `${mib(restart.nodeRssStart)} / ${mib(restart.javaRssStart)}` : "—"} | — | — |`,
    `| RSS after the API benchmark: Node / java | ${restart ? `${mib(restart.nodeRssAfter)} / ${mib(restart.javaRssAfter)}` : "—"} | — | — |`,
    `| SIGTERM → Node and java both gone, median of ${stopAll.length} (max) | ${sec(stopMedian)} (max ${sec(stopMax)}) | ≤ 2 s | ${stopAll.length ? yes(stopMax <= 2000) : "—"} |`,
    "",
  );

  push(
    "## API cost: HTTP vs in-process GraphQL vs raw Cypher",
    "",
    `Each query ${api[0] ? `${api[0].raw.n} measured runs per variant after the warm-up` : "—"}, the three variants interleaved`,
    "per iteration (HTTP, in-process, raw, HTTP, …) against the same Neo4j (the server's own).",
    "**HTTP**: POST /graphql to the running `server/main.ts` (Apollo, graphql-armor, JSON over",
    "loopback). **In-process**: `graphql.execute` on `buildSchema(driver)` in the bench process",
    `(document parsed and validated once), with the context \`server/graphql/requestContext.ts\` builds; graphql-js in ${process.env.NODE_ENV === "production" ? "production" : "**development**"} mode (NODE_ENV, as \`npm start\` sets it to production). **Raw**: the`,
    "hand-written Cypher in `bench/rawCypher.ts` through `session.executeRead`, one statement per",
    "query. Ratios are of p50s. Goal: in-process ≤ 1.5× raw.",
    "",
    "| Query | HTTP p50 / p99 (ms) | In-process p50 / p99 (ms) | Raw p50 / p99 (ms) | In-process / raw | HTTP / raw | Goal ≤ 1.5× met | Same answer |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const c of api) {
    const inRatio = ratio(c.inProcess.p50, c.raw.p50);
    const httpRatio = ratio(c.http.p50, c.raw.p50);
    const same = c.error
      ? `failed: ${c.error.replace(/\|/g, "/").slice(0, 120)}`
      : c.graphqlDigest === c.rawDigest
        ? `yes (${c.graphqlDigest.split(";")[0]})`
        : `**no**: API ${c.graphqlDigest.split(";")[0]} / raw ${c.rawDigest.split(";")[0]}`;
    push(
      `| \`${c.name}\`${c.kind === "generated" ? " (generated API)" : ""} | ${formatMs(c.http.p50)} / ${formatMs(c.http.p99)} | ${formatMs(c.inProcess.p50)} / ${formatMs(c.inProcess.p99)} | ${formatMs(c.raw.p50)} / ${formatMs(c.raw.p99)} | ${formatRatio(inRatio)} | ${formatRatio(httpRatio)} | ${Number.isFinite(inRatio) ? yes(inRatio <= 1.5) : "—"} | ${same} |`,
    );
  }
  const met = api.filter((c) => ratio(c.inProcess.p50, c.raw.p50) <= 1.5).length;
  push("", `In-process within 1.5× of raw: ${met} of ${api.length} queries.`, "");
  if (problems.length > 0) {
    push("## Problems in this run", "", ...problems.map((p) => `- ${p}`), "");
  }
  return `${lines.join("\n")}\n`;
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // main()'s finally clauses cannot run on a signal. A Neo4j started by startLocalNeo4j exits
    // when its stdin (this process) closes; the servers are killed here.
    if (!interrupted) log(`${signal}: stopping`);
    interrupted = true;
    for (const server of servers) killServer(server);
    process.exit(130);
  });
}

await main();
