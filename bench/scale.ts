/**
 * Query latency against graph size: the real seed (1×) and synthetic graphs of 10× and 100×
 * (bench/syntheticSeed.ts) loaded one after the other into ONE throw-away Neo4j, each explorer
 * query run in-process through `graphql.execute` on the real schema, so the figures are the
 * resolvers plus Neo4j without HTTP. Every query targets a node of the real seed, which exists
 * at every scale, so a row compares the same question on a bigger graph.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type DocumentNode, execute, type GraphQLSchema, parse, validate } from "graphql";
import type { Driver } from "neo4j-driver";
import { freePort, startLocalNeo4j } from "#launcher/launcher.ts";
import { createDriver, verifyReachable } from "#platform/neo4j/database.ts";
import type { ApiContext } from "#server/context.ts";
import { MAX_SUBGRAPH_NODES } from "#server/queries/subgraphBounds.ts";
import { MAX_TRACE_PATHS } from "#server/queries/traceToSdgs.ts";
import { buildSchema } from "#server/schema/buildSchema.ts";
import { loadInBatches } from "./loadInBatches.ts";
import { formatMs, formatRatio, percentile, ratio } from "./stats.ts";
import { syntheticSeed } from "./syntheticSeed.ts";

export const SCALES = [1, 10, 100] as const;
const DATABASE = "neo4j";
const MINISTRY = "ministry-of-health-and-care-services";

const SOURCE = "sources { document title section url }";
const NODE = `id type name nameNo aliases description properties ${SOURCE}`;
const EDGE = `id source target type basis strength reason conflict properties ${SOURCE}`;
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} }`;

type Data = Record<string, unknown>;
const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

interface ScaleCase {
  readonly name: string;
  readonly query: string;
  /** What the answer holds, to show whether the answer itself grows with the graph. */
  readonly size: (data: Data) => string;
}

const subgraphSize = (key: string) => (data: Data) => {
  const s = data[key] as { nodes: unknown; edges: unknown };
  return `${count(s.nodes)} nodes, ${count(s.edges)} edges`;
};
const traceSize = (data: Data) => {
  const t = data.traceToSdgs as { sdgs: unknown; paths: unknown };
  return `${count(t.paths)} paths, ${count(t.sdgs)} SDGs`;
};

export const SCALE_CASES: readonly ScaleCase[] = [
  {
    name: 'search("helse portal")',
    query: `{ search(text: "helse portal") { score node { ${NODE} } } }`,
    size: (d) => `${count(d.search)} hits`,
  },
  {
    name: 'search("Norway")',
    query: `{ search(text: "Norway") { score node { ${NODE} } } }`,
    size: (d) => `${count(d.search)} hits`,
  },
  {
    name: "neighbourhood(ministry, depth 2)",
    query: `{ neighbourhood(id: "${MINISTRY}", depth: 2) { ${SUBGRAPH} } }`,
    size: subgraphSize("neighbourhood"),
  },
  {
    name: "governanceTree(ministry)",
    query: `{ governanceTree(rootId: "${MINISTRY}") { ${SUBGRAPH} } }`,
    size: subgraphSize("governanceTree"),
  },
  {
    name: "traceToSdgs(objective-1)",
    query: `{ traceToSdgs(fromId: "objective-1") { from { id } sdgs { ${NODE} } paths { sdg { id } steps { ${EDGE} } } subgraph { ${SUBGRAPH} } } }`,
    size: traceSize,
  },
  {
    name: "traceToSdgs(ministry)",
    query: `{ traceToSdgs(fromId: "${MINISTRY}") { from { id } sdgs { ${NODE} } paths { sdg { id } steps { ${EDGE} } } subgraph { ${SUBGRAPH} } } }`,
    size: traceSize,
  },
  {
    name: "sdgMatrix",
    query: `{ sdgMatrix { objectives { ${NODE} } sdgs { ${NODE} } cells { objective { id } sdg { id } strength reason ${SOURCE} } } }`,
    size: (d) => {
      const m = d.sdgMatrix as { objectives: unknown; sdgs: unknown; cells: unknown };
      return `${count(m.objectives)} objectives × ${count(m.sdgs)} SDGs, ${count(m.cells)} cells`;
    },
  },
];

/** Queries whose latency should stay within this factor from 1× to 100×. */
const GOAL_RATIO = 2;
const GOAL_QUERIES = new Set(
  SCALE_CASES.filter((c) => /^(search|neighbourhood)/.test(c.name)).map((c) => c.name),
);

export interface ScaleOptions {
  readonly scales?: readonly number[];
  readonly warmup?: number;
  readonly iterations?: number;
  readonly log?: (line: string) => void;
}

interface Measurement {
  readonly p50: number;
  readonly p90: number;
  readonly size: string;
  readonly error?: string;
}

interface ScaleRun {
  readonly scale: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly loadMs: number;
  readonly results: ReadonlyMap<string, Measurement>;
}

function contextFor(driver: Driver): ApiContext {
  // The context server/graphql/requestContext.ts builds per request, without the Cypher recorder.
  return {
    driver,
    database: DATABASE,
    queryTimeoutMs: 30_000,
    cypherLog: [],
    executionContext: driver,
    sessionConfig: { database: DATABASE },
    transaction: { timeout: 30_000 },
  } as ApiContext;
}

async function runOnce(schema: GraphQLSchema, document: DocumentNode, driver: Driver): Promise<Data> {
  const result = await execute({ schema, document, contextValue: contextFor(driver) });
  if (result.errors && result.errors.length > 0)
    throw new Error(result.errors[0]?.message ?? "GraphQL error");
  return (result.data ?? {}) as Data;
}

async function measureCase(
  schema: GraphQLSchema,
  driver: Driver,
  testCase: ScaleCase,
  warmup: number,
  iterations: number,
): Promise<Measurement> {
  const document = parse(testCase.query);
  const errors = validate(schema, document);
  if (errors.length > 0) return { p50: Number.NaN, p90: Number.NaN, size: "", error: errors[0]?.message };
  const samples: number[] = [];
  let size = "";
  try {
    for (let i = 0; i < warmup + iterations; i++) {
      const start = performance.now();
      const data = await runOnce(schema, document, driver);
      const elapsed = performance.now() - start;
      if (i === 0) size = testCase.size(data);
      if (i >= warmup) samples.push(elapsed);
    }
  } catch (error) {
    return {
      p50: Number.NaN,
      p90: Number.NaN,
      size,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  return { p50: percentile(samples, 50), p90: percentile(samples, 90), size };
}

/** Runs every scale against one throw-away Neo4j and returns the raw figures. */
export async function measureScale(options: ScaleOptions = {}): Promise<ScaleRun[]> {
  const scales = options.scales ?? SCALES;
  // The JVM starts cold and 1× runs first: enough warm-up that 1× is not measured on a cold JIT.
  const warmup = options.warmup ?? 20;
  const iterations = options.iterations ?? 50;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dataDir = mkdtempSync(join(tmpdir(), "bench-scale-neo4j-"));
  // Large write transactions (a 1,110-node batch, the 100× graph's indexes) need heap.
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    password: "bench-scale-password",
    heap: "1g",
    pageCache: "256m",
    log,
  });
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  const runs: ScaleRun[] = [];
  try {
    await verifyReachable(driver, neo4j.uri, 20_000);
    const schema = await buildSchema(driver, "bench-secret-bench-secret-bench-secret-0123");
    for (const scale of scales) {
      const start = performance.now();
      const counts = await loadInBatches(driver, DATABASE, syntheticSeed(scale));
      const loadMs = performance.now() - start;
      log(
        `scale ${scale}×: loaded ${counts.nodes} nodes, ${counts.relationships} relationships in ${formatMs(loadMs)} ms`,
      );
      const results = new Map<string, Measurement>();
      for (const testCase of SCALE_CASES) {
        const m = await measureCase(schema, driver, testCase, warmup, iterations);
        results.set(testCase.name, m);
        log(
          `  ${testCase.name}: p50 ${formatMs(m.p50)} ms, p90 ${formatMs(m.p90)} ms (${m.error ?? m.size})`,
        );
      }
      runs.push({ scale, ...counts, loadMs, results });
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return runs;
}

/** The Markdown table: one row per query, p50 (p90) per scale, and the last/first p50 ratio. */
export function formatScaleTable(runs: readonly ScaleRun[]): string {
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return "_No scales were measured._";
  const header = `| Query | ${runs.map((r) => `${r.scale}× p50 (p90) ms`).join(" | ")} | ${last.scale}×/${first.scale}× | Answer at ${last.scale}× |`;
  const rule = `|---|${runs.map(() => "---:").join("|")}|---:|---|`;
  const rows = SCALE_CASES.map((testCase) => {
    const cells = runs.map((run) => {
      const m = run.results.get(testCase.name);
      return m?.error
        ? `error: ${m.error}`
        : `${formatMs(m?.p50 ?? Number.NaN)} (${formatMs(m?.p90 ?? Number.NaN)})`;
    });
    const growth = ratio(
      last.results.get(testCase.name)?.p50 ?? Number.NaN,
      first.results.get(testCase.name)?.p50 ?? Number.NaN,
    );
    const goal = GOAL_QUERIES.has(testCase.name) ? (growth <= GOAL_RATIO ? " ✓" : " ✗") : "";
    return `| ${testCase.name} | ${cells.join(" | ")} | ${formatRatio(growth)}${goal} | ${last.results.get(testCase.name)?.size ?? ""} |`;
  });
  const sizes = runs
    .map(
      (r) =>
        `${r.scale}×: ${r.nodes} nodes / ${r.relationships} relationships, loaded in ${formatMs(r.loadMs)} ms`,
    )
    .join("; ");
  return [header, rule, ...rows, "", `Graph sizes — ${sizes}.`].join("\n");
}

const EXPLANATION = `How the queries are bounded as the graph grows:

- **search** asks the full-text index for at most 200 candidates and returns at most 10 hits (50 if asked): Lucene finds terms through its inverted index, so the cost follows the matching postings, not the graph.
- **neighbourhood** and **governanceTree** expand breadth-first inside one statement each, from the start node's own relationships, each node expanded once; a neighbourhood level never fetches more than ${MAX_SUBGRAPH_NODES * 4} rows and the answer stops at ${MAX_SUBGRAPH_NODES} nodes (server/queries/subgraphBounds.ts \`MAX_SUBGRAPH_NODES\`). Synthetic countries share only the WHO and the SDG nodes with Norway, which are three or more steps from the ministry, so its depth-2 neighbourhood is the same at every scale.
- **traceToSdgs** follows only the forward TRACE_TYPES from one node, at most 6 steps and ${MAX_TRACE_PATHS} paths; the SDG nodes are shared by every country but are end points (CONTRIBUTES_TO points into them), so other countries' objectives are never walked.
- **sdgMatrix** is scoped to one strategy (\`strategyId\`, by default the national eHealth strategy): 5 objectives × 6 SDGs at every scale. Unscoped, it returned every country's objectives (500 at 100×) and grew 6–16× in an earlier run; the argument bounds it.`;

export async function scaleSection(options: ScaleOptions = {}): Promise<string> {
  const runs = await measureScale(options);
  const iterations = options.iterations ?? 50;
  return [
    "## Scale: 1×, 10×, 100× the seed",
    "",
    `The real seed plus synthetic countries (bench/syntheticSeed.ts), loaded one scale after another into one throw-away Neo4j 5.26 (heap 1 GB, page cache 256 MB; the real seed through seedDatabase, synthetic countries five per transaction, see bench/loadInBatches.ts); each query ${options.warmup ?? 20} warm-up runs, then ${iterations} measured runs in-process (\`graphql.execute\` on the API schema). Goal: search and neighbourhood within ${GOAL_RATIO}× from 1× to 100× (✓/✗).`,
    "",
    formatScaleTable(runs),
    "",
    EXPLANATION,
    "",
  ].join("\n");
}
